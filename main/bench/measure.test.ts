import { describe, expect, it } from 'vitest';
import { measurePair, percentile, summarize } from './measure.ts';

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(percentile(sorted, 0)).toBe(10);
    expect(percentile(sorted, 50)).toBe(30);
    expect(percentile(sorted, 100)).toBe(50);
    expect(percentile(sorted, 95)).toBeCloseTo(48);
  });

  it('refuses an empty sample rather than reporting 0 ms', () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe('summarize', () => {
  it('sorts before taking percentiles and counts every sample', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ p50: 50.5, p95: 95.05, p99: 99.01, mean: 50.5, n: 100 });
  });
});

describe('measurePair', () => {
  it('runs warm-up untimed, then times both sides once per input, alternating which goes first', () => {
    const calls: string[] = [];
    const result = measurePair({
      warmup: ['w'],
      inputs: ['a', 'b'],
      project: (input) => calls.push(`project ${input}`),
      baseline: (input) => calls.push(`baseline ${input}`),
    });
    expect(calls).toEqual(['project w', 'baseline w', 'project a', 'baseline a', 'baseline b', 'project b']);
    expect(result.project.n).toBe(2);
    expect(result.baseline.n).toBe(2);
    expect(result.samples.project).toHaveLength(2);
  });
});
