import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';
import type { BgNbdParams } from '../prediction/bgnbd-likelihood.ts';

// The latest BG/NBD fit and what it predicts per customer, as the background refit stores them.

export interface StoredModel {
  status: 'fitted' | 'too_little_history';
  unit: 'day' | 'week';
  params: BgNbdParams | null;
  logLikelihood: number | null;
  customers: number;
  repeatCustomers: number;
  minRepeatCustomers: number;
  typicalIntervalDays: number | null;
  asOfDay: number;
  rhythmChecksum: number;
  fittedAt: number;
  fitMs: number;
}

interface DbModel {
  status: 'fitted' | 'too_little_history';
  unit: 'day' | 'week';
  r: number | null;
  alpha: number | null;
  a: number | null;
  b: number | null;
  log_likelihood: number | null;
  customers: number;
  repeat_customers: number;
  min_repeat_customers: number;
  typical_interval_days: number | null;
  as_of_day: number;
  rhythm_checksum: number;
  fitted_at: number;
  fit_ms: number;
}

export function readModel(db: Db): StoredModel | null {
  const row = prepared<[], DbModel>(db, 'SELECT * FROM prediction_model WHERE id = 1').get();
  if (!row) return null;
  const { r, alpha, a, b } = row;
  return {
    status: row.status,
    unit: row.unit,
    params: r !== null && alpha !== null && a !== null && b !== null ? { r, alpha, a, b } : null,
    logLikelihood: row.log_likelihood,
    customers: row.customers,
    repeatCustomers: row.repeat_customers,
    minRepeatCustomers: row.min_repeat_customers,
    typicalIntervalDays: row.typical_interval_days,
    asOfDay: row.as_of_day,
    rhythmChecksum: row.rhythm_checksum,
    fittedAt: row.fitted_at,
    fitMs: row.fit_ms,
  };
}

export function writeModel(db: Db, model: StoredModel): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO prediction_model (id, status, unit, r, alpha, a, b, log_likelihood, customers,
       repeat_customers, min_repeat_customers, typical_interval_days, as_of_day, rhythm_checksum, fitted_at, fit_ms)
     VALUES (1, @status, @unit, @r, @alpha, @a, @b, @log_likelihood, @customers, @repeat_customers,
       @min_repeat_customers, @typical_interval_days, @as_of_day, @rhythm_checksum, @fitted_at, @fit_ms)`,
  ).run({
    status: model.status,
    unit: model.unit,
    r: model.params?.r ?? null,
    alpha: model.params?.alpha ?? null,
    a: model.params?.a ?? null,
    b: model.params?.b ?? null,
    log_likelihood: model.logLikelihood,
    customers: model.customers,
    repeat_customers: model.repeatCustomers,
    min_repeat_customers: model.minRepeatCustomers,
    typical_interval_days: model.typicalIntervalDays,
    as_of_day: model.asOfDay,
    rhythm_checksum: model.rhythmChecksum,
    fitted_at: model.fittedAt,
    fit_ms: model.fitMs,
  });
}

export interface StoredPrediction {
  customerId: string;
  pAlive: number;
  expected30: number;
  expected90: number;
}

export function writePredictions(db: Db, predictions: readonly StoredPrediction[]): void {
  const upsert = prepared(
    db,
    `INSERT INTO customer_predictions (customer_id, p_alive, expected_30, expected_90)
     VALUES (@customerId, @pAlive, @expected30, @expected90)
     ON CONFLICT (customer_id) DO UPDATE SET p_alive = excluded.p_alive,
       expected_30 = excluded.expected_30, expected_90 = excluded.expected_90`,
  );
  for (const prediction of predictions) upsert.run(prediction);
}

export function readPrediction(db: Db, customerId: string): StoredPrediction | undefined {
  const row = prepared<[string], { p_alive: number; expected_30: number; expected_90: number }>(
    db,
    'SELECT p_alive, expected_30, expected_90 FROM customer_predictions WHERE customer_id = ?',
  ).get(customerId);
  return row && { customerId, pAlive: row.p_alive, expected30: row.expected_30, expected90: row.expected_90 };
}

/** One page of the customers with a stored prediction, in id order after `after`. */
export function predictionIdsAfter(db: Db, after: string, limit: number): string[] {
  return prepared<[string, number], string>(
    db,
    'SELECT customer_id FROM customer_predictions WHERE customer_id > ? ORDER BY customer_id LIMIT ?',
  )
    .pluck()
    .all(after, limit);
}

export function deletePredictions(db: Db, customerIds: readonly string[]): void {
  const remove = prepared(db, 'DELETE FROM customer_predictions WHERE customer_id = ?');
  for (const id of customerIds) remove.run(id);
}
