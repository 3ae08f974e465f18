import { SimpleGrid, Text } from '@mantine/core';
import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import type { Customer } from '../../../../shared/domain/customer.ts';
import { pickLanguage } from '../../i18n/define-messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { currentLanguage, useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { messages } from './CustomFieldsSection.messages.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatCustomValue(
  field: CustomField,
  value: CustomFieldValue | undefined,
  language: Language = currentLanguage(),
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') {
    const m = pickLanguage(messages, language);
    return value ? m.yes : m.no;
  }
  if (typeof value === 'number') return value.toLocaleString();
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    return dayFormat.format(Date.UTC(year, month - 1, day));
  }
  return value;
}

/** The owner's custom fields on the customer page, read-only; "Edit" changes them. */
export function CustomFieldsSection({ customer }: { customer: Customer }) {
  const { language } = useLanguage();
  const m = pickLanguage(messages, language);
  const fields = useCustomFields();
  if (!fields.isSuccess || fields.data.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="section" aria-label={m.customFields}>
      {fields.data.map((field) => (
        <div key={field.id}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {field.name}
          </Text>
          <Text>{formatCustomValue(field, customer.customFields[field.id], language)}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
