import { Stack, Title } from '@mantine/core';
import { BackupSettings } from '../../components/BackupSettings/BackupSettings.tsx';
import { CustomFieldSettings } from '../../components/CustomFieldSettings/CustomFieldSettings.tsx';
import { LoyaltyProgramSettings } from '../../components/LoyaltyProgramSettings/LoyaltyProgramSettings.tsx';
import { ShopSettings } from '../../components/ShopSettings/ShopSettings.tsx';
import { StaffSettings } from '../../components/StaffSettings/StaffSettings.tsx';

export function SettingsPage() {
  return (
    <Stack maw={720}>
      <Title order={1}>Settings</Title>
      <ShopSettings />
      <CustomFieldSettings />
      <StaffSettings />
      <LoyaltyProgramSettings />
      <BackupSettings />
    </Stack>
  );
}
