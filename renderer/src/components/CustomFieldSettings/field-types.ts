import type { CustomFieldType } from '../../../../shared/domain/custom-field.ts';
import { AppCallError } from '../../bridge/call.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';

export const TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  boolean: 'Yes/No',
  choice: 'Choice',
};

/** A schema message as a sentence: "must …" reads after the label, anything else stands alone. */
export function sentence(label: string, message: string): string {
  if (/^(must|is|may)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The core's message about one field ("name", "choices") as a sentence to show under it, or null
 * when the error is about something else.
 */
export function serverFieldError(error: unknown, field: 'name' | 'choices'): string | null {
  if (!(error instanceof AppCallError) || error.field?.split('.')[0] !== field) return null;
  return sentence(field === 'name' ? 'Name' : 'Choices', withoutFieldPrefix(error.message, error.field));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
