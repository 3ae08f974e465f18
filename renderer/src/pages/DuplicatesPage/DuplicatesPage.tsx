import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DuplicatePair } from '../../../../shared/domain/duplicates.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../../components/BulkActions/notify.tsx';
import { MergeDialog } from '../../components/MergeDialog/MergeDialog.tsx';
import {
  undoRecentMerge,
  useRecentMerges,
  type RecentMerge,
} from '../../components/MergeDialog/recent-merges.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { DuplicatePairCard } from './DuplicatePairCard.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './DuplicatesPage.messages.ts';

/** The most pairs reviewed at once; dismissing or merging brings the next ones in. */
const PAIR_LIMIT = 200;

const pairKey = (pair: DuplicatePair) => `${pair.a.id}:${pair.b.id}`;

function RecentMerges({ merges }: { merges: RecentMerge[] }) {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const [undoing, setUndoing] = useState<string | null>(null);
  if (merges.length === 0) return null;

  const undo = async (merge: RecentMerge) => {
    setUndoing(merge.mergeId);
    try {
      notifyDone(await undoRecentMerge(call, client, merge));
    } catch (error) {
      notifyFailed(error, m.couldNotUndoMerge);
    } finally {
      setUndoing(null);
    }
  };

  return (
    <Alert color="teal" title={m.mergedJustNow} role="region">
      <Stack gap="xs">
        {merges.map((merge) => (
          <Group key={merge.mergeId} justify="space-between">
            <Text size="sm">{m.wasMergedInto(merge.otherName, merge.keptName)}</Text>
            <Button
              size="compact-sm"
              variant="light"
              loading={undoing === merge.mergeId}
              onClick={() => void undo(merge)}
            >
              {m.undoMerge}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

export function DuplicatesPage() {
  const m = useMessages(messages);
  const call = useCall();
  const client = useQueryClient();
  const pairs = useQuery({
    queryKey: queryKeys.duplicatesListAll,
    queryFn: () => call('duplicates:list', { limit: PAIR_LIMIT }),
  });
  const recent = useRecentMerges();
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);

  const dismiss = async (pair: DuplicatePair) => {
    setDismissing(pairKey(pair));
    try {
      await call('duplicates:dismiss', { aId: pair.a.id, bId: pair.b.id });
      await client.invalidateQueries({ queryKey: queryKeys.duplicatesListAll });
    } catch (error) {
      notifyFailed(error, m.pairStillListed);
    } finally {
      setDismissing(null);
    }
  };

  return (
    <Stack maw={960}>
      <Title order={1}>{m.title}</Title>
      <Text c="dimmed">{m.intro}</Text>
      <RecentMerges merges={recent} />
      {pairs.isError && <Alert color="red">{pairs.error.message}</Alert>}
      {pairs.isPending && <Loader aria-label={m.lookingForDuplicates} />}
      {pairs.isSuccess && pairs.data.length === 0 && <Text>{m.noDuplicates}</Text>}
      {pairs.isSuccess && pairs.data.length > 0 && (
        <Text size="sm" role="status">
          {m.pairsToReview(pairs.data.length)}
          {pairs.data.length >= PAIR_LIMIT && m.mostLikelyFirst}
        </Text>
      )}
      {pairs.data?.map((pair) => (
        <DuplicatePairCard
          key={pairKey(pair)}
          pair={pair}
          dismissing={dismissing === pairKey(pair)}
          onMerge={() => setMerging(pair)}
          onDismiss={() => void dismiss(pair)}
        />
      ))}
      {merging && <MergeDialog aId={merging.a.id} bId={merging.b.id} onClose={() => setMerging(null)} />}
    </Stack>
  );
}
