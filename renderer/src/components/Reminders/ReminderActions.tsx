import { Button, Group, Menu } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fullName } from '../../../../shared/domain/customer.ts';
import type { ReminderRow } from '../../../../shared/domain/reminders.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { FollowUpDialog } from './FollowUpDialog.tsx';
import { addDays } from './reminder-labels.ts';
import { messages } from './Reminders.messages.ts';
import { SnoozeDialog } from './SnoozeDialog.tsx';

interface ReminderActionsProps {
  row: ReminderRow;
  /** Today's date as the list says it (YYYY-MM-DD): snoozes count from it. */
  today: string;
}

/** Done (optionally with a logged follow-up), snooze for a day, a week or until a date, dismiss. */
export function ReminderActions({ row, today }: ReminderActionsProps) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<'snooze' | 'follow-up' | null>(null);
  const [busy, setBusy] = useState(false);
  const name = fullName(row);
  // Only what the owner saw is closed: a reason that appeared since stays.
  const keys = row.reasons.map((reason) => reason.key);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      notifyDone(await work());
    } catch (error) {
      notifyFailed(error);
      throw error;
    } finally {
      setBusy(false);
      void client.invalidateQueries({ queryKey: queryKeys.remindersTodayAll });
      void client.invalidateQueries({ queryKey: queryKeys.customerOutlook(row.customerId) });
    }
  };
  const done = (note: string | null) =>
    act(async () => {
      await call('reminders:done', {
        customerId: row.customerId,
        keys,
        logFollowUp: note !== null,
        note: note ?? '',
      });
      return note === null ? m.done(name) : m.doneWithFollowUp(name);
    });
  const snooze = (until: string) =>
    act(async () => {
      await call('reminders:snooze', { customerId: row.customerId, until });
      return m.backOn(name, until);
    });
  const dismiss = () =>
    act(async () => {
      await call('reminders:dismiss', { customerId: row.customerId, keys });
      return m.dismissed(name);
    });
  const quietly = (promise: Promise<void>) => void promise.catch(() => undefined);

  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-sm" loading={busy} onClick={() => quietly(done(null))}>
        {m.doneButton}
      </Button>
      <Button size="compact-sm" variant="light" disabled={busy} onClick={() => setDialog('follow-up')}>
        {m.logFollowUp}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="compact-sm" variant="default" disabled={busy}>
            {m.snooze}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => quietly(snooze(addDays(today, 1)))}>{m.untilTomorrow}</Menu.Item>
          <Menu.Item onClick={() => quietly(snooze(addDays(today, 7)))}>{m.forAWeek}</Menu.Item>
          <Menu.Item onClick={() => setDialog('snooze')}>{m.untilADate}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        disabled={busy}
        onClick={() => quietly(dismiss())}
      >
        {m.dismiss}
      </Button>
      <SnoozeDialog
        opened={dialog === 'snooze'}
        name={name}
        today={today}
        onClose={() => setDialog(null)}
        snooze={snooze}
      />
      <FollowUpDialog
        opened={dialog === 'follow-up'}
        name={name}
        onClose={() => setDialog(null)}
        done={done}
      />
    </Group>
  );
}
