import { Button, CloseButton, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TagRuleView } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';

/** "Stay in touch every N days with everyone tagged vip": one rule per tag. */
export function TagRules({ rules }: { rules: TagRuleView[] }) {
  const call = useCall();
  const client = useQueryClient();
  const [tag, setTag] = useState('');
  const [days, setDays] = useState<number | ''>(30);
  const [errors, setErrors] = useState<{ tag?: string; days?: string }>({});
  const [saving, setSaving] = useState(false);

  const save = async (name: string, everyDays: number | null) => {
    await call('reminders:setTagRule', { tag: name, everyDays });
    void client.invalidateQueries({ queryKey: queryKeys.reminderSettings });
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { tag?: string; days?: string } = {};
    if (tag.trim() === '') found.tag = 'Tag is required';
    if (days === '' || !Number.isInteger(days) || days < 1 || days > 3650)
      found.days = 'Every must be 1 to 3650 days';
    setErrors(found);
    if (found.tag || found.days || days === '') return;
    setSaving(true);
    try {
      await save(tag.trim(), days);
      notifyDone(`Everyone tagged ${tag.trim()}: stay in touch every ${days} days.`);
      setTag('');
    } catch (error) {
      const message =
        error instanceof AppCallError ? withoutFieldPrefix(error.message, error.field ?? '') : String(error);
      setErrors(
        error instanceof AppCallError && error.field === 'everyDays' ? { days: message } : { tag: message },
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Fieldset legend="Stay in touch by tag">
      <Stack gap="xs">
        {rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tag rules yet.
          </Text>
        ) : (
          rules.map((rule) => (
            <Group key={rule.tag} gap="xs">
              <Text size="sm">
                {rule.tag}: every {rule.everyDays} days
              </Text>
              <CloseButton
                size="sm"
                aria-label={`Remove the rule for ${rule.tag}`}
                onClick={() => void save(rule.tag, null).catch((error: unknown) => notifyFailed(error))}
              />
            </Group>
          ))
        )}
        <form noValidate aria-label="New tag rule" onSubmit={(event) => void onSubmit(event)}>
          <Group align="flex-start" gap="xs">
            <TextInput
              label="Tag"
              value={tag}
              error={errors.tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
            <NumberInput
              label="Every (days)"
              w={130}
              allowDecimal={false}
              clampBehavior="none"
              value={days}
              error={errors.days}
              onChange={(value) => setDays(typeof value === 'number' ? value : '')}
            />
            <Button type="submit" variant="light" mt={25} loading={saving}>
              Set rule
            </Button>
          </Group>
        </form>
      </Stack>
    </Fieldset>
  );
}
