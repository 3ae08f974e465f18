import { Alert, Button, Group, Loader, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fullName } from '../../../../shared/domain/customer.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useCustomerProfile } from '../../query/useCustomerProfile.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { messages } from './MergeDialog.messages.ts';
import { mergeRows, type MergeRow } from './merge-rows.ts';
import { rememberMerge } from './recent-merges.ts';

interface MergeDialogProps {
  aId: string;
  bId: string;
  onClose: () => void;
}

function Value({ text }: { text: string }) {
  return (
    <Text
      size="sm"
      c={text ? undefined : 'dimmed'}
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {text || '—'}
    </Text>
  );
}

/**
 * Two customers side by side: the user says which record stays and, for every field both filled
 * in differently, which value survives. Everything else (history, tags, consent) is combined.
 */
export function MergeDialog({ aId, bId, onClose }: MergeDialogProps) {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  const call = useCall();
  const client = useQueryClient();
  const a = useCustomerProfile(aId);
  const b = useCustomerProfile(bId);
  const fields = useCustomFields(true);
  const [keepChoice, setKeepChoice] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);

  const loadError = a.error ?? b.error;
  const ready = a.isSuccess && b.isSuccess;
  let body;
  if (loadError) body = <Alert color="red">{loadError.message}</Alert>;
  else if (!ready) body = <Loader aria-label={m.loadingBoth} />;
  else {
    const [left, right] = [a.data, b.data];
    // The one with more visits usually holds the history people know; on a tie, the older record.
    const defaultKeep = right.facts.visits > left.facts.visits ? right.customer.id : left.customer.id;
    const keepId = keepChoice ?? defaultKeep;
    const kept = keepId === left.customer.id ? left.customer : right.customer;
    const other = keepId === left.customer.id ? right.customer : left.customer;
    const rows = mergeRows(left.customer, right.customer, fields.data ?? [], language);
    const winnerOf = (row: MergeRow) => picked[row.key] ?? keepId;

    const merge = async () => {
      setError(null);
      setMerging(true);
      const choices = Object.fromEntries(
        rows
          .filter((row) => row.conflict)
          .map((row) => [row.key, winnerOf(row) === keepId ? ('keep' as const) : ('other' as const)]),
      );
      try {
        const result = await call('customers:merge', { keepId, otherId: other.id, choices });
        rememberMerge(call, client, {
          mergeId: result.mergeId,
          keptId: keepId,
          keptName: fullName(result.customer),
          otherName: fullName(other),
        });
        onClose();
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
        setMerging(false);
      }
    };

    body = (
      <Stack>
        <Radio.Group label={m.keep} description={m.keepHint} value={keepId} onChange={setKeepChoice}>
          <SimpleGrid cols={2} mt="xs">
            {[left, right].map(({ customer, facts }) => (
              <Radio
                key={customer.id}
                value={customer.id}
                label={fullName(customer)}
                description={m.visitsAdded(facts.visits, formatDate(customer.createdAt))}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {rows.map((row) =>
          row.conflict ? (
            <Radio.Group
              key={row.key}
              label={row.label}
              value={winnerOf(row)}
              onChange={(id) => setPicked((current) => ({ ...current, [row.key]: id }))}
            >
              <SimpleGrid cols={2} mt={4}>
                {[left.customer, right.customer].map((customer) => (
                  <Radio key={customer.id} value={customer.id} label={row.shown[customer.id] ?? ''} />
                ))}
              </SimpleGrid>
            </Radio.Group>
          ) : (
            <div key={row.key}>
              <Text size="sm" fw={500}>
                {row.label}
              </Text>
              <SimpleGrid cols={2}>
                <Value text={row.shown[left.customer.id] ?? ''} />
                <Value text={row.shown[right.customer.id] ?? ''} />
              </SimpleGrid>
            </div>
          ),
        )}
        <Text size="sm" c="dimmed">
          {m.everythingStays(fullName(kept))}
        </Text>
        {error && (
          <Alert color="red" title={m.notMerged} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button onClick={() => void merge()} loading={merging}>
            {m.merge}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Modal opened onClose={onClose} title={m.mergeCustomers} size="xl">
      {body}
    </Modal>
  );
}
