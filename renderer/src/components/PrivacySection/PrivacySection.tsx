import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import {
  CONSENT_CHANNELS,
  fullName,
  type ConsentChannel,
  type Customer,
} from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { useConsentChannelNames } from '../../format/consent-channels.ts';
import { downloadFile } from '../../format/download.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useCan } from '../../query/useAuth.ts';
import { useStaffById } from '../../query/useStaff.ts';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { EraseCustomerModal } from './EraseCustomerModal.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './PrivacySection.messages.ts';

/**
 * Consent history (every answer, never rewritten) and the customer's privacy rights: a copy of
 * everything held about them, and erasure. Export and erase show only to whoever may do them.
 */
const isConsentChannel = (channel: string): channel is ConsentChannel =>
  (CONSENT_CHANNELS as readonly string[]).includes(channel);

export function PrivacySection({ customer }: { customer: Customer }) {
  const m = useMessages(messages);
  const CHANNEL_NAMES = useConsentChannelNames();
  const call = useCall();
  const headingId = useId();
  const staff = useStaffById();
  const canExport = useCan('customers.export');
  const canErase = useCan('customers.erase');
  const canAudit = useCan('audit.view');
  const [erasing, setErasing] = useState(false);
  // No answer in force means no history either: most customers cost no call here.
  const hasConsent = customer.consents.length > 0;
  const history = useQuery({
    queryKey: queryKeys.consentHistory(customer.id),
    queryFn: () => call('privacy:consentHistory', { customerId: customer.id }),
    enabled: hasConsent,
  });

  const exportData = async () => {
    try {
      downloadFile(await call('privacy:export', { customerId: customer.id }));
      notifyDone(m.exported(fullName(customer)));
    } catch (error) {
      notifyFailed(error, m.nothingExported);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {m.consentAndPrivacy}
        </Title>
        {history.isError && <Text c="red">{history.error.message}</Text>}
        {(!hasConsent || (history.isSuccess && history.data.length === 0)) && (
          <Text size="sm" c="dimmed">
            {m.noConsentYet}
          </Text>
        )}
        {history.isSuccess && history.data.length > 0 && (
          <Table aria-label={m.consentHistory} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.whenColumn}</Table.Th>
                <Table.Th>{m.channelColumn}</Table.Th>
                <Table.Th>{m.answerColumn}</Table.Th>
                <Table.Th>{m.sourceColumn}</Table.Th>
                <Table.Th>{m.recordedByColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((record) => (
                <Table.Tr key={`${record.channel}-${record.recordedAt}`}>
                  <Table.Td>{formatDateTime(record.recordedAt)}</Table.Td>
                  <Table.Td>
                    {isConsentChannel(record.channel) ? CHANNEL_NAMES[record.channel] : record.channel}
                  </Table.Td>
                  <Table.Td>{record.granted ? m.agreed : m.declined}</Table.Td>
                  <Table.Td>{record.source}</Table.Td>
                  <Table.Td>
                    {record.staffId === null ? '—' : (staff.get(record.staffId)?.displayName ?? '—')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {(canExport || canErase || canAudit) && (
          <Group gap="xs">
            {canExport && (
              <Button variant="default" onClick={() => void exportData()}>
                {m.exportTheirData}
              </Button>
            )}
            {canAudit && (
              <Anchor component={Link} to={paths.auditOf(customer.id)} size="sm">
                {m.historyOfChanges}
              </Anchor>
            )}
            {canErase && (
              <Button variant="subtle" color="red" onClick={() => setErasing(true)}>
                {m.eraseForGoodEllipsis}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <EraseCustomerModal customer={customer} opened={erasing} onClose={() => setErasing(false)} />
    </Paper>
  );
}
