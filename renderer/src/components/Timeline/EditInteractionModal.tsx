import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  Interaction,
  InteractionKind,
  InteractionUpdate,
} from '../../../../shared/domain/interaction.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { putInTimelines } from '../../query/timeline-cache.ts';
import { InteractionForm } from '../QuickLog/InteractionForm.tsx';
import { channelOf, valuesOf } from '../QuickLog/interaction-form-values.ts';
import { kindDoneMessages } from '../QuickLog/QuickLog.messages.ts';
import { LOG_KINDS } from '../QuickLog/QuickLog.tsx';
import { messages } from './Timeline.messages.ts';

function EditForm({ interaction, onDone }: { interaction: Interaction; onDone: () => void }) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const done = useMessages(kindDoneMessages);
  const call = useCall();
  const client = useQueryClient();
  const [initial] = useState(() => valuesOf(interaction));
  // A follow-up stays one unless changed; the counter's kinds otherwise.
  const kinds: readonly InteractionKind[] = LOG_KINDS.includes(interaction.kind)
    ? LOG_KINDS
    : [...LOG_KINDS, interaction.kind];

  const save = async (fields: InteractionUpdate) => {
    const updated = await call('interactions:update', { id: interaction.id, fields });
    putInTimelines(client, updated);
    notifications.show({ message: done.updated(KIND_LABELS[updated.kind], updated.kind) });
    onDone();
  };

  return (
    <InteractionForm
      name={m.editInteraction}
      kinds={kinds}
      initial={initial}
      initialOccurredAt={interaction.occurredAt}
      // The channel it came through stays, unless the kind says otherwise now.
      channelFor={(kind) => (kind === interaction.kind ? interaction.channel : channelOf(kind))}
      submitLabel={m.saveChanges}
      save={save}
      onCancel={onDone}
      focusAmount
    />
  );
}

interface EditInteractionModalProps {
  /** The entry being edited; null when the modal is closed. */
  interaction: Interaction | null;
  onClose: () => void;
}

export function EditInteractionModal({ interaction, onClose }: EditInteractionModalProps) {
  const m = useMessages(messages);
  return (
    <Modal opened={interaction !== null} onClose={onClose} title={m.editInteraction} size="xl">
      {interaction && <EditForm key={interaction.id} interaction={interaction} onDone={onClose} />}
    </Modal>
  );
}
