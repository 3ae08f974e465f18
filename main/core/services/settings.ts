import { DEFAULT_CURRENCY, isKnownCurrency } from '../../../shared/domain/currency.ts';
import { isPhoneRegion } from '../../../shared/domain/phone.ts';
import { settingsChannels, type ShopSettings } from '../../../shared/ipc/channels/settings.ts';
import type { ChannelInput } from '../../../shared/ipc/contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recomputePhoneE164 } from '../repos/customers-repo.ts';
import { DEFAULT_COUNTRY_KEY, readDefaultCountry } from '../repos/default-country.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { readShopName, SHOP_NAME_KEY } from '../repos/suggestion-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';

const CURRENCY_KEY = 'shop.currency';

/**
 * The euro until the owner picks (as every amount read before the setting existed); the first
 * run saves the currency it guessed from the computer's locale.
 */
function readCurrency(ctx: CoreContext): string {
  const stored = readSetting(ctx.db, CURRENCY_KEY);
  return typeof stored === 'string' && isKnownCurrency(stored) ? stored : DEFAULT_CURRENCY;
}

export function getSettings(ctx: CoreContext): ShopSettings {
  return {
    defaultCountry: readDefaultCountry(ctx.db),
    shopName: readShopName(ctx.db),
    currency: readCurrency(ctx),
  };
}

/** Amounts are kept in minor units, so a new currency changes how they read, never their value. */
function updateCurrency(ctx: CoreContext, currency: string): void {
  if (!isKnownCurrency(currency)) {
    throw new AppError(
      'invalid_input',
      `currency: ${currency} is not a currency code Regulars knows`,
      'currency',
    );
  }
  ctx.db.transaction(() => {
    const before = readCurrency(ctx);
    const stored = readSetting(ctx.db, CURRENCY_KEY);
    if (before === currency && stored === currency) return;
    writeSetting(ctx.db, CURRENCY_KEY, currency);
    recordAudit(ctx, {
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: CURRENCY_KEY,
      summary: `Changed the currency from ${before} to ${currency}`,
      details: { changes: [{ field: 'currency', old: before, new: currency }] },
    });
  })();
  ctx.emit('settings:changed', {});
}

function updateShopName(ctx: CoreContext, name: string): void {
  ctx.db.transaction(() => {
    const before = readShopName(ctx.db);
    if (before === name) return;
    writeSetting(ctx.db, SHOP_NAME_KEY, name);
    recordAudit(ctx, {
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: SHOP_NAME_KEY,
      summary: 'Changed the shop name',
      details: { changes: [{ field: 'shopName', old: before, new: name }] },
    });
  })();
  ctx.emit('settings:changed', {});
}

/**
 * Changes the shop's settings. A new default country re-reads every stored phone number in the
 * same transaction, so "333 1234567" becomes a valid Italian number the moment the shop says it
 * is in Italy, and a number that no longer makes sense is flagged.
 */
export function updateSettings(ctx: CoreContext, input: ChannelInput<'settings:update'>): ShopSettings {
  const change = parseOrThrow(settingsChannels['settings:update'].input, input);
  const country = change.defaultCountry;
  if (country !== undefined && !isPhoneRegion(country)) {
    throw new AppError(
      'invalid_input',
      `defaultCountry: ${country} is not a country Regulars knows phone numbers of; use a code like IT, US or GB`,
      'defaultCountry',
    );
  }
  if (change.currency !== undefined && !isKnownCurrency(change.currency)) {
    throw new AppError(
      'invalid_input',
      `currency: ${change.currency} is not a currency code Regulars knows`,
      'currency',
    );
  }
  if (change.currency !== undefined) updateCurrency(ctx, change.currency);
  if (change.shopName !== undefined) updateShopName(ctx, change.shopName);
  if (country === undefined) return getSettings(ctx);
  const changedIds = ctx.db.transaction((): string[] => {
    const before = readDefaultCountry(ctx.db);
    writeSetting(ctx.db, DEFAULT_COUNTRY_KEY, country);
    if (before !== country) {
      recordAudit(ctx, {
        action: 'settings.update',
        subjectType: 'settings',
        subjectId: DEFAULT_COUNTRY_KEY,
        summary: `Changed the default country from ${before} to ${country}`,
        details: { changes: [{ field: 'defaultCountry', old: before, new: country }] },
      });
    }
    return recomputePhoneE164(ctx.db, country);
  })();
  ctx.emit('settings:changed', {});
  ctx.emit('customers:changed', { ids: changedIds });
  return getSettings(ctx);
}
