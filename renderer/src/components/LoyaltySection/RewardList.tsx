import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LoyaltyStatus } from '../../../../shared/domain/loyalty/status.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LoyaltySection.messages.ts';

interface RewardListProps {
  rewards: LoyaltyStatus['rewards'];
  balance: number;
  redeem: (rewardId: string) => Promise<void>;
}

/**
 * The program's rewards, affordable ones first. Redeeming takes two clicks: "Redeem", then
 * "Confirm", so a slip of the mouse at a busy counter spends nothing.
 */
export function RewardList({ rewards, balance, redeem }: RewardListProps) {
  const m = useMessages(messages);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (rewards.length === 0) return <Text c="dimmed">{m.noRewardsYet}</Text>;
  const sorted = [...rewards].sort((a, b) => Number(b.affordable) - Number(a.affordable) || a.cost - b.cost);

  const confirm = async (rewardId: string) => {
    setBusy(true);
    try {
      await redeem(rewardId);
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" role="list" aria-label={m.rewards}>
      {sorted.map((reward) => (
        <Group key={reward.id} justify="space-between" role="listitem" wrap="nowrap">
          <div>
            <Text fw={500}>{reward.name}</Text>
            <Text size="sm" c="dimmed">
              {m.rewardCost(reward.cost, reward.affordable ? null : reward.cost - balance)}
            </Text>
          </div>
          {confirming === reward.id ? (
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" color="teal" loading={busy} onClick={() => void confirm(reward.id)}>
                {m.confirmReward(reward.name)}
              </Button>
              <Button size="xs" variant="default" disabled={busy} onClick={() => setConfirming(null)}>
                {m.cancel}
              </Button>
            </Group>
          ) : (
            <Button
              size="xs"
              variant="light"
              disabled={!reward.affordable}
              aria-label={m.redeemReward(reward.name)}
              onClick={() => setConfirming(reward.id)}
            >
              {m.redeem}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
