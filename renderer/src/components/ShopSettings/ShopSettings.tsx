import { Alert, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { countryName, countryOptions } from './countries.ts';
import { ShopNameField } from './ShopNameField.tsx';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ShopSettings.messages.ts';

/** Settings → Shop: the country that phone numbers typed without +country code belong to. */
export function ShopSettings() {
  const m = useMessages(messages);
  const { language } = useLanguage();
  const call = useCall();
  const client = useQueryClient();
  const settings = useShopSettings();
  const options = useMemo(() => countryOptions(language, m.countryOption), [language, m]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

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
        {settings.isSuccess && <ShopNameField key={settings.data.shopName} saved={settings.data.shopName} />}
      </Stack>
    </Paper>
  );
}
