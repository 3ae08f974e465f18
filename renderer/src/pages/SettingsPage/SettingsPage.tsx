import { Stack, Title } from '@mantine/core';
import { DemoShopSettings } from '../../components/DemoShop/DemoShopSettings.tsx';
import { BackupSettings } from '../../components/BackupSettings/BackupSettings.tsx';
import { CustomFieldSettings } from '../../components/CustomFieldSettings/CustomFieldSettings.tsx';
import { LoyaltyProgramSettings } from '../../components/LoyaltyProgramSettings/LoyaltyProgramSettings.tsx';
import { ReminderSettings } from '../../components/ReminderSettings/ReminderSettings.tsx';
import { ShopSettings } from '../../components/ShopSettings/ShopSettings.tsx';
import { IdleLockSetting } from '../../components/SecuritySettings/IdleLockSetting.tsx';
import { PermissionMatrix } from '../../components/SecuritySettings/PermissionMatrix.tsx';
import { SuggestionSettings } from '../../components/Suggestions/SuggestionSettings.tsx';
import { TemplateEditor } from '../../components/Suggestions/TemplateEditor.tsx';
import { StaffSettings } from '../../components/StaffSettings/StaffSettings.tsx';
import { useCan, useIsOwner } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SettingsPage.messages.ts';

export function SettingsPage() {
  const m = useMessages(messages);
  const canSettings = useCan('settings.manage');
  const canStaff = useCan('staff.manage');
  const canLoyalty = useCan('loyalty.manage');
  const canTemplates = useCan('templates.manage');
  const isOwner = useIsOwner();

  return (
    <Stack maw={720}>
      <Title order={1}>{m.title}</Title>
      {canSettings && <ShopSettings />}
      {canSettings && <CustomFieldSettings />}
      {canStaff && <StaffSettings />}
      {isOwner && <PermissionMatrix />}
      {canSettings && <IdleLockSetting />}
      {canSettings && <ReminderSettings />}
      {canSettings && <SuggestionSettings />}
      {canTemplates && <TemplateEditor />}
      {canLoyalty && <LoyaltyProgramSettings />}
      {isOwner && <BackupSettings />}
      {isOwner && <DemoShopSettings />}
    </Stack>
  );
}
