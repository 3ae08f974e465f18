import { Alert, List, Text } from '@mantine/core';
import type { LoyaltyPreview } from '../../../../shared/domain/loyalty/status.ts';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LoyaltyProgramSettings.messages.ts';

/** What saving would change: shown before the Save button is enabled. */
export function PreviewPanel({ preview }: { preview: LoyaltyPreview }) {
  const m = useMessages(messages);
  return (
    <section aria-label={m.previewOfChange}>
      <Alert color="blue" title={m.preview}>
        <Text fw={600}>
          {m.wouldChangeTier(preview.changed, preview.up, preview.down, formatDate(preview.effectiveFrom))}
        </Text>
        <List size="sm">
          {preview.byTier.map((tier) => (
            <List.Item key={tier.name}>
              {tier.name}: {tier.before} → {tier.after}
            </List.Item>
          ))}
          {preview.examples.map((example) => (
            <List.Item key={example.customerId}>
              {example.name}: {example.from ?? m.noTier} → {example.to ?? m.noTier}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          {m.earningExample(
            formatMoney(preview.earning.purchaseMinor),
            preview.earning.pointsNow,
            preview.earning.pointsAfter,
          )}
        </Text>
        <Text size="sm" c="dimmed">
          {m.earnedKeepRules}
        </Text>
      </Alert>
    </section>
  );
}
