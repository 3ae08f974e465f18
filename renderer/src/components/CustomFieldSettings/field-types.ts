import type { CustomFieldType } from '../../../../shared/domain/custom-field.ts';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, translateMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { typeMessages } from './CustomFieldSettings.messages.ts';

/** Each field type's name in the reader's language. */
export function useTypeLabels(): Record<CustomFieldType, string> {
  return useMessages(typeMessages);
}

/** A schema message as a sentence: "must …" reads after the label, anything else stands alone. */
export function sentence(label: string, message: string): string {
  if (/^(must|is|may)\b/.test(message)) return fieldMessage(label, message);
  const text = translateMessage(message);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The core's message about one field ("name", "choices") as a sentence to show under it, or null
 * when the error is about something else. `label` names the field on screen.
 */
export function serverFieldError(error: unknown, field: 'name' | 'choices', label: string): string | null {
  if (!(error instanceof AppCallError) || error.field?.split('.')[0] !== field) return null;
  return sentence(label, withoutFieldPrefix(error.message, error.field));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
