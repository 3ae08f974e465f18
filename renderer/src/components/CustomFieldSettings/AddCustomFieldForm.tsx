import { Button, Group, NativeSelect, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  CUSTOM_FIELD_TYPES,
  customFieldInputSchema,
  type CustomFieldType,
} from '../../../../shared/domain/custom-field.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomFieldSettings.messages.ts';
import { sentence, serverFieldError, useTypeLabels } from './field-types.ts';

type Errors = Partial<Record<'name' | 'choices', string>>;

function isFieldType(value: string): value is CustomFieldType {
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(value);
}

/** A new custom field: its name, its type and, for a choice, the answers to choose from. */
export function AddCustomFieldForm({ onAdded }: { onAdded: () => void }) {
  const m = useMessages(messages);
  const typeLabels = useTypeLabels();
  const labels = { name: m.fieldName, choices: m.choices };
  const call = useCall();
  const [name, setName] = useState('');
  const [type, setType] = useState<CustomFieldType>('text');
  const [choices, setChoices] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name, type, choices: type === 'choice' ? choices : [] };
    const parsed = customFieldInputSchema.safeParse(input);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'choices' ? 'choices' : 'name';
        found[key] ??= sentence(labels[key], issue.message);
      }
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      const field = await call('customFields:create', parsed.data);
      setName('');
      setType('text');
      setChoices([]);
      setErrors({});
      onAdded();
      notifyDone(m.added(field.name));
    } catch (error) {
      const nameError = serverFieldError(error, 'name', m.name);
      const choicesError = serverFieldError(error, 'choices', m.choices);
      if (nameError || choicesError) {
        setErrors({
          ...(nameError ? { name: nameError } : {}),
          ...(choicesError ? { choices: choicesError } : {}),
        });
      } else notifyFailed(error, m.notAdded);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={m.addForm}>
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={labels.name}
          maxLength={60}
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <NativeSelect
          label={m.fieldType}
          data={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: typeLabels[value] }))}
          value={type}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isFieldType(value)) setType(value);
          }}
        />
        {type === 'choice' && (
          <TagsInput
            label={labels.choices}
            description={m.choicesHint}
            maxTags={50}
            value={choices}
            error={errors.choices}
            onChange={setChoices}
            miw={240}
          />
        )}
        <Button type="submit" mt={25} loading={saving}>
          {m.addField}
        </Button>
      </Group>
    </form>
  );
}
