import { BarChart } from '@mantine/charts';
import { Alert, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { MouseHandlerDataParam } from 'recharts';
import type { TierDistribution } from '../../../../shared/domain/insights-tiers.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { customersText } from '../CustomerSetList/CustomerSetList.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import classes from '../FigureCard/FigureCard.module.css';
import { measureMessages, messages } from './InsightsCharts.messages.ts';

function TierCard({
  label,
  customers,
  detail,
  tier,
}: {
  label: string;
  customers: number;
  detail: string;
  tier: string | null;
}) {
  const m = useMessages(messages);
  return (
    <UnstyledButton
      component={Link}
      to={paths.customerSet({ kind: 'tier', tier })}
      className={classes.card}
      aria-label={m.tierCard(label, customersText(customers))}
    >
      <Paper withBorder p="sm" h="100%">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz="xl" fw={700} data-testid={`tier-${tier ?? 'none'}`}>
          {customers}
        </Text>
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

function Distribution({ data }: { data: Extract<TierDistribution, { status: 'tiers' }> }) {
  const m = useMessages(messages);
  const measures = useMessages(measureMessages);
  const navigate = useNavigate();
  const rows = [
    { tier: null, name: m.noTier, customers: data.noTier },
    ...data.tiers.map((tier) => ({ tier: tier.name, name: tier.name, customers: tier.customers })),
  ];
  const open = (state: MouseHandlerDataParam) => {
    const row = typeof state.activeTooltipIndex === 'number' ? rows[state.activeTooltipIndex] : undefined;
    if (row) void navigate(paths.customerSet({ kind: 'tier', tier: row.tier }));
  };
  const share = (n: number) => (data.customers === 0 ? '' : `, ${Math.round((100 * n) / data.customers)}%`);
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" role="list" aria-label={m.loyaltyTiers}>
        {data.tiers.map((tier) => (
          <div role="listitem" key={tier.rank}>
            <TierCard
              label={tier.name}
              tier={tier.name}
              customers={tier.customers}
              detail={m.fromThreshold(tier.threshold, measures[data.measure], share(tier.customers))}
            />
          </div>
        ))}
        <div role="listitem">
          <TierCard
            label={m.noTier}
            tier={null}
            customers={data.noTier}
            detail={m.belowLowest(share(data.noTier))}
          />
        </div>
      </SimpleGrid>
      <Paper withBorder p="sm" data-print-block>
        <BarChart
          h={200}
          data={rows}
          dataKey="name"
          series={[{ name: 'customers', label: m.customers, color: 'yellow.6' }]}
          barChartProps={{ onClick: open, style: { cursor: 'pointer' } }}
        />
      </Paper>
    </>
  );
}

/** Customers per loyalty tier now (not per period: a tier is a state, not an event). */
export function LoyaltyTiers() {
  const m = useMessages(messages);
  const call = useCall();
  const tiers = useQuery({ queryKey: queryKeys.insightsTiers, queryFn: () => call('insights:tiers', {}) });
  return (
    <Stack gap="sm">
      <Title order={2}>{m.tiersNow}</Title>
      {tiers.error && <Alert color="red">{tiers.error.message}</Alert>}
      {tiers.data?.status === 'noProgram' && <Text c="dimmed">{m.noProgram}</Text>}
      {tiers.data?.status === 'noTiers' && <Text c="dimmed">{m.noTiers}</Text>}
      {tiers.data?.status === 'tiers' && <Distribution data={tiers.data} />}
    </Stack>
  );
}
