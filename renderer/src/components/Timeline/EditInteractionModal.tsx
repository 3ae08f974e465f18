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
import { putInTimelines } from '../../query/timeline-cache.ts';
import { InteractionForm } from '../QuickLog/InteractionForm.tsx';
import { channelOf, valuesOf } from '../QuickLog/interaction-form-values.ts';
import { LOG_KINDS } from '../QuickLog/QuickLog.tsx';

function EditForm({ interaction, onDone }: { interaction: Interaction; onDone: () => void }) {
  const KIND_LABELS = useInteractionKindLabels();
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
    notifications.show({ message: `${KIND_LABELS[updated.kind]} updated` });
    onDone();
  };

  return (
    <InteractionForm
      name="Edit interaction"
      kinds={kinds}
      initial={initial}
      initialOccurredAt={interaction.occurredAt}
      // The channel it came through stays, unless the kind says otherwise now.
      channelFor={(kind) => (kind === interaction.kind ? interaction.channel : channelOf(kind))}
      submitLabel="Save changes"
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
  return (
    <Modal opened={interaction !== null} onClose={onClose} title="Edit interaction" size="xl">
      {interaction && <EditForm key={interaction.id} interaction={interaction} onDone={onClose} />}
    </Modal>
  );
}
