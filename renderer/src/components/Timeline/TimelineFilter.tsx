import { Chip, Group } from '@mantine/core';
import { INTERACTION_KINDS, type InteractionKind } from '../../../../shared/domain/interaction.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './Timeline.messages.ts';

interface TimelineFilterProps {
  kinds: readonly InteractionKind[];
  onChange: (kinds: InteractionKind[]) => void;
}

/** Nothing ticked shows everything; ticking kinds shows only those. */
export function TimelineFilter({ kinds, onChange }: TimelineFilterProps) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  return (
    <Chip.Group
      multiple
      value={[...kinds]}
      // Kept in the contract's order, so the same choice is one cache entry however it was ticked.
      onChange={(picked) => onChange(INTERACTION_KINDS.filter((kind) => picked.includes(kind)))}
    >
      <Group gap={6} role="group" aria-label={m.showOnly}>
        {INTERACTION_KINDS.map((kind) => (
          <Chip key={kind} value={kind} size="xs">
            {KIND_LABELS[kind]}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
