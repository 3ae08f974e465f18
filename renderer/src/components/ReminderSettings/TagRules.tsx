import { Button, CloseButton, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TagRuleView } from '../../../../shared/domain/customer-outlook.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { messages } from './ReminderSettings.messages.ts';

/** "Stay in touch every N days with everyone tagged vip": one rule per tag. */
export function TagRules({ rules }: { rules: TagRuleView[] }) {
  const m = useMessages(messages);
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
    if (tag.trim() === '') found.tag = m.tagRequired;
    if (days === '' || !Number.isInteger(days) || days < 1 || days > 3650) found.days = m.everyOutOfRange;
    setErrors(found);
    if (found.tag || found.days || days === '') return;
    setSaving(true);
    try {
      await save(tag.trim(), days);
      notifyDone(m.tagRuleSet(tag.trim(), days));
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
    <Fieldset legend={m.stayInTouchByTag}>
      <Stack gap="xs">
        {rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            {m.noTagRulesYet}
          </Text>
        ) : (
          rules.map((rule) => (
            <Group key={rule.tag} gap="xs">
              <Text size="sm">{m.tagRule(rule.tag, rule.everyDays)}</Text>
              <CloseButton
                size="sm"
                aria-label={m.removeTagRule(rule.tag)}
                onClick={() => void save(rule.tag, null).catch((error: unknown) => notifyFailed(error))}
              />
            </Group>
          ))
        )}
        <form noValidate aria-label={m.newTagRule} onSubmit={(event) => void onSubmit(event)}>
          <Group align="flex-start" gap="xs">
            <TextInput
              label={m.tag}
              value={tag}
              error={errors.tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
            <NumberInput
              label={m.everyDays}
              w={130}
              allowDecimal={false}
              clampBehavior="none"
              value={days}
              error={errors.days}
              onChange={(value) => setDays(typeof value === 'number' ? value : '')}
            />
            <Button type="submit" variant="light" mt={25} loading={saving}>
              {m.setRule}
            </Button>
          </Group>
        </form>
      </Stack>
    </Fieldset>
  );
}
