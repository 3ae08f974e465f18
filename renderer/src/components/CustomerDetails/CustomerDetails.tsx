import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { formatBirthday } from '../../format/dates.ts';
import { CONSENT_LABELS } from '../CustomerForm/consent-choice.ts';

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

export function CustomerDetails({ customer }: { customer: Customer }) {
  const consented = customer.consents.filter((consent) => consent.granted);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Detail label="Phone" value={customer.phone} />
        <Detail label="Email" value={customer.email} />
        <Detail label="Birthday" value={customer.birthday && formatBirthday(customer.birthday)} />
        <Detail label="Address" value={customer.address} />
        <Detail label="Customer code" value={customer.code} />
        <Detail
          label="Consent"
          value={consented
            .map((consent) => CONSENT_LABELS[consent.channel].replace(' consent', ''))
            .join(', ')}
        />
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
      {customer.notes && (
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Notes
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{customer.notes}</Text>
        </div>
      )}
    </Stack>
  );
}
