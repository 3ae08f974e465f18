import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { LedgerRow } from '../../../../shared/domain/loyalty/status.ts';
import { formatDateTime } from '../../format/dates.ts';
import { englishTextTranslator } from '../../format/messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { fixedLedgerReasons, patternLedgerReasons } from './ledger-reasons.messages.ts';
import { ledgerKindMessages, messages } from './LoyaltySection.messages.ts';
const FIRST_ROWS = 10;
const ledgerReason = englishTextTranslator(fixedLedgerReasons, patternLedgerReasons);
const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** Every change of points, newest first, with the balance after it: the balance explained row by row. */
export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const m = useMessages(messages);
  const KIND_LABELS = useMessages(ledgerKindMessages);
  const { language } = useLanguage();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <Text c="dimmed">{m.noPointsYet}</Text>;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <Table aria-label={m.pointsLedger} verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.when}</Table.Th>
            <Table.Th>{m.what}</Table.Th>
            <Table.Th ta="right">{m.points}</Table.Th>
            <Table.Th ta="right">{m.balance}</Table.Th>
            <Table.Th>{m.why}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{formatDateTime(row.at)}</Table.Td>
              <Table.Td>{KIND_LABELS[row.kind]}</Table.Td>
              <Table.Td ta="right">{signed(row.points)}</Table.Td>
              <Table.Td ta="right">{row.balanceAfter}</Table.Td>
              {/* The core words its own rows in English; reasons someone typed stay as typed. A
                  redemption is said from its reward. */}
              <Table.Td>
                {row.kind === 'redeem' && row.rewardName !== null
                  ? m.redeemedReward(row.rewardName)
                  : (ledgerReason(row.reason, language) ?? row.reason)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > FIRST_ROWS && (
        <Button variant="subtle" size="xs" onClick={() => setAll((value) => !value)}>
          {all ? m.showFewer : m.showAllRows(rows.length)}
        </Button>
      )}
    </>
  );
}
