import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizePhone } from '../../../shared/domain/phone.ts';
import { generateShop } from '../demo/generate-shop.ts';
import { createPhoneReader, type PhoneReader } from './phone-reader.ts';

// Numbers that take libphonenumber's less travelled paths: calling codes shared by several
// countries (and their leading digits), prefixes, extensions, other scripts' digits, junk.
const AWKWARD = [
  '',
  '+',
  'abc',
  '٣٣٣ ١٢٣ ٤٥٦٧',
  '+39 06 698 12345',
  '+39 06 4991 1234',
  '+1 268 464 1234',
  '+1 416 555 0199',
  '+1 212 736 5000',
  '+7 701 123 4567',
  '+7 912 345 6789',
  '+44 1481 123456',
  '+44 7911 123456',
  '0039 333 123 4567',
  '333 123 4567 x12',
  'tel:+1-212-736-5000',
  '(0)20 7183 8750',
  '06 12 34 56 78',
  '12',
  '+99 123 456',
  '1'.repeat(40),
];

const shopPhones = generateShop({ customers: 3000, interactions: 1, seed: 7, now: Date.UTC(2026, 0, 15) })
  .customers.map((customer) => customer.input.phone)
  .filter((phone) => phone !== '');
const NUMBERS = [...AWKWARD, ...shopPhones, ...AWKWARD];
const DISTINCT = new Set(NUMBERS).size;

let reader: PhoneReader | undefined;
afterEach(() => reader?.stopAhead());

const waitForWorker = (phones: PhoneReader) =>
  vi.waitFor(() => expect(phones.takeAhead()).toBe(DISTINCT), { timeout: 30_000, interval: 20 });

describe('reading a file’s phone numbers ahead on a worker thread', () => {
  it.each(['IT', 'US', 'GB', '', 'it', 'XX'])(
    'gives for every number what normalizePhone gives, shop country %j',
    async (country) => {
      reader = createPhoneReader(country, NUMBERS, { aheadFrom: 0 });
      await waitForWorker(reader);
      for (const raw of NUMBERS) expect(reader.read(raw)).toEqual(normalizePhone(raw, country));
      // Every answer came from the worker: nothing was read here.
      expect(reader.readHere()).toBe(0);
    },
  );

  it('reads here what the worker has not reached, and numbers it was never given', () => {
    reader = createPhoneReader('IT', NUMBERS, { aheadFrom: 0 });
    // Asked at once: the worker starts from the other end, so the first numbers are read here.
    for (const raw of NUMBERS) expect(reader.read(raw)).toEqual(normalizePhone(raw, 'IT'));
    expect(reader.readHere()).toBeGreaterThan(0);
    expect(reader.read('+39 02 1234 5678')).toEqual(normalizePhone('+39 02 1234 5678', 'IT'));
  });

  it('reads everything here when the worker cannot start, with no error escaping', async () => {
    reader = createPhoneReader('IT', NUMBERS, { aheadFrom: 0, library: '/nowhere/libphonenumber.cjs' });
    // Long enough for the worker to fail; an unhandled 'error' event would fail this test run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reader.takeAhead()).toBe(0);
    for (const raw of NUMBERS) expect(reader.read(raw)).toEqual(normalizePhone(raw, 'IT'));
    expect(reader.readHere()).toBe(DISTINCT);
  });

  it('starts no worker for a short file', async () => {
    reader = createPhoneReader('IT', AWKWARD);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.takeAhead()).toBe(0);
  });

  it('keeps what the worker read after it is stopped', async () => {
    reader = createPhoneReader('IT', NUMBERS, { aheadFrom: 0 });
    await waitForWorker(reader);
    reader.stopAhead();
    reader.stopAhead();
    for (const raw of NUMBERS) expect(reader.read(raw)).toEqual(normalizePhone(raw, 'IT'));
    expect(reader.readHere()).toBe(0);
  });
});
