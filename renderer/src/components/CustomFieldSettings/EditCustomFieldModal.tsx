import { Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomFieldSettings.messages.ts';
import { messageOf, serverFieldError } from './field-types.ts';

interface EditCustomFieldModalProps {
  field: CustomField;
  onClose: () => void;
  onSaved: () => void;
}

/** Renames a field and, for a choice field, changes its choices. Values already stored stay. */
export function EditCustomFieldModal({ field, onClose, onSaved }: EditCustomFieldModalProps) {
  const m = useMessages(messages);
  const call = useCall();
  const [name, setName] = useState(field.name);
  const [choices, setChoices] = useState(field.choices);
  const [errors, setErrors] = useState<{ name?: string; choices?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setErrors({ name: m.nameRequired });
    if (field.type === 'choice' && choices.length === 0) return setErrors({ choices: m.choiceNeeded });
    setSaving(true);
    try {
      await call('customFields:update', {
        id: field.id,
        name: name.trim(),
        ...(field.type === 'choice' ? { choices } : {}),
      });
      onSaved();
      onClose();
    } catch (error) {
      const nameError = serverFieldError(error, 'name', m.name);
      const choicesError = serverFieldError(error, 'choices', m.choices);
      setErrors({
        ...(nameError ? { name: nameError } : {}),
        ...(choicesError ? { choices: choicesError } : {}),
        ...(nameError || choicesError ? {} : { form: messageOf(error) }),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={m.editTitle(field.name)}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={m.name}
            data-autofocus
            maxLength={60}
            value={name}
            error={errors.name ?? errors.form}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          {field.type === 'choice' && (
            <TagsInput
              label={m.choices}
              description={m.removingChoiceHint}
              maxTags={50}
              value={choices}
              error={errors.choices}
              onChange={setChoices}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {m.saveField}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
