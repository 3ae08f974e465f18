import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InteractionKind, InteractionUpdate } from '../../../../shared/domain/interaction.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { putInTimelines, removeFromTimelines } from '../../query/timeline-cache.ts';
import { InteractionForm } from './InteractionForm.tsx';
import { channelOf, freshValues } from './interaction-form-values.ts';
import { kindDoneMessages, messages } from './QuickLog.messages.ts';
import { offerUndo } from './undo-notification.tsx';

/** What staff log at the counter; follow-ups are planned elsewhere. */
export const LOG_KINDS: readonly InteractionKind[] = [
  'visit',
  'purchase',
  'call',
  'email',
  'message',
  'note',
  'complaint',
  'feedback',
];

interface QuickLogProps {
  customerId: string;
  /** Opened from the spotlight: the Enter that follows means "start logging" and is swallowed. */
  startedFromSpotlight?: boolean;
}

/**
 * The counter's log form. The cursor waits in Amount with "Visit" chosen, so a visit of €12 is
 * "1", "2", Enter. After each log the form starts afresh, with the cursor back in Amount.
 */
export function QuickLog({ customerId, startedFromSpotlight = false }: QuickLogProps) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const done = useMessages(kindDoneMessages);
  const call = useCall();
  const client = useQueryClient();
  const [round, setRound] = useState(() => ({ count: 0, initial: freshValues(Date.now()) }));

  const save = async (fields: InteractionUpdate) => {
    const interaction = await call('interactions:log', { customerId, ...fields });
    putInTimelines(client, interaction);
    const kind = KIND_LABELS[interaction.kind];
    offerUndo({
      message: done.logged(kind, interaction.kind),
      undo: async () => {
        const deleted = await call('interactions:delete', { id: interaction.id });
        removeFromTimelines(client, deleted);
      },
      undone: done.removed(kind, interaction.kind),
    });
    setRound(({ count }) => ({ count: count + 1, initial: freshValues(Date.now()) }));
  };

  return (
    <InteractionForm
      // A new form after each log: fresh values, "now" again, and the cursor back in Amount.
      key={round.count}
      name={m.logAnInteraction}
      kinds={LOG_KINDS}
      initial={round.initial}
      initialOccurredAt={undefined}
      channelFor={channelOf}
      submitLabel={m.logInteraction}
      save={save}
      focusAmount
      absorbFirstEnter={startedFromSpotlight && round.count === 0}
    />
  );
}
