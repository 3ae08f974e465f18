import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { formatBirthday } from '../../format/dates.ts';
import { CONSENT_LABELS } from '../CustomerForm/consent-choice.ts';
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
  const consented = customer.consents.filter((consent) => consent.granted);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Detail label="Phone">
          <PhoneDetail customer={customer} />
        </Detail>
        <Detail label="Email">{customer.email}</Detail>
        <Detail label="Birthday">{customer.birthday && formatBirthday(customer.birthday)}</Detail>
        <Detail label="Address">{customer.address}</Detail>
        <Detail label="Customer code">{customer.code}</Detail>
        <Detail label="Consent">
          {consented.map((consent) => CONSENT_LABELS[consent.channel].replace(' consent', '')).join(', ')}
        </Detail>
        <Detail label="Preferred channel">
          {customer.preferredChannel && CONSENT_LABELS[customer.preferredChannel].replace(' consent', '')}
        </Detail>
      </SimpleGrid>
      {customer.tags.length > 0 && (
        <Group gap="xs" role="list" aria-label="Tags">
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
