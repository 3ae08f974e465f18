import { Button, ColorSwatch, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { STAFF_COLORS, staffInputSchema, type StaffInput } from '../../../../shared/domain/staff.ts';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';

const LABELS = { displayName: 'Name', initials: 'Initials', color: 'Colour' } as const;
type Field = keyof typeof LABELS;
type Errors = Partial<Record<Field | 'form', string>>;

function fieldOf(name: string | undefined): Field | undefined {
  const plain = name?.replace(/^fields\./, '');
  return plain && Object.hasOwn(LABELS, plain) ? (plain as Field) : undefined;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const COLOR_OPTIONS = STAFF_COLORS.map((color) => ({ value: color, label: capitalized(color) }));

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
        if (field) found[field] ??= fieldMessage(LABELS[field], issue.message);
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
          ? { [field]: fieldMessage(LABELS[field], withoutFieldPrefix(message, error.field ?? '')) }
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
            label={LABELS.displayName}
            required
            maxLength={60}
            value={values.displayName}
            error={errors.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
          />
          <TextInput
            label={LABELS.initials}
            description="Empty: taken from the name"
            maxLength={3}
            value={values.initials}
            error={errors.initials}
            onChange={(event) => set('initials', event.currentTarget.value)}
          />
          <Select
            label={LABELS.color}
            data={COLOR_OPTIONS}
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
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
