import { Input, Progress, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { ImportKind } from '../../../../shared/domain/import-targets.ts';

const KINDS: { value: ImportKind; label: string; description: string; accept: string }[] = [
  {
    value: 'customers',
    label: 'Customers (CSV)',
    description: 'A contact list from a spreadsheet, Google, Outlook, Square or Shopify.',
    accept: '.csv,.txt,.tsv,text/csv',
  },
  {
    value: 'interactions',
    label: 'Purchases and visits (CSV)',
    description: 'History from a till: customer, date, kind, amount, note, receipt number.',
    accept: '.csv,.txt,.tsv,text/csv',
  },
  {
    value: 'vcard',
    label: 'Contacts (vCard)',
    description: 'A .vcf file from a phone or an address book.',
    accept: '.vcf,.vcard,text/vcard',
  },
];

interface FileStepProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onFile: (file: File) => void;
  /** Bytes sent so far while the file goes to the core, or null. */
  sending: { sent: number; size: number } | null;
  error: string | null;
}

/** Step 1: what kind of file, and which one. */
export function FileStep({ kind, onKindChange, onFile, sending, error }: FileStepProps) {
  const inputId = useId();
  const accept = KINDS.find((option) => option.value === kind)?.accept;
  return (
    <Stack>
      <Radio.Group label="What is in the file?" value={kind} onChange={onKindChange}>
        <Stack gap="xs" mt="xs">
          {KINDS.map((option) => (
            <Radio
              key={option.value}
              value={option.value}
              label={option.label}
              description={option.description}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Input.Wrapper
        label="File"
        description="Read here on this computer; only what you import is saved."
        error={error}
        id={inputId}
      >
        <input
          id={inputId}
          type="file"
          accept={accept}
          disabled={sending !== null}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            event.currentTarget.value = '';
          }}
        />
      </Input.Wrapper>
      {sending && (
        <Stack gap={4}>
          <Text size="sm" role="status">
            Reading the file…
          </Text>
          <Progress
            value={sending.size === 0 ? 100 : (sending.sent / sending.size) * 100}
            aria-label="Reading the file"
          />
        </Stack>
      )}
    </Stack>
  );
}
