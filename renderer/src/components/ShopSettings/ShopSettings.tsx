import { Alert, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { currencyOptions } from '../../format/currencies.ts';
import { translateMessage } from '../../format/messages.ts';
import { countryName, countryOptions } from './countries.ts';
import { ShopNameField } from './ShopNameField.tsx';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ShopSettings.messages.ts';

/** Settings → Shop: the country phone numbers typed without +country code belong to, the currency, the name. */
export function ShopSettings() {
  const m = useMessages(messages);
  const { language } = useLanguage();
  const call = useCall();
  const client = useQueryClient();
  const settings = useShopSettings();
  const options = useMemo(() => countryOptions(language, m.countryOption), [language, m]);
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const [error, setError] = useState<string | null>(null);
  const [currencyError, setCurrencyError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const chooseCurrency = async (code: string) => {
    if (code === '' || code === settings.data?.currency) return;
    setCurrencyError(null);
    setSaving(true);
    try {
      const saved = await call('settings:update', { currency: code });
      client.setQueryData(queryKeys.settings, saved);
      notifyDone(
        m.currencyChanged(currencies.find((option) => option.value === saved.currency)?.label ?? code),
      );
    } catch (failure) {
      setCurrencyError(translateMessage(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setSaving(false);
    }
  };

  const choose = async (code: string) => {
    if (code === '' || code === settings.data?.defaultCountry) return;
    setError(null);
    setSaving(true);
    try {
      const saved = await call('settings:update', { defaultCountry: code });
      client.setQueryData(queryKeys.settings, saved);
      notifyDone(m.countryChanged(countryName(saved.defaultCountry, language)));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shop-settings-title">
      <Stack>
        <Title order={2} size="h3" id="shop-settings-title">
          {m.shop}
        </Title>
        {settings.isError && <Alert color="red">{settings.error.message}</Alert>}
        {/* The system's own select: type-ahead over 250 countries, and nothing to render until opened. */}
        <NativeSelect
          label={m.defaultCountry}
          description={m.defaultCountryHint}
          data={options}
          value={settings.data?.defaultCountry ?? ''}
          onChange={(event) => void choose(event.currentTarget.value)}
          disabled={!settings.isSuccess || saving}
          error={error}
          maw={420}
        />
        {settings.isSuccess && (
          <Text size="sm" c="dimmed">
            {m.now(countryName(settings.data.defaultCountry, language))}
          </Text>
        )}
        <NativeSelect
          label={m.currency}
          description={m.currencyHint}
          data={currencies}
          value={settings.data?.currency ?? ''}
          onChange={(event) => void chooseCurrency(event.currentTarget.value)}
          disabled={!settings.isSuccess || saving}
          error={currencyError}
          maw={420}
        />
        {settings.isSuccess && <ShopNameField key={settings.data.shopName} saved={settings.data.shopName} />}
      </Stack>
    </Paper>
  );
}
