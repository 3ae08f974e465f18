import { Alert, List, Text } from '@mantine/core';
import type { LoyaltyPreview } from '../../../../shared/domain/loyalty/status.ts';
import { formatDate } from '../../format/dates.ts';

/** What saving would change: shown before the Save button is enabled. */
export function PreviewPanel({ preview }: { preview: LoyaltyPreview }) {
  const plural = (n: number) => (n === 1 ? '1 customer' : `${n.toLocaleString()} customers`);
  return (
    <section aria-label="Preview of the change">
      <Alert color="blue" title="Preview">
        <Text fw={600}>
          {plural(preview.changed)} would change tier ({preview.up} up, {preview.down} down) from{' '}
          {formatDate(preview.effectiveFrom)}.
        </Text>
        <List size="sm">
          {preview.byTier.map((tier) => (
            <List.Item key={tier.name}>
              {tier.name}: {tier.before} → {tier.after}
            </List.Item>
          ))}
          {preview.examples.map((example) => (
            <List.Item key={example.customerId}>
              {example.name}: {example.from ?? 'no tier'} → {example.to ?? 'no tier'}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{preview.earningExample}</Text>
        <Text size="sm" c="dimmed">
          Points already earned keep the rules they were earned under.
        </Text>
      </Alert>
    </section>
  );
}
