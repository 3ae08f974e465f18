import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { parseAmountOption, parseChoice, parseIsoInstant, parseWholeNumber } from './options.ts';

function errorOf(work: () => unknown): CliError {
  try {
    work();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

const at = (text: string) => parseIsoInstant('--at', 'occurredAt', text);

describe('parseIsoInstant', () => {
  it('reads a date as local midnight and a date-time without offset as local time', () => {
    expect(at('2024-03-01')).toBe(new Date(2024, 2, 1).getTime());
    expect(at('2024-03-01T14:30')).toBe(new Date(2024, 2, 1, 14, 30).getTime());
    expect(at('2024-03-01 14:30:15.250')).toBe(new Date(2024, 2, 1, 14, 30, 15, 250).getTime());
  });

  it('honours Z and numeric offsets', () => {
    expect(at('2024-03-01T14:30:00Z')).toBe(Date.UTC(2024, 2, 1, 14, 30));
    expect(at('2024-03-01T14:30+02:00')).toBe(Date.UTC(2024, 2, 1, 12, 30));
    expect(at('2024-03-01T14:30-0130')).toBe(Date.UTC(2024, 2, 1, 16, 0));
  });

  it('accepts 29 February only in leap years', () => {
    expect(at('2024-02-29T00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(errorOf(() => at('2023-02-29')).message).toBe("--at: '2023-02-29' is not a real date");
  });

  it('does not let Date roll an impossible day or time over into a real one', () => {
    expect(errorOf(() => at('2024-02-30')).message).toBe("--at: '2024-02-30' is not a real date");
    expect(errorOf(() => at('2024-13-01')).message).toBe("--at: '2024-13-01' is not a real date");
    expect(errorOf(() => at('2024-03-01T24:00')).message).toBe(
      "--at: '2024-03-01T24:00' is not a real time of day",
    );
    expect(errorOf(() => at('2024-03-01T10:00+25:00')).message).toContain('impossible time zone offset');
  });

  it('refuses text that is not ISO-8601, naming the option and the field', () => {
    for (const text of ['garbage', 'yesterday', '01/03/2024', '2024-3-1', '']) {
      const error = errorOf(() => at(text));
      expect(error.message).toBe(
        `--at: '${text}' is not an ISO-8601 date or date-time like 2024-03-01 or 2024-03-01T14:30`,
      );
      expect(error.field).toBe('occurredAt');
      expect(error.exitCode).toBe(2);
    }
  });

  it('keeps years below 100 as written instead of moving them to the 1900s', () => {
    expect(new Date(at('0070-01-01T00:00Z')).getUTCFullYear()).toBe(70);
  });
});

describe('parseWholeNumber', () => {
  const limit = (text: string) => parseWholeNumber('--limit', 'limit', text, { min: 1, max: 500 });

  it('accepts integers in range', () => {
    expect(limit('1')).toBe(1);
    expect(limit('500')).toBe(500);
  });

  it('explains what is wrong with the number', () => {
    expect(errorOf(() => limit('0')).message).toBe('--limit: must be between 1 and 500 (got 0)');
    expect(errorOf(() => limit('501')).message).toBe('--limit: must be between 1 and 500 (got 501)');
    expect(errorOf(() => limit('2.5')).message).toBe("--limit: '2.5' is not a whole number");
    expect(errorOf(() => limit('ten')).message).toBe("--limit: 'ten' is not a whole number");
    expect(errorOf(() => parseWholeNumber('--offset', 'offset', '-1', { min: 0 })).message).toBe(
      "--offset: '-1' is not a whole number",
    );
  });
});

describe('parseAmountOption and parseChoice', () => {
  it('reads amounts into cents', () => {
    expect(parseAmountOption('12.50')).toBe(1250);
    expect(parseAmountOption('12,5')).toBe(1250);
    expect(parseAmountOption('7')).toBe(700);
  });

  it('names the option and the bad text', () => {
    expect(errorOf(() => parseAmountOption('12,5x')).message).toBe(
      "--amount: '12,5x' is not an amount like 12.50",
    );
    expect(errorOf(() => parseChoice('--kind', 'kind', 'nope', ['visit', 'call'])).message).toBe(
      "--kind: 'nope' is not one of visit, call",
    );
  });
});
