import { localDayOf } from '../../../shared/domain/calendar-day.ts';
import type { ConsentChannel } from '../../../shared/domain/customer.ts';
import type { LoyaltyStatus } from '../../../shared/domain/loyalty/status.ts';
import { chooseChannel, scoreSuggestion } from '../../../shared/domain/suggestion-ranking.ts';
import { renderTemplate, type MergeValues } from '../../../shared/domain/suggestion-templates.ts';
import { isServiceKind, type Suggestion, type SuggestionKind } from '../../../shared/domain/suggestions.ts';
import type { DbCustomer } from '../repos/customer-rows.ts';
import { currentConsents, findCustomerRow } from '../repos/customers-repo.ts';
import { readContactPlan } from '../repos/reminder-state-repo.ts';
import { lastStaffName, readShopName, readTemplates, usualItem } from '../repos/suggestion-repo.ts';
import type { Candidate } from './judge.ts';
import type { SuggestionWorld } from './world.ts';

// A judged candidate made ready to act on: the channel (consent, preference, what is on file),
// the merge fields and the drafted message. Only for the rows shown: it reads a few rows each.

function mergeValues(
  world: SuggestionWorld,
  row: DbCustomer,
  loyalty: LoyaltyStatus | null,
  shop: string,
): MergeValues {
  const { db } = world.ctx;
  const lastVisit = row.last_visit_at !== null && row.last_visit_at < world.endMs ? row.last_visit_at : null;
  const affordable = loyalty?.rewards
    .filter((reward) => reward.affordable)
    .sort((p, q) => q.cost - p.cost)[0];
  const next = loyalty?.nextTier;
  const unit = loyalty?.measure === 'visits' ? 'visits' : loyalty?.measure === 'spend' ? '' : 'points';
  return {
    firstName: row.first_name,
    daysSinceLastVisit: lastVisit === null ? '' : String(world.today - localDayOf(lastVisit)),
    usualItem: usualItem(db, row.id, world.endMs),
    lastStaff: lastStaffName(db, row.id, world.endMs),
    points: loyalty?.enrolled ? String(loyalty.balance) : '',
    reward: affordable?.name ?? '',
    pointsToNextTier: next ? `${next.missing}${unit === '' ? '' : ` ${unit}`}` : '',
    nextTier: next?.name ?? loyalty?.tier?.name ?? '',
    shopName: shop,
  };
}

/** tier_reached speaks of the tier just reached, not the one after it. */
function kindValues(kind: SuggestionKind, values: MergeValues, loyalty: LoyaltyStatus | null): MergeValues {
  if (kind === 'tier_reached') return { ...values, nextTier: loyalty?.tier?.name ?? values.nextTier };
  return values;
}

function reachable(row: DbCustomer): ConsentChannel[] {
  const out: ConsentChannel[] = [];
  if (row.email !== '') out.push('email');
  if (row.phone !== '') out.push('sms', 'phone');
  if (row.address !== '') out.push('post');
  return out;
}

export interface Presenter {
  present(candidate: Candidate, kind?: SuggestionKind): Suggestion | null;
}

export function presenter(world: SuggestionWorld): Presenter {
  const { db } = world.ctx;
  const templates = readTemplates(db);
  const shop = readShopName(db);
  return {
    present(candidate, kind) {
      const row = findCustomerRow(db, candidate.customerId);
      const hit = kind === undefined ? candidate.hits[0] : candidate.hits.find((h) => h.kind === kind);
      if (!row || !hit) return null;
      const service = isServiceKind(hit.kind);
      const choice = chooseChannel({
        service,
        preferred: row.preferred_channel,
        consented: currentConsents(db, row.id)
          .filter((consent) => consent.granted)
          .map((consent) => consent.channel),
        reachable: reachable(row),
        doNotContact: readContactPlan(db, row.id).doNotContact,
      });
      const values = kindValues(
        hit.kind,
        mergeValues(world, row, candidate.loyalty, shop),
        candidate.loyalty,
      );
      const rendered = renderTemplate(templates[hit.kind], values);
      const scored =
        hit === candidate.hits[0] ? candidate.scored : scoreSuggestion(hit.urgency, candidate.facts);
      return {
        customerId: row.id,
        firstName: row.first_name,
        lastName: row.last_name,
        kind: hit.kind,
        score: scored.score,
        scoreParts: scored.parts,
        scoreExplained: scored.explained,
        reasons: hit.reasons,
        numbers: hit.numbers,
        alsoKinds: candidate.hits.filter((other) => other !== hit).map((other) => other.kind),
        channel: choice.channel,
        channelNote: choice.note,
        allowedChannels: choice.allowed,
        email: row.email,
        phone: row.phone_e164 === '' ? row.phone : row.phone_e164,
        message: rendered.text,
        emptyFields: rendered.empty,
        service,
      };
    },
  };
}
