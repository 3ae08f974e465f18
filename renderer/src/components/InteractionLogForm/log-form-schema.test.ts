import { describe, expect, it } from 'vitest';
import { logFormSchema, toInteractionInput } from './log-form-schema.ts';

const valid = { kind: 'purchase' as const, amount: '12,5', when: '2025-05-17T14:30', note: ' Shampoo ' };

describe('the log form', () => {
  it('turns typed text into the contract input, in cents', () => {
    const values = logFormSchema.parse(valid);
    expect(toInteractionInput('c1', values, '2025-05-17T09:00')).toEqual({
      customerId: 'c1',
      kind: 'purchase',
      amountMinor: 1250,
      occurredAt: new Date(2025, 4, 17, 14, 30).getTime(),
      note: 'Shampoo',
    });
  });

  it('leaves the time to the core when "When" still holds the time the form was opened', () => {
    const values = logFormSchema.parse({ ...valid, amount: '', when: '2025-05-17T09:00' });
    expect(toInteractionInput('c1', values, '2025-05-17T09:00')).toMatchObject({
      amountMinor: null,
      occurredAt: undefined,
    });
  });

  it('refuses text that is not an amount, and a negative amount', () => {
    expect(logFormSchema.safeParse({ ...valid, amount: 'abc' }).error?.issues[0]?.message).toBe(
      'must be an amount like 12.50',
    );
    expect(logFormSchema.safeParse({ ...valid, amount: '-3' }).error?.issues[0]?.message).toBe(
      'must not be negative',
    );
  });
});
