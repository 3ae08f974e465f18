import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { formatBirthday } from '../../format/dates.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useChannelShortNames } from '../CustomerForm/consent-choice.ts';
import { messages } from './CustomerDetails.messages.ts';
import { PhoneDetail } from './PhoneDetail.tsx';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {typeof children === 'string' ? <Text>{children || '—'}</Text> : children}
    </div>
  );
}

/** Contact details and tags: how to reach the customer and what they are known for. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  const m = useMessages(messages);
  const channelNames = useChannelShortNames();
  const consented = customer.consents.filter((consent) => consent.granted);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Detail label={m.phone}>
          <PhoneDetail customer={customer} />
        </Detail>
        <Detail label={m.email}>{customer.email}</Detail>
        <Detail label={m.birthday}>{customer.birthday && formatBirthday(customer.birthday)}</Detail>
        <Detail label={m.address}>{customer.address}</Detail>
        <Detail label={m.customerCode}>{customer.code}</Detail>
        <Detail label={m.consent}>
          {consented.map((consent) => channelNames[consent.channel]).join(', ')}
        </Detail>
        <Detail label={m.preferredChannel}>
          {customer.preferredChannel && channelNames[customer.preferredChannel]}
        </Detail>
      </SimpleGrid>
      {customer.tags.length > 0 && (
        <Group gap="xs" role="list" aria-label={m.tags}>
          {customer.tags.map((tag) => (
            <Badge key={tag} variant="outline" role="listitem">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
