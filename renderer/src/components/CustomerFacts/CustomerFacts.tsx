import { Paper, Text } from '@mantine/core';
import { useState } from 'react';
import type { CustomerFacts as Facts } from '../../../../shared/domain/customer.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import classes from './CustomerFacts.module.css';
import { messages } from './CustomerFacts.messages.ts';
import { factRows } from './facts-text.ts';

/** The customer at a glance: since when, how often, how much, and their own rhythm. */
export function CustomerFacts({ facts }: { facts: Facts }) {
  // "35 days ago" is counted from when the page opened; it need not tick while it stays open.
  const [now] = useState(() => Date.now());
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  return (
    <Paper withBorder p="sm" radius="md">
      <dl aria-label={m.keyFacts} className={classes.list}>
        {factRows(facts, now, language).map(({ label, value }) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text component="dd" fw={600} className={classes.value}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
    </Paper>
  );
}
