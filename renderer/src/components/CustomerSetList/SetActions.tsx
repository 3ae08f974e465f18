import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { CustomerSetInput } from '../../../../shared/domain/customer-set.ts';
import { PICK_DAYS } from '../../../../shared/domain/suggestions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone, notifyFailed, offerUndo } from '../BulkActions/notify.tsx';
import { TagDialog, type TagAction } from '../BulkActions/TagDialog.tsx';
import { PrintButton } from '../PrintButton/PrintButton.tsx';
import { messages } from './CustomerSetList.messages.ts';
import { downloadText } from './download.ts';

/**
 * What can be done with a whole list: export it as CSV, tag or untag everyone in it (with an
 * undo of exactly what changed), send everyone in it to Today's follow-ups, print it.
 */
export function SetActions({ set, count, title }: { set: CustomerSetInput; count: number; title: string }) {
  const m = useMessages(messages);
  const customersText = m.customerCount;
  const call = useCall();
  const [exporting, setExporting] = useState(false);
  const [tagAction, setTagAction] = useState<TagAction | null>(null);
  const [sending, setSending] = useState(false);

  // Each customer is suggested on Today with the list's name as the reason; nothing is sent.
  const sendToFollowUps = async () => {
    setSending(true);
    try {
      const { customers } = await call('segments:pickForFollowUps', { set, source: title });
      notifyDone(m.sentToFollowUps(customersText(customers), PICK_DAYS));
    } catch (error) {
      notifyFailed(error, m.nothingSent);
    } finally {
      setSending(false);
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { filename, csv, rows } = await call('segments:export', { set });
      downloadText(filename, csv);
      notifyDone(m.exported(customersText(rows), filename));
    } catch (error) {
      notifyFailed(error, m.nothingExported);
    } finally {
      setExporting(false);
    }
  };

  const tag = async (name: string, action: TagAction) => {
    const { changedIds } = await call('segments:tag', { set, tag: name, action });
    const done =
      action === 'add'
        ? m.tagAdded(name, customersText(changedIds.length))
        : m.tagRemoved(name, customersText(changedIds.length));
    if (changedIds.length === 0) return notifyDone(done);
    offerUndo({
      message: done,
      undo: async () => {
        await call('customers:bulkTag', {
          ids: changedIds,
          tag: name,
          action: action === 'add' ? 'remove' : 'add',
        });
        return m.undone(customersText(changedIds.length));
      },
    });
  };

  return (
    <Group gap="sm" data-no-print>
      <Button onClick={() => void exportCsv()} loading={exporting} disabled={count === 0}>
        {m.exportCsv}
      </Button>
      <Button
        variant="default"
        onClick={() => void sendToFollowUps()}
        loading={sending}
        disabled={count === 0}
      >
        {m.sendToFollowUps}
      </Button>
      <Button variant="default" onClick={() => setTagAction('add')} disabled={count === 0}>
        {m.addTagToAll}
      </Button>
      <Button variant="default" onClick={() => setTagAction('remove')} disabled={count === 0}>
        {m.removeTagFromAll}
      </Button>
      <PrintButton label={m.print} />
      <TagDialog action={tagAction} count={count} onClose={() => setTagAction(null)} onSubmit={tag} />
    </Group>
  );
}
