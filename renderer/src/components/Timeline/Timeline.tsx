import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { Interaction, InteractionKind } from '../../../../shared/domain/interaction.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { putInTimelines, removeFromTimelines } from '../../query/timeline-cache.ts';
import { useStaffById } from '../../query/useStaff.ts';
import { useTimeline } from '../../query/useTimeline.ts';
import { kindDoneMessages } from '../QuickLog/QuickLog.messages.ts';
import { offerUndo } from '../QuickLog/undo-notification.tsx';
import { EditInteractionModal } from './EditInteractionModal.tsx';
import { groupByDay } from './group-by-day.ts';
import { messages } from './Timeline.messages.ts';
import classes from './Timeline.module.css';
import { TimelineEntry } from './TimelineEntry.tsx';
import { TimelineFilter } from './TimelineFilter.tsx';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });

interface TimelineProps {
  customerId: string;
  /** The newest entries, already loaded with the customer; undefined to fetch them. */
  firstPage: Interaction[] | undefined;
}

/** Everything that happened with a customer, by day, newest first, with who did it. */
export function Timeline({ customerId, firstPage }: TimelineProps) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const done = useMessages(kindDoneMessages);
  const call = useCall();
  const client = useQueryClient();
  const headingId = useId();
  const [kinds, setKinds] = useState<InteractionKind[]>([]);
  const [editing, setEditing] = useState<Interaction | null>(null);
  const timeline = useTimeline(customerId, kinds, firstPage);
  const staffById = useStaffById();
  const days = useMemo(() => groupByDay(timeline.data?.pages.flat() ?? []), [timeline.data]);

  const remove = async (interaction: Interaction) => {
    const kind = KIND_LABELS[interaction.kind];
    try {
      removeFromTimelines(client, await call('interactions:delete', { id: interaction.id }));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: done.notDeleted(kind, interaction.kind),
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    offerUndo({
      message: done.deleted(kind, interaction.kind),
      undo: async () => putInTimelines(client, await call('interactions:restore', { id: interaction.id })),
      undone: done.restored(kind, interaction.kind),
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {m.timeline}
        </Title>
        <TimelineFilter kinds={kinds} onChange={setKinds} />
        {timeline.isError && (
          <Alert color="red" title={m.couldNotLoad}>
            {timeline.error.message}
          </Alert>
        )}
        {timeline.isPending && <Loader size="sm" aria-label={m.loading} />}
        {timeline.isSuccess && days.length === 0 && (
          <Text c="dimmed">{kinds.length === 0 ? m.nothingYet : m.nothingOfKinds}</Text>
        )}
      </Stack>
      {days.map((day) => (
        <section key={day.key} className={classes.day} aria-labelledby={`${headingId}-${day.key}`}>
          <Title order={3} size="h5" id={`${headingId}-${day.key}`}>
            {dayFormat.format(day.start)}
          </Title>
          <ol className={classes.list} aria-labelledby={`${headingId}-${day.key}`}>
            {day.entries.map((interaction) => (
              <TimelineEntry
                key={interaction.id}
                interaction={interaction}
                staff={interaction.staffId === null ? undefined : staffById.get(interaction.staffId)}
                onEdit={() => setEditing(interaction)}
                onDelete={() => void remove(interaction)}
              />
            ))}
          </ol>
        </section>
      ))}
      {timeline.hasNextPage && (
        <Button
          mt="sm"
          variant="default"
          loading={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {m.showOlder}
        </Button>
      )}
      <EditInteractionModal interaction={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
