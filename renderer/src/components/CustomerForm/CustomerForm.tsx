import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  CONSENT_CHANNELS,
  customerInputSchema,
  type Customer,
  type CustomerFields,
  type CustomerInput,
} from '../../../../shared/domain/customer.ts';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, firstErrorMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { CONSENT_LABELS, chooseConsent, toConsentInputs } from './consent-choice.ts';

const LABELS = {
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone',
  email: 'Email',
  birthday: 'Birthday',
  address: 'Address',
  notes: 'Notes',
  tags: 'Tags',
  code: 'Customer code',
  consents: 'Consent',
  customFields: 'Custom fields',
} as const satisfies Record<keyof CustomerFields, string>;
type FieldName = keyof typeof LABELS;

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(LABELS, name);
}

function toFormValues(customer: Customer | undefined): Required<CustomerInput> {
  return {
    firstName: customer?.firstName ?? '',
    lastName: customer?.lastName ?? '',
    phone: customer?.phone ?? '',
    email: customer?.email ?? '',
    birthday: customer?.birthday ?? '',
    address: customer?.address ?? '',
    notes: customer?.notes ?? '',
    tags: customer?.tags ?? [],
    code: customer?.code ?? '',
    consents: toConsentInputs(customer?.consents ?? []),
    customFields: customer?.customFields ?? {},
  };
}

interface CustomerFormProps {
  /** The customer being edited; absent when creating one. */
  initial?: Customer;
  save: (fields: CustomerFields) => Promise<Customer>;
  onSaved: (customer: Customer) => void;
  onCancel: () => void;
}

/** The same zod schema checks this form, the IPC call and the core, so what passes here passes there. */
export function CustomerForm({ initial, save, onSaved, onCancel }: CustomerFormProps) {
  const [savedConsents] = useState(() => toConsentInputs(initial?.consents ?? []));
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CustomerInput, unknown, CustomerFields>({
    resolver: zodResolver(customerInputSchema),
    defaultValues: toFormValues(initial),
  });

  const errorOf = (name: FieldName) => {
    const message = firstErrorMessage(errors[name]);
    return message === undefined ? undefined : fieldMessage(LABELS[name], message);
  };

  const onValid = async (fields: CustomerFields) => {
    setFormError(null);
    try {
      onSaved(await save(fields));
    } catch (error) {
      if (error instanceof AppCallError && error.field) {
        // An update nests the fields under "fields." in the contract's input.
        const name = error.field.replace(/^fields\./, '').split('.')[0] ?? '';
        if (isFieldName(name) && name !== 'consents') {
          setError(
            name,
            { type: 'server', message: withoutFieldPrefix(error.message, error.field) },
            { shouldFocus: true },
          );
          return;
        }
      }
      setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Stack>
        {formError && (
          <Alert color="red" title="The customer was not saved" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={LABELS.firstName}
            required
            error={errorOf('firstName')}
            {...register('firstName')}
          />
          <TextInput label={LABELS.lastName} error={errorOf('lastName')} {...register('lastName')} />
          <TextInput label={LABELS.phone} type="tel" error={errorOf('phone')} {...register('phone')} />
          <TextInput label={LABELS.email} type="email" error={errorOf('email')} {...register('email')} />
          <TextInput
            label={LABELS.birthday}
            description="YYYY-MM-DD, or --MM-DD if the year is unknown"
            placeholder="1990-05-17"
            error={errorOf('birthday')}
            {...register('birthday')}
          />
          <TextInput
            label={LABELS.code}
            description="A loyalty card number or your own reference"
            error={errorOf('code')}
            {...register('code')}
          />
        </SimpleGrid>
        <TextInput label={LABELS.address} error={errorOf('address')} {...register('address')} />
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TagsInput
              label={LABELS.tags}
              description="Press Enter or type a comma after each tag"
              error={errorOf('tags')}
              ref={field.ref}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <Textarea label={LABELS.notes} autosize minRows={3} error={errorOf('notes')} {...register('notes')} />
        <Controller
          control={control}
          name="consents"
          render={({ field }) => (
            <Fieldset legend="May we contact them?">
              <Group>
                {CONSENT_CHANNELS.map((channel) => (
                  <Checkbox
                    key={channel}
                    label={CONSENT_LABELS[channel]}
                    checked={(field.value ?? []).some(
                      (consent) => consent.channel === channel && consent.granted,
                    )}
                    onChange={(event) =>
                      field.onChange(
                        chooseConsent(field.value ?? [], savedConsents, channel, event.currentTarget.checked),
                      )
                    }
                  />
                ))}
              </Group>
            </Fieldset>
          )}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save customer
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
