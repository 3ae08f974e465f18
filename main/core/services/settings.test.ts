import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionOfLocale, systemDefaultCountry } from '../repos/default-country.ts';
import { readSetting } from '../repos/settings-repo.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomer, getCustomer } from './customers.ts';
import { getSettings, updateSettings } from './settings.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

describe('the default country', () => {
  it("is the computer's region until the owner picks one", () => {
    expect(getSettings(core.ctx)).toEqual({
      defaultCountry: systemDefaultCountry(),
      shopName: '',
      currency: 'EUR',
    });
    expect(readSetting(core.ctx.db, 'default_country')).toBeUndefined();
  });

  it.each([
    ['it-IT', 'IT'],
    ['en-GB', 'GB'],
    ['de', 'DE'],
    ['fr-CA', 'CA'],
  ])('reads the region of the locale %s as %s', (locale, region) => {
    expect(regionOfLocale(locale)).toBe(region);
    expect(systemDefaultCountry(locale)).toBe(region);
  });

  it.each(['es-419', 'C', 'und-001', ''])(
    'falls back to US for a locale without a usable region: %j',
    (locale) => {
      expect(systemDefaultCountry(locale)).toBe('US');
    },
  );
});

describe('updateSettings', () => {
  it('stores the country and re-reads every phone number with it, in one change', () => {
    updateSettings(core.ctx, { defaultCountry: 'US' });
    const italian = createCustomer(core.ctx, { firstName: 'Gianni', phone: '333 1234567' });
    const american = createCustomer(core.ctx, { firstName: 'Ann', phone: '(212) 736-5000' });
    const international = createCustomer(core.ctx, { firstName: 'Sue', phone: '+44 20 7183 8750' });
    const garbage = createCustomer(core.ctx, { firstName: 'Bob', phone: '12' });
    const none = createCustomer(core.ctx, { firstName: 'Zed' });
    expect(italian).toMatchObject({ phoneE164: '', phoneFlagged: true });
    expect(american).toMatchObject({ phoneE164: '+12127365000', phoneFlagged: false });
    core.events.length = 0;

    expect(updateSettings(core.ctx, { defaultCountry: 'IT' })).toEqual({
      defaultCountry: 'IT',
      shopName: '',
      currency: 'EUR',
    });

    const phoneOf = (id: string) => {
      const { phone, phoneE164, phoneFlagged } = getCustomer(core.ctx, id);
      return { phone, phoneE164, phoneFlagged };
    };
    expect(phoneOf(italian.id)).toEqual({
      phone: '333 1234567',
      phoneE164: '+393331234567',
      phoneFlagged: false,
    });
    // Typed without +1, it is no Italian number: kept as typed and flagged, never dropped.
    expect(phoneOf(american.id)).toEqual({ phone: '(212) 736-5000', phoneE164: '', phoneFlagged: true });
    expect(phoneOf(international.id)).toMatchObject({ phoneE164: '+442071838750', phoneFlagged: false });
    expect(phoneOf(garbage.id)).toEqual({ phone: '12', phoneE164: '', phoneFlagged: true });
    expect(phoneOf(none.id)).toEqual({ phone: '', phoneE164: '', phoneFlagged: false });
    expect(getSettings(core.ctx)).toEqual({ defaultCountry: 'IT', shopName: '', currency: 'EUR' });
    expect(core.events).toEqual([
      { event: 'settings:changed', payload: {} },
      { event: 'customers:changed', payload: { ids: [italian.id, american.id] } },
    ]);
  });

  it('refuses a country libphonenumber does not know, naming the field, and changes nothing', () => {
    updateSettings(core.ctx, { defaultCountry: 'IT' });
    const before = tableCounts(core);
    core.events.length = 0;
    for (const country of ['XX', 'UK', 'EU']) {
      expect(() => updateSettings(core.ctx, { defaultCountry: country })).toThrow(
        expect.objectContaining({
          code: 'invalid_input',
          field: 'defaultCountry',
          message: `defaultCountry: ${country} is not a country Regulars knows phone numbers of; use a code like IT, US or GB`,
        }),
      );
    }
    expect(() => updateSettings(core.ctx, { defaultCountry: 'it' })).toThrow(/two-letter country code/);
    expect(getSettings(core.ctx)).toEqual({ defaultCountry: 'IT', shopName: '', currency: 'EUR' });
    expect(tableCounts(core)).toEqual(before);
    expect(core.events).toEqual([]);
  });

  it('answers an empty update with the settings as they are', () => {
    expect(updateSettings(core.ctx, {})).toEqual(getSettings(core.ctx));
    expect(core.events).toEqual([]);
  });
});

describe('the currency', () => {
  it('is the euro until the owner picks one (as before the setting), then stays and is audited', () => {
    updateSettings(core.ctx, { defaultCountry: 'GB' });
    expect(getSettings(core.ctx).currency).toBe('EUR');
    expect(updateSettings(core.ctx, { currency: 'GBP' }).currency).toBe('GBP');
    updateSettings(core.ctx, { defaultCountry: 'US' });
    expect(getSettings(core.ctx).currency).toBe('GBP');
    const audited = core.ctx.db
      .prepare<[], { summary: string }>("SELECT summary FROM audit_log WHERE subject_id = 'shop.currency'")
      .all();
    expect(audited.map((row) => row.summary)).toEqual(['Changed the currency from EUR to GBP']);
  });

  it.each(['XYZ', 'eur', 'EURO', ''])(
    'refuses %j, naming the field, and changes nothing else',
    (currency) => {
      const before = tableCounts(core);
      expect(() => updateSettings(core.ctx, { currency, shopName: 'Caffè Nero' })).toThrow(
        expect.objectContaining({ code: 'invalid_input', field: 'currency' }),
      );
      expect(getSettings(core.ctx).shopName).toBe('');
      expect(tableCounts(core)).toEqual(before);
    },
  );
});
