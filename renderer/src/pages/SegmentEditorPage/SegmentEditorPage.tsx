import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { SegmentEditor } from './SegmentEditor.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SegmentEditorPage.messages.ts';

/** A new segment, or a saved one (by id) to change, preview, export or tag. */
export function SegmentEditorPage() {
  const m = useMessages(messages);
  const { id } = useParams();
  const call = useCall();
  const fields = useCustomFields(true);
  const segment = useQuery({
    queryKey: queryKeys.segment(id ?? ''),
    queryFn: () => call('segments:get', { id: id ?? '' }),
    enabled: id !== undefined,
  });
  const loading = !fields.data || (id !== undefined && !segment.data && !segment.error);
  return (
    <Stack>
      <Title order={1}>{id === undefined ? m.newSegment : (segment.data?.name ?? m.segment)}</Title>
      {segment.error && <Alert color="red">{segment.error.message}</Alert>}
      {loading ? (
        segment.error ? null : (
          <Loader size="sm" aria-label={m.loadingSegment} />
        )
      ) : (
        <SegmentEditor key={segment.data?.id ?? 'new'} segment={segment.data} fields={fields.data ?? []} />
      )}
    </Stack>
  );
}
