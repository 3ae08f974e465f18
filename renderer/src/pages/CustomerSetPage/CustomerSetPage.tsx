import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { customerSetSchema, type CustomerSet } from '../../../../shared/domain/customer-set.ts';
import { ACTIVE_DAYS_DEFAULT } from '../../../../shared/domain/insights.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { CustomerSetList } from '../../components/CustomerSetList/CustomerSetList.tsx';
import { SetActions } from '../../components/CustomerSetList/SetActions.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerSetPage.messages.ts';
import { useSetTitle } from './set-title.ts';

function parseSet(text: string | null): CustomerSet | null {
  try {
    const parsed = customerSetSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The customers behind a number, a chart cell or an RFM segment: listed, exported, tagged, printed. */
export function CustomerSetPage() {
  const m = useMessages(messages);
  const setTitle = useSetTitle();
  const call = useCall();
  const [params] = useSearchParams();
  const set = parseSet(params.get('set'));
  const settings = useQuery({
    queryKey: queryKeys.insightsSettings,
    queryFn: () => call('insights:settings', {}),
  });
  const segment = useQuery({
    queryKey: queryKeys.segment(set?.kind === 'segment' ? set.id : ''),
    queryFn: () => call('segments:get', { id: set?.kind === 'segment' ? set.id : '' }),
    enabled: set?.kind === 'segment',
  });
  const count = useQuery({
    queryKey: queryKeys.segmentCustomers(set ?? {}, 0),
    queryFn: () =>
      call('segments:customers', {
        set: set ?? { kind: 'filter', filter: { match: 'all', conditions: [] } },
        limit: 50,
        offset: 0,
      }),
    enabled: set !== null,
  });
  if (!set) {
    return (
      <Stack>
        <Title order={1}>{m.customers}</Title>
        <Alert color="red">{m.incompleteAddress}</Alert>
      </Stack>
    );
  }
  const { title, rule } = setTitle(set, settings.data?.activeDays ?? ACTIVE_DAYS_DEFAULT, segment.data?.name);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{m.customersWho(rule)}</Text>
        </div>
        <SetActions set={set} count={count.data?.total ?? 0} title={title} />
      </Group>
      <CustomerSetList set={set} />
    </Stack>
  );
}
