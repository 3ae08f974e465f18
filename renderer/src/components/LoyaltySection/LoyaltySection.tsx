import { Alert, Anchor, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { LoyaltyStatus } from '../../../../shared/domain/loyalty/status.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import {
  invalidateLoyalty,
  useLoyaltyLedger,
  useLoyaltyProgram,
  useLoyaltyStatus,
} from '../../query/useLoyalty.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { LoyaltyBadge } from '../LoyaltyBadge/LoyaltyBadge.tsx';
import { AdjustPointsForm } from './AdjustPointsForm.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { loyaltyWords, messages } from './LoyaltySection.messages.ts';
import { RewardList } from './RewardList.tsx';
import { progressText, statusLines } from './status-lines.ts';

function progressOf(status: LoyaltyStatus): number {
  const next = status.nextTier;
  if (!next) return 100;
  return next.threshold <= 0
    ? 100
    : Math.min(100, Math.max(0, ((next.threshold - next.missing) / next.threshold) * 100));
}

/** The customer's loyalty: balance, tier and progress, rewards to redeem, manual changes and the ledger. */
export function LoyaltySection({ customerId }: { customerId: string }) {
  const m = useMessages(messages);
  const w = useMessages(loyaltyWords);
  const call = useCall();
  const client = useQueryClient();
  const status = useLoyaltyStatus(customerId);
  const ledger = useLoyaltyLedger(customerId);
  // The thresholds of the customer's tier, for "Silver needs 100 points".
  const program = useLoyaltyProgram();
  const programSettled = program.isSuccess || program.isError;
  const threshold = (data: LoyaltyStatus) =>
    data.tier === null
      ? undefined
      : program.data?.versions.find((version) => version.version === data.programVersion)?.program.tiers
          .levels[data.tier.rank]?.threshold;

  const settle = async (next: LoyaltyStatus) => {
    client.setQueryData(queryKeys.loyaltyStatus(customerId), next);
    await invalidateLoyalty(client, [customerId]);
  };
  const redeem = async (rewardId: string) => {
    try {
      const result = await call('loyalty:redeem', { customerId, rewardId });
      await settle(result.status);
      const reward = result.status.rewards.find((candidate) => candidate.id === rewardId);
      notifyDone(m.rewardRedeemed(reward?.name ?? null, result.status.balance));
    } catch (error) {
      notifyFailed(error, m.notRedeemed);
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
          {m.loyalty}
        </Title>
        {status.isError && <Alert color="red">{status.error.message}</Alert>}
        {status.isSuccess && !status.data.enrolled && (
          <Text c="dimmed">
            {m.noProgramLead}
            <Anchor component={Link} to={paths.settings}>
              {m.settingsLink}
            </Anchor>
            {m.noProgramEnd}
          </Text>
        )}
        {status.isSuccess && status.data.enrolled && programSettled && (
          <>
            <Group gap="md" align="center">
              <Text fz={32} fw={700} aria-label={m.pointsBalance}>
                {status.data.balance.toLocaleString()}
              </Text>
              <Text c="dimmed">{m.pointsAfterBalance(status.data.balance)}</Text>
              <LoyaltyBadge tier={status.data.tier} size="lg" />
            </Group>
            {status.data.nextTier && (
              <Stack gap={4}>
                <Progress
                  value={progressOf(status.data)}
                  aria-label={m.progressTo(status.data.nextTier.name)}
                />
                <Text size="sm" fw={500}>
                  {progressText(w, status.data)}
                </Text>
              </Stack>
            )}
            <List size="sm" aria-label={m.howWorkedOut}>
              {statusLines(w, status.data, threshold(status.data)).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Title order={3} size="h5">
              {m.rewards}
            </Title>
            <RewardList rewards={status.data.rewards} balance={status.data.balance} redeem={redeem} />
            <Title order={3} size="h5">
              {m.adjustByHand}
            </Title>
            <AdjustPointsForm adjust={adjust} />
            <Title order={3} size="h5">
              {m.ledger}
            </Title>
            {ledger.isSuccess && <LedgerTable rows={ledger.data.rows} />}
            {ledger.isSuccess && ledger.data.tierChanges.length > 0 && (
              <List size="sm" aria-label={m.tierChanges}>
                {ledger.data.tierChanges.map((change) => (
                  <List.Item key={`${change.at}-${change.toName ?? ''}`}>
                    {formatDate(change.at)}:{' '}
                    {m.tierChange(
                      change.direction === 'up',
                      change.fromName ?? w.noTier,
                      change.toName ?? w.noTier,
                    )}
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
