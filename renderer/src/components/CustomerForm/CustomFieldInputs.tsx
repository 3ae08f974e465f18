import { Fieldset, NativeSelect, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { fieldMessage, firstErrorMessage } from '../../format/messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerForm.messages.ts';
import type { CustomerFormValues } from './customer-form-schema.ts';

interface CustomFieldInputsProps {
  fields: readonly CustomField[];
  control: Control<CustomerFormValues, unknown, unknown>;
  register: UseFormRegister<CustomerFormValues>;
  errors: FieldErrors<CustomerFormValues>;
}

/** The owner's own fields (Settings → Custom fields), each with the input its type calls for. */
export function CustomFieldInputs({ fields, control, register, errors }: CustomFieldInputsProps) {
  const m = useMessages(messages);
  if (fields.length === 0) return null;
  const errorOf = (field: CustomField) => {
    const message = firstErrorMessage(errors.customFields?.[field.id]);
    return message === undefined ? undefined : fieldMessage(field.name, message);
  };

  return (
    <Fieldset legend={m.moreAboutThem}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.map((field) => {
          const name = `customFields.${field.id}` as const;
          switch (field.type) {
            case 'boolean':
              return (
                <Controller
                  key={field.id}
                  control={control}
                  name={name}
                  render={({ field: input }) => (
                    <Switch
                      label={field.name}
                      mt="lg"
                      ref={input.ref}
                      checked={input.value === true}
                      onChange={(event) => input.onChange(event.currentTarget.checked)}
                      onBlur={input.onBlur}
                      error={errorOf(field)}
                    />
                  )}
                />
              );
            case 'choice':
              return (
                <NativeSelect
                  key={field.id}
                  label={field.name}
                  data={[{ value: '', label: '—' }, ...field.choices]}
                  error={errorOf(field)}
                  {...register(name)}
                />
              );
            default:
              return (
                <TextInput
                  key={field.id}
                  label={field.name}
                  inputMode={field.type === 'number' ? 'decimal' : undefined}
                  placeholder={field.type === 'date' ? m.datePlaceholder : undefined}
                  maxLength={1000}
                  error={errorOf(field)}
                  {...register(name)}
                />
              );
          }
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
