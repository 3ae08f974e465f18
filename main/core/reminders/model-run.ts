import { fitBgNbdSteps } from '../prediction/bgnbd-fit.ts';
import { groupHistoriesSteps } from '../prediction/bgnbd-grouping.ts';
import type { BgNbdParams, RepeatHistory } from '../prediction/bgnbd-likelihood.ts';
import { conditionalExpectation, probabilityAlive } from '../prediction/bgnbd-predict.ts';
import type { Rhythm } from './rhythm.ts';
import { typicalInterval } from './rhythm.ts';

// From customers' rhythms to a fitted BG/NBD model, in days. Several purchases on one day are one
// visit (rhythms count distinct days), x counts the visits after the first, t_x and T are days
// from the first visit to the last one and to the day the model is fitted as of.

export const MODEL_UNIT = 'day';

/** (x, t_x, T) of a customer with at least one visit, as of a day; null without visits. */
export function historyOf(rhythm: Rhythm, asOfDay: number): RepeatHistory | null {
  if (rhythm.visitDays === 0 || rhythm.firstDay === null || rhythm.lastDay === null) return null;
  const tx = rhythm.lastDay - rhythm.firstDay;
  // A visit logged with a future date must not make T shorter than t_x.
  return { x: rhythm.visitDays - 1, tx, T: Math.max(tx, asOfDay - rhythm.firstDay) };
}

export interface ModelRun {
  status: 'fitted' | 'too_little_history';
  params: BgNbdParams | null;
  logLikelihood: number | null;
  customers: number;
  repeatCustomers: number;
  typicalIntervalDays: number | null;
  fitMs: number;
}

/** Fits the model when at least `minRepeatCustomers` came back; yields between optimiser steps. */
export function* runModel(
  histories: readonly RepeatHistory[],
  intervals: number[],
  minRepeatCustomers: number,
): Generator<void, ModelRun> {
  const started = performance.now();
  const data = yield* groupHistoriesSteps(histories);
  const common = {
    customers: data.customers,
    repeatCustomers: data.repeatCustomers,
    typicalIntervalDays: typicalInterval(intervals),
  };
  if (data.repeatCustomers < minRepeatCustomers || data.customers === 0) {
    return { status: 'too_little_history', params: null, logLikelihood: null, ...common, fitMs: 0 };
  }
  yield;
  const fit = yield* fitBgNbdSteps(data);
  return {
    status: 'fitted',
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    ...common,
    fitMs: performance.now() - started,
  };
}

export interface CustomerPrediction {
  pAlive: number;
  expected30: number;
  expected90: number;
}

/**
 * What the model says of one customer. The series behind the expectation always converges for
 * real shop histories; should one ever not (a parameter at the edge of its range), that customer
 * gets 0 expected visits rather than stopping every other customer's prediction.
 */
export function predictCustomer(params: BgNbdParams, history: RepeatHistory): CustomerPrediction {
  const expected = (t: number) => {
    try {
      const value = conditionalExpectation(params, history, t);
      return Number.isFinite(value) && value > 0 ? value : 0;
    } catch {
      return 0;
    }
  };
  return { pAlive: probabilityAlive(params, history), expected30: expected(30), expected90: expected(90) };
}
