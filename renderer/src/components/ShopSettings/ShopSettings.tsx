import { Alert, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { countryName, countryOptions } from './countries.ts';
import { ShopNameField } from './ShopNameField.tsx';

/** Settings → Shop: the country that phone numbers typed without +country code belong to. */
export function ShopSettings() {
  const call = useCall();
  const client = useQueryClient();
  const settings = useShopSettings();
  const options = useMemo(() => countryOptions(), []);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const choose = async (code: string) => {
    if (code === '' || code === settings.data?.defaultCountry) return;
    setError(null);
    setSaving(true);
    try {
      const saved = await call('settings:update', { defaultCountry: code });
      client.setQueryData(queryKeys.settings, saved);
      notifyDone(
        `Phone numbers without a country code are now read as ${countryName(saved.defaultCountry)}.`,
      );
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
          Shop
        </Title>
        {settings.isError && <Alert color="red">{settings.error.message}</Alert>}
        {/* The system's own select: type-ahead over 250 countries, and nothing to render until opened. */}
        <NativeSelect
          label="Default country"
          description="Phone numbers typed without +country code are read as this country’s. Changing it re-reads every stored number."
          data={options}
          value={settings.data?.defaultCountry ?? ''}
          onChange={(event) => void choose(event.currentTarget.value)}
          disabled={!settings.isSuccess || saving}
          error={error}
          maw={420}
        />
        {settings.isSuccess && (
          <Text size="sm" c="dimmed">
            Now: {countryName(settings.data.defaultCountry)}
          </Text>
        )}
        {settings.isSuccess && <ShopNameField key={settings.data.shopName} saved={settings.data.shopName} />}
      </Stack>
    </Paper>
  );
}
