import { BarChart } from '@mantine/charts';
import { Alert, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { MouseHandlerDataParam } from 'recharts';
import type { TierDistribution } from '../../../../shared/domain/insights-tiers.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { customersText } from '../CustomerSetList/CustomerSetList.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import classes from '../FigureCard/FigureCard.module.css';

const MEASURE_TEXT = { points: 'points', spend: 'spend', visits: 'visits' } as const;

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
  return (
    <UnstyledButton
      component={Link}
      to={paths.customerSet({ kind: 'tier', tier })}
      className={classes.card}
      aria-label={`${label}: ${customersText(customers)}. Show the customers`}
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
  const navigate = useNavigate();
  const rows = [
    { tier: null, name: 'No tier', customers: data.noTier },
    ...data.tiers.map((tier) => ({ tier: tier.name, name: tier.name, customers: tier.customers })),
  ];
  const open = (state: MouseHandlerDataParam) => {
    const row = typeof state.activeTooltipIndex === 'number' ? rows[state.activeTooltipIndex] : undefined;
    if (row) void navigate(paths.customerSet({ kind: 'tier', tier: row.tier }));
  };
  const share = (n: number) => (data.customers === 0 ? '' : `, ${Math.round((100 * n) / data.customers)}%`);
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" role="list" aria-label="Loyalty tiers">
        {data.tiers.map((tier) => (
          <div role="listitem" key={tier.rank}>
            <TierCard
              label={tier.name}
              tier={tier.name}
              customers={tier.customers}
              detail={`from ${tier.threshold} ${MEASURE_TEXT[data.measure]}${share(tier.customers)}`}
            />
          </div>
        ))}
        <div role="listitem">
          <TierCard
            label="No tier"
            tier={null}
            customers={data.noTier}
            detail={`below the lowest tier${share(data.noTier)}`}
          />
        </div>
      </SimpleGrid>
      <Paper withBorder p="sm" data-print-block>
        <BarChart
          h={200}
          data={rows}
          dataKey="name"
          series={[{ name: 'customers', label: 'Customers', color: 'yellow.6' }]}
          barChartProps={{ onClick: open, style: { cursor: 'pointer' } }}
        />
      </Paper>
    </>
  );
}

/** Customers per loyalty tier now (not per period: a tier is a state, not an event). */
export function LoyaltyTiers() {
  const call = useCall();
  const tiers = useQuery({ queryKey: queryKeys.insightsTiers, queryFn: () => call('insights:tiers', {}) });
  return (
    <Stack gap="sm">
      <Title order={2}>Loyalty tiers now</Title>
      {tiers.error && <Alert color="red">{tiers.error.message}</Alert>}
      {tiers.data?.status === 'noProgram' && (
        <Text c="dimmed">The shop has no loyalty program, so there are no tiers to count.</Text>
      )}
      {tiers.data?.status === 'noTiers' && (
        <Text c="dimmed">The loyalty program has no tiers, so there is nothing to count.</Text>
      )}
      {tiers.data?.status === 'tiers' && <Distribution data={tiers.data} />}
    </Stack>
  );
}
