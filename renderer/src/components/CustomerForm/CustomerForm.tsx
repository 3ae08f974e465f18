import { useConsentChannelNames } from '../../format/consent-channels.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { CONSENT_CHANNELS, type Customer, type CustomerFields } from '../../../../shared/domain/customer.ts';
import { AppCallError } from '../../bridge/call.ts';
import { fieldMessage, firstErrorMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { useCustomFields } from '../../query/useCustomFields.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { WatchedDuplicateWarning } from '../DuplicateWarning/WatchedDuplicateWarning.tsx';
import { CONSENT_LABELS, chooseConsent, toConsentInputs } from './consent-choice.ts';
import { CustomFieldInputs } from './CustomFieldInputs.tsx';
import {
  customerFormSchema,
  toCustomerFields,
  toFormValues,
  withSavedChoices,
  type CustomerFormOutput,
  type CustomerFormValues,
} from './customer-form-schema.ts';
import { warnIfPhoneFlagged } from './phone-hint.ts';

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
  preferredChannel: 'Preferred channel',
  customFields: 'Custom fields',
} as const satisfies Record<keyof CustomerFields, string>;
type FieldName = keyof typeof LABELS;

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(LABELS, name);
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
  const CHANNEL_NAMES = useConsentChannelNames();
  const [savedConsents] = useState(() => toConsentInputs(initial?.consents ?? []));
  const [formError, setFormError] = useState<string | null>(null);
  const customFields = useCustomFields();
  const settings = useShopSettings();
  const fields = useMemo(
    () => withSavedChoices(customFields.data ?? [], initial?.customFields),
    [customFields.data, initial?.customFields],
  );
  const schema = useMemo(() => customerFormSchema(fields), [fields]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CustomerFormValues, unknown, CustomerFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(initial),
  });

  const errorOf = (name: FieldName) => {
    const message = firstErrorMessage(errors[name]);
    return message === undefined ? undefined : fieldMessage(LABELS[name], message);
  };

  /** Puts the core's complaint about one field next to that field; false when it names none we show. */
  const showFieldError = (error: AppCallError): boolean => {
    // An update nests the fields under "fields." in the contract's input.
    const [name = '', fieldId = ''] = (error.field ?? '').replace(/^fields\./, '').split('.');
    const message = { type: 'server', message: withoutFieldPrefix(error.message, error.field ?? '') };
    if (name === 'customFields' && fields.some((field) => field.id === fieldId)) {
      setError(`customFields.${fieldId}`, message, { shouldFocus: true });
      return true;
    }
    if (!isFieldName(name) || name === 'consents' || name === 'customFields') return false;
    setError(name, message, { shouldFocus: true });
    return true;
  };

  const onValid = async (output: CustomerFormOutput) => {
    setFormError(null);
    try {
      const saved = await save(toCustomerFields(output, fields, initial?.customFields));
      warnIfPhoneFlagged(saved, settings.data?.defaultCountry);
      onSaved(saved);
    } catch (error) {
      if (error instanceof AppCallError && showFieldError(error)) return;
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
        <WatchedDuplicateWarning control={control} excludeId={initial?.id} />
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
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <Textarea label={LABELS.notes} autosize minRows={3} error={errorOf('notes')} {...register('notes')} />
        <CustomFieldInputs fields={fields} control={control} register={register} errors={errors} />
        {customFields.isError && (
          <Alert color="yellow">Custom fields could not be loaded: {customFields.error.message}</Alert>
        )}
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
                    checked={field.value.some((consent) => consent.channel === channel && consent.granted)}
                    onChange={(event) =>
                      field.onChange(
                        chooseConsent(field.value, savedConsents, channel, event.currentTarget.checked),
                      )
                    }
                  />
                ))}
              </Group>
            </Fieldset>
          )}
        />
        <NativeSelect
          label={LABELS.preferredChannel}
          description="How they like to be reached; follow-ups use it when consent allows"
          data={[
            { value: '', label: 'No preference' },
            ...CONSENT_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_NAMES[channel] })),
          ]}
          error={errorOf('preferredChannel')}
          maw={280}
          {...register('preferredChannel')}
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
