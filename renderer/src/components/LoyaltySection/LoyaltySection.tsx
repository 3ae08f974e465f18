import { Alert, Anchor, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { progressText } from '../../../../shared/domain/loyalty/explain.ts';
import type { LoyaltyStatus } from '../../../../shared/domain/loyalty/status.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { invalidateLoyalty, useLoyaltyLedger, useLoyaltyStatus } from '../../query/useLoyalty.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { AdjustPointsForm } from './AdjustPointsForm.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { RewardList } from './RewardList.tsx';

function progressOf(status: LoyaltyStatus): number {
  const next = status.nextTier;
  if (!next) return 100;
  return next.threshold <= 0
    ? 100
    : Math.min(100, Math.max(0, ((next.threshold - next.missing) / next.threshold) * 100));
}

/** The customer's loyalty: balance, tier and progress, rewards to redeem, manual changes and the ledger. */
export function LoyaltySection({ customerId }: { customerId: string }) {
  const call = useCall();
  const client = useQueryClient();
  const status = useLoyaltyStatus(customerId);
  const ledger = useLoyaltyLedger(customerId);

  const settle = async (next: LoyaltyStatus) => {
    client.setQueryData(queryKeys.loyaltyStatus(customerId), next);
    await invalidateLoyalty(client, [customerId]);
  };
  const redeem = async (rewardId: string) => {
    try {
      const result = await call('loyalty:redeem', { customerId, rewardId });
      await settle(result.status);
      const reward = result.status.rewards.find((candidate) => candidate.id === rewardId);
      notifyDone(`${reward?.name ?? 'Reward'} redeemed: ${result.status.balance} points left.`);
    } catch (error) {
      notifyFailed(error, 'Not redeemed');
    }
  };
  const adjust = async (points: number, reason: string) => {
    const result = await call('loyalty:adjust', { customerId, points, reason });
    await settle(result.status);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="loyalty-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="loyalty-title">
          Loyalty
        </Title>
        {status.isError && <Alert color="red">{status.error.message}</Alert>}
        {status.isSuccess && !status.data.enrolled && (
          <Text c="dimmed">
            No loyalty program yet. Set one up in{' '}
            <Anchor component={Link} to={paths.settings}>
              Settings → Loyalty program
            </Anchor>
            .
          </Text>
        )}
        {status.isSuccess && status.data.enrolled && (
          <>
            <Group gap="md" align="center">
              <Text fz={32} fw={700} aria-label="Points balance">
                {status.data.balance.toLocaleString()}
              </Text>
              <Text c="dimmed">points</Text>
              <LoyaltyBadge tier={status.data.tier} size="lg" />
            </Group>
            {status.data.nextTier && (
              <Stack gap={4}>
                <Progress
                  value={progressOf(status.data)}
                  aria-label={`Progress to ${status.data.nextTier.name}`}
                />
                <Text size="sm" fw={500}>
                  {progressText(status.data.measure, status.data.nextTier)}
                </Text>
              </Stack>
            )}
            <List size="sm" aria-label="How this status is worked out">
              {/* The progress line is shown under the bar already. */}
              {status.data.explanation
                .filter((line) => !line.endsWith(` to ${status.data.nextTier?.name}.`))
                .map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
            </List>
            <Title order={3} size="h5">
              Rewards
            </Title>
            <RewardList rewards={status.data.rewards} balance={status.data.balance} redeem={redeem} />
            <Title order={3} size="h5">
              Adjust by hand
            </Title>
            <AdjustPointsForm adjust={adjust} />
            <Title order={3} size="h5">
              Ledger
            </Title>
            {ledger.isSuccess && <LedgerTable rows={ledger.data.rows} />}
            {ledger.isSuccess && ledger.data.tierChanges.length > 0 && (
              <List size="sm" aria-label="Tier changes">
                {ledger.data.tierChanges.map((change) => (
                  <List.Item key={`${change.at}-${change.toName ?? ''}`}>
                    {formatDate(change.at)}: {change.reason}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
