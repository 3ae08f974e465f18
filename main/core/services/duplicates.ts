import {
  compareNames,
  compareScores,
  foldedNameKey,
  preparedName,
  preparePerson,
  scorePrepared,
  type DuplicateScore,
  type PreparedPerson,
} from '../../../shared/domain/duplicate-scoring.ts';
import type { DuplicateCandidate, DuplicatePair } from '../../../shared/domain/duplicates.ts';
import { normalizePhone } from '../../../shared/domain/phone.ts';
import { foldText, phoneDigits } from '../../../shared/domain/text.ts';
import type { CoreContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { sortNameOf } from '../repos/customers-repo.ts';
import { readDefaultCountry } from '../repos/default-country.ts';
import {
  allLiveForScan,
  dismissedSeqPairs,
  distinctSortNames,
  findByE164,
  findByEmail,
  findByPhoneDigits,
  findByPhoneSuffix,
  findBySortNames,
  insertDismissal,
  liveIds,
  summariesByIds,
  summariesBySeq,
  type DbDuplicateRow,
} from '../repos/duplicates-repo.ts';
import { findDuplicatePairs, SHARED_CONTACT_LIMIT } from './duplicate-scan.ts';
import { recordAudit } from './audit.ts';

/** How many possible duplicates the customer form shows while typing. */
export const CHECK_LIMIT = 5;
/** Distinct names sharing the first letters of the last name looked at per keystroke. */
const NAME_PREFIX_LIMIT = 5000;
/** Customers fetched for the matching names (namesakes of a common name included). */
const NAME_ROW_LIMIT = 200;

/**
 * The sort names ("last first", folded) that the name rules would match against the typed
 * name: among those sharing the first three letters of the last name (read from the index
 * alone), each split into last and first name at every space, as a sort name does not say where
 * a last name like "de luca" ends. Plus the two names swapped. Only these customers are fetched.
 */
function similarSortNames(ctx: CoreContext, me: PreparedPerson, input: DuplicateCheckInput): string[] {
  const prefix = [...foldText(input.lastName)].slice(0, 3).join('');
  const similar = distinctSortNames(ctx.db, prefix, NAME_PREFIX_LIMIT).filter((sortName) => {
    const words = foldedNameKey(sortName).split(' ');
    for (let split = 1; split < words.length; split++) {
      if (compareNames(me, preparedName(words.slice(split).join(' '), words.slice(0, split).join(' ')))) {
        return true;
      }
    }
    return false;
  });
  return [...similar, sortNameOf(input.lastName, input.firstName)];
}

export interface DuplicateCheckInput {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  excludeId?: string | undefined;
}

/**
 * Who might already be in the base while a customer is typed: only indexed lookups (the same
 * phone ending or E.164 number, the same e-mail, names sharing the start of the last name, the
 * names swapped), then scored by the shared rules. A typo in the first three letters of the last
 * name escapes this per-keystroke check; the whole-base review still finds it by the first name.
 */
export function checkDuplicates(ctx: CoreContext, input: DuplicateCheckInput): DuplicateCandidate[] {
  const { e164 } = normalizePhone(input.phone, readDefaultCountry(ctx.db));
  const me = preparePerson({ ...input, phoneDigits: phoneDigits(input.phone), phoneE164: e164 });
  const candidates = new Map<string, DbDuplicateRow>();
  const add = (rows: DbDuplicateRow[]) => rows.forEach((row) => candidates.set(row.id, row));
  // A number or e-mail this widely shared is a placeholder: it says nothing, so it is not used.
  const sharedWidely = (rows: DbDuplicateRow[]) => rows.length > SHARED_CONTACT_LIMIT;

  if (me.phoneKey !== '') {
    const rows =
      me.phoneKey.length === 9
        ? findByPhoneSuffix(ctx.db, me.phoneKey, SHARED_CONTACT_LIMIT + 1)
        : findByPhoneDigits(ctx.db, me.phoneKey, SHARED_CONTACT_LIMIT + 1);
    if (sharedWidely(rows)) me.phoneKey = '';
    else add(rows);
  }
  if (me.phoneE164 !== '') {
    const rows = findByE164(ctx.db, me.phoneE164, SHARED_CONTACT_LIMIT + 1);
    if (sharedWidely(rows)) me.phoneE164 = '';
    else add(rows);
  }
  if (me.emailKey !== '') {
    const rows = findByEmail(ctx.db, input.email.trim(), SHARED_CONTACT_LIMIT + 1);
    if (sharedWidely(rows)) me.emailKey = '';
    else add(rows);
  }
  if (me.first !== '' && me.last !== '')
    add(findBySortNames(ctx.db, similarSortNames(ctx, me, input), NAME_ROW_LIMIT));
  if (input.excludeId !== undefined) candidates.delete(input.excludeId);

  const scored: { row: DbDuplicateRow; score: DuplicateScore }[] = [];
  for (const row of candidates.values()) {
    const score = scorePrepared(
      me,
      preparePerson({
        firstName: row.first_name,
        lastName: row.last_name,
        phoneDigits: row.phone_digits,
        phoneE164: row.phone_e164,
        email: row.email,
      }),
    );
    if (score.score > 0) scored.push({ row, score });
  }
  scored.sort(
    (x, y) =>
      compareScores(x.score, y.score) ||
      (x.row.sort_name < y.row.sort_name ? -1 : x.row.sort_name > y.row.sort_name ? 1 : 0),
  );
  const best = scored.slice(0, CHECK_LIMIT);
  const summaries = summariesByIds(
    ctx.db,
    best.map(({ row }) => row.id),
  );
  return best.flatMap(({ row, score }) => {
    const customer = summaries.get(row.id);
    return customer ? [{ customer, ...score }] : [];
  });
}

/**
 * Possible duplicate pairs across the whole base, most likely first, dismissed pairs left out.
 * In each pair `a` is the older record (ids are time-ordered), usually the one to keep.
 */
export function listDuplicates(ctx: CoreContext, limit: number): DuplicatePair[] {
  const rows = allLiveForScan(ctx.db);
  const pairs = findDuplicatePairs(rows, dismissedSeqPairs(ctx.db), limit);
  const seqOf = (index: number) => rows[index]?.[0] ?? -1;
  const summaries = summariesBySeq(
    ctx.db,
    pairs.flatMap((pair) => [seqOf(pair.a), seqOf(pair.b)]),
  );
  return pairs.flatMap(({ a, b, score, reasons }) => {
    const [first, second] = [summaries.get(seqOf(a)), summaries.get(seqOf(b))].sort((x, y) =>
      (x?.id ?? '') < (y?.id ?? '') ? -1 : 1,
    );
    return first && second ? [{ a: first, b: second, score, reasons }] : [];
  });
}

/** Records that two customers are different people, so the review stops suggesting the pair. */
export function dismissDuplicate(ctx: CoreContext, aId: string, bId: string): { dismissed: boolean } {
  if (aId === bId) throw new AppError('invalid_input', 'bId: must be another customer than aId', 'bId');
  const [low, high] = aId < bId ? [aId, bId] : [bId, aId];
  ctx.db.transaction(() => {
    const live = liveIds(ctx.db, [aId, bId]);
    for (const id of [aId, bId]) if (!live.has(id)) throw notFound('customer', id);
    insertDismissal(ctx.db, low, high, ctx.now());
    recordAudit(ctx, {
      action: 'customer.dismissDuplicate',
      subjectType: 'customer',
      subjectId: low,
      summary: 'Marked two customers as different people',
      details: { customerIds: [low, high] },
    });
  })();
  ctx.emit('customers:changed', { ids: [low, high] });
  return { dismissed: true };
}
