import { describe, expect, it } from 'vitest';
import { addDays, contactNote } from './reminder-labels.ts';

describe('reminder labels', () => {
  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 7)).toBe('2027-01-07');
  });

  it('marks customers who must not or cannot be contacted', () => {
    expect(contactNote({ status: 'do_not_contact', channels: ['sms'] })).toEqual({
      label: 'Do not contact',
      color: 'red',
    });
    expect(contactNote({ status: 'no_consent', channels: [] })?.label).toBe('No consent to contact');
    expect(contactNote({ status: 'ok', channels: ['email'] })).toBeNull();
  });
});
