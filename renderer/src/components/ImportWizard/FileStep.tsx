import { Input, Progress, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { ImportKind } from '../../../../shared/domain/import-targets.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ImportWizard.messages.ts';

const KINDS = [
  { value: 'customers', name: 'kindCustomers', hint: 'kindCustomersHint', accept: '.csv,.txt,.tsv,text/csv' },
  {
    value: 'interactions',
    name: 'kindInteractions',
    hint: 'kindInteractionsHint',
    accept: '.csv,.txt,.tsv,text/csv',
  },
  { value: 'vcard', name: 'kindVcard', hint: 'kindVcardHint', accept: '.vcf,.vcard,text/vcard' },
] as const satisfies readonly {
  value: ImportKind;
  name: keyof typeof messages;
  hint: keyof typeof messages;
  accept: string;
}[];

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
  const m = useMessages(messages);
  const inputId = useId();
  const accept = KINDS.find((option) => option.value === kind)?.accept;
  return (
    <Stack>
      <Radio.Group label={m.whatIsInFile} value={kind} onChange={onKindChange}>
        <Stack gap="xs" mt="xs">
          {KINDS.map((option) => (
            <Radio
              key={option.value}
              value={option.value}
              label={m[option.name]}
              description={m[option.hint]}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Input.Wrapper label={m.file} description={m.fileHint} error={error} id={inputId}>
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
            {m.readingFile}
          </Text>
          <Progress
            value={sending.size === 0 ? 100 : (sending.sent / sending.size) * 100}
            aria-label={m.readingFileLabel}
          />
        </Stack>
      )}
    </Stack>
  );
}
