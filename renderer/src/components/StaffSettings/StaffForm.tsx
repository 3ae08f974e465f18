import { Button, ColorSwatch, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { STAFF_COLORS, staffInputSchema, type StaffInput } from '../../../../shared/domain/staff.ts';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { colourNames, messages } from './StaffSettings.messages.ts';

const FIELDS = ['displayName', 'initials', 'color'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field | 'form', string>>;

function fieldOf(name: string | undefined): Field | undefined {
  const plain = name?.replace(/^fields\./, '');
  return FIELDS.find((field) => field === plain);
}

/** What the schema refused, worded from the rule it broke. */
function problemText(
  m: MessagesIn<typeof messages>,
  field: Field,
  issue: { code: string; message: string },
  label: string,
): string {
  if (field === 'displayName') return issue.code === 'too_big' ? m.nameTooLong : m.nameRequired;
  if (field === 'initials') return issue.code === 'too_big' ? m.initialsTooLong : m.initialsLettersOnly;
  return fieldMessage(label, issue.message);
}

export interface StaffFormValues {
  displayName: string;
  initials: string;
  color: (typeof STAFF_COLORS)[number];
}

interface StaffFormProps {
  /** The form's accessible name. */
  name: string;
  initial: StaffFormValues;
  submitLabel: string;
  save: (fields: StaffFormValues) => Promise<void>;
  /** Clears the form after a save (adding one after another). */
  resetAfterSave?: boolean;
  onCancel?: () => void;
}

/** Name, initials and colour, checked with the contract's schema before anything is sent. */
export function StaffForm({ name, initial, submitLabel, save, resetAfterSave, onCancel }: StaffFormProps) {
  const m = useMessages(messages);
  const colourName = useMessages(colourNames);
  const labels: Record<Field, string> = { displayName: m.name, initials: m.initials, color: m.colour };
  const colourOptions = STAFF_COLORS.map((color) => ({ value: color, label: colourName[color] }));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const set = <F extends Field>(field: F, value: StaffFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined, form: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const checked = staffInputSchema.safeParse({ ...values, active: true } satisfies StaffInput);
    if (!checked.success) {
      const found: Errors = {};
      for (const issue of checked.error.issues) {
        const field = fieldOf(String(issue.path[0]));
        if (field) found[field] ??= problemText(m, field, issue, labels[field]);
        else found.form ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      await save(values);
      if (resetAfterSave) setValues(initial);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof AppCallError ? fieldOf(error.field) : undefined;
      setErrors(
        field && error instanceof AppCallError
          ? { [field]: fieldMessage(labels[field], withoutFieldPrefix(message, error.field ?? '')) }
          : { form: message },
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate aria-label={name} onSubmit={(event) => void onSubmit(event)}>
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <TextInput
            label={labels.displayName}
            required
            maxLength={60}
            value={values.displayName}
            error={errors.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
          />
          <TextInput
            label={labels.initials}
            description={m.initialsHint}
            maxLength={3}
            value={values.initials}
            error={errors.initials}
            onChange={(event) => set('initials', event.currentTarget.value)}
          />
          <Select
            label={labels.color}
            data={colourOptions}
            value={values.color}
            allowDeselect={false}
            error={errors.color}
            onChange={(color) => {
              const picked = STAFF_COLORS.find((known) => known === color);
              if (picked) set('color', picked);
            }}
            leftSection={<ColorSwatch size={16} color={`var(--mantine-color-${values.color}-filled)`} />}
            renderOption={({ option }) => (
              <Group gap="xs">
                <ColorSwatch size={14} color={`var(--mantine-color-${option.value}-filled)`} />
                {option.label}
              </Group>
            )}
          />
        </Group>
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {m.cancel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
