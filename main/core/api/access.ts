import { PERMISSION_LABELS, type Permission } from '../../../shared/domain/permissions.ts';
import type { Channel } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { isDamaged } from '../backups/backup-state.ts';
import { AppError } from '../errors.ts';
import { resolveActor } from '../services/actor.ts';
import { permissionsOfRole } from '../services/permissions.ts';

/**
 * public: anyone, signed in or not (the lock screen); signedIn: anyone signed in; owner: only an
 * owner (roles, the permission matrix and backups, so nobody can grant themselves more or roll
 * the shop back); ownerOrRescue: the owner, or anyone while the database is damaged (nobody can
 * sign in to a file that cannot be read, and the only way out is a verified backup of it);
 * otherwise the permission the signed-in person's role must have.
 */
export type AccessRule = Permission | 'public' | 'signedIn' | 'owner' | 'ownerOrRescue';

/**
 * Who may call each channel: the ONE place permissions are enforced, for IPC, the web transport
 * and every other caller of dispatch. Total by type: a channel without a rule does not compile.
 */
export const CHANNEL_ACCESS: Record<Channel, AccessRule> = {
  'app:info': 'public',
  // The folder holds the database, its key and the backups: the owner's to look into.
  'app:showDataFolder': 'owner',
  'customers:list': 'customers.view',
  'customers:search': 'customers.view',
  'customers:get': 'customers.view',
  'customers:create': 'customers.edit',
  'customers:update': 'customers.edit',
  'customers:bulkTag': 'customers.edit',
  'customers:delete': 'customers.delete',
  'customers:restore': 'customers.delete',
  'customers:trash': 'customers.delete',
  'customers:purge': 'customers.delete',
  'duplicates:check': 'customers.view',
  'duplicates:list': 'customers.merge',
  'duplicates:dismiss': 'customers.merge',
  'customers:merge': 'customers.merge',
  'customers:undoMerge': 'customers.merge',
  'interactions:log': 'interactions.log',
  'interactions:list': 'customers.view',
  'interactions:update': 'interactions.log',
  'interactions:delete': 'interactions.log',
  'interactions:restore': 'interactions.log',
  'staff:list': 'signedIn',
  'staff:create': 'staff.manage',
  'staff:update': 'staff.manage',
  'session:get': 'signedIn',
  'settings:get': 'signedIn',
  'settings:update': 'settings.manage',
  'customFields:list': 'signedIn',
  'customFields:create': 'settings.manage',
  'customFields:update': 'settings.manage',
  'auth:status': 'public',
  'auth:signInOptions': 'public',
  'auth:setupOwner': 'public',
  'auth:signIn': 'public',
  'auth:lock': 'public',
  'auth:activity': 'public',
  'auth:changeOwnSecret': 'signedIn',
  'auth:setSecret': 'staff.manage',
  'auth:credentials': 'staff.manage',
  'auth:unlock': 'staff.manage',
  'auth:setRole': 'owner',
  'auth:permissions': 'owner',
  'auth:setPermission': 'owner',
  'auth:setIdleLock': 'settings.manage',
  'audit:list': 'audit.view',
  'audit:export': 'audit.view',
  'audit:verify': 'audit.view',
  'privacy:consentHistory': 'customers.view',
  'privacy:export': 'customers.export',
  'privacy:erase': 'customers.erase',
  'loyalty:status': 'customers.view',
  'loyalty:ledger': 'customers.view',
  'loyalty:redeem': 'rewards.redeem',
  // Points out of thin air are worth money: an adjustment is the program's business.
  'loyalty:adjust': 'loyalty.manage',
  // Everyone at the counter sees the rewards and tiers the badge and the redeem menu need.
  'loyalty:program': 'signedIn',
  'loyalty:preview': 'loyalty.manage',
  'loyalty:setProgram': 'loyalty.manage',
  'loyalty:recompute': 'loyalty.manage',
  'imports:upload': 'customers.import',
  'imports:inspect': 'customers.import',
  'imports:start': 'customers.import',
  'imports:status': 'customers.import',
  'imports:cancel': 'customers.import',
  'imports:rejects': 'customers.import',
  'imports:list': 'customers.import',
  'imports:undo': 'customers.import',
  'imports:mappings': 'customers.import',
  'imports:saveMapping': 'customers.import',
  'imports:deleteMapping': 'customers.import',
  'exports:start': 'customers.export',
  'exports:status': 'customers.export',
  'exports:cancel': 'customers.export',
  'exports:chunk': 'customers.export',
  'exports:list': 'customers.export',
  // The lock screen shows a damaged database and its way out before anyone can sign in.
  'backups:status': 'public',
  'backups:list': 'ownerOrRescue',
  'backups:create': 'owner',
  'backups:restore': 'ownerOrRescue',
  'backups:getSettings': 'owner',
  'backups:updateSettings': 'owner',
  'reminders:today': 'customers.view',
  'reminders:customer': 'customers.view',
  // Working through Today is the counter's job, like logging the call it led to.
  'reminders:done': 'interactions.log',
  'reminders:dismiss': 'interactions.log',
  'reminders:snooze': 'interactions.log',
  'reminders:setPlan': 'customers.edit',
  'reminders:addOneOff': 'customers.edit',
  'reminders:cancelOneOff': 'customers.edit',
  'reminders:settings': 'signedIn',
  'reminders:updateSettings': 'settings.manage',
  'reminders:setTagRule': 'settings.manage',
  'predictions:list': 'customers.view',
  // Revenue, churn and who is worth most are the running of the shop, not the counter's.
  'insights:figures': 'insights.view',
  'insights:charts': 'insights.view',
  'insights:rfm': 'insights.view',
  'insights:settings': 'insights.view',
  'insights:updateSettings': 'settings.manage',
  'insights:tiers': 'insights.view',
  'segments:list': 'insights.view',
  'segments:get': 'insights.view',
  'segments:create': 'insights.view',
  'segments:update': 'insights.view',
  'segments:delete': 'insights.view',
  'segments:count': 'insights.view',
  'segments:customers': 'insights.view',
  // A segment's list out of the app is an export like any other. Tagging a whole segment is
  // insights work: its answer (who changed) would tell segment membership to anyone else.
  'segments:export': 'customers.export',
  'segments:tag': 'insights.view',
  'segments:pickForFollowUps': 'insights.view',
  'suggestions:today': 'customers.view',
  'suggestions:customer': 'customers.view',
  'suggestions:outcomes': 'customers.view',
  'suggestions:settings': 'customers.view',
  // Acting logs the follow-up it led to: the counter's job, like logging any call.
  'suggestions:act': 'interactions.log',
  'suggestions:updateSettings': 'settings.manage',
  'suggestions:updateTemplate': 'templates.manage',
  'demo:status': 'signedIn',
  // Made-up customers in, or a whole set of customers erased: the owner's call.
  'demo:create': 'owner',
  'demo:remove': 'owner',
};

const ROLE_WORDS = { owner: 'an owner', manager: 'a manager', staff: 'staff' } as const;

/** Throws a specific "forbidden" unless whoever is signed in may call this channel. */
export function assertAllowed(ctx: CoreContext, channel: Channel): void {
  const rule = CHANNEL_ACCESS[channel];
  if (rule === 'public') return;
  if (rule === 'ownerOrRescue' && isDamaged(ctx)) return;
  const actor = resolveActor(ctx);
  if (actor === null) {
    throw new AppError('forbidden', 'Nobody is signed in: sign in with your PIN first.');
  }
  if (rule === 'signedIn' || actor.role === 'owner') return;
  if (rule === 'owner' || rule === 'ownerOrRescue') {
    const what = channel.startsWith('backups:') ? 'manage backups' : 'change roles and permissions';
    throw new AppError(
      'forbidden',
      `Only an owner may ${what}; ${actor.displayName} is ${ROLE_WORDS[actor.role]}.`,
    );
  }
  if (!permissionsOfRole(ctx.db, actor.role).has(rule)) {
    throw new AppError(
      'forbidden',
      `${actor.displayName} (${actor.role}) may not ${PERMISSION_LABELS[rule]}; ` +
        'the owner can allow it in Settings › Roles and permissions.',
    );
  }
}
