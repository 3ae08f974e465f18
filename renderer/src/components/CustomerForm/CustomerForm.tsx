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
import { useMessages } from '../../i18n/use-messages.ts';
import { chooseConsent, toConsentInputs, useConsentLabels } from './consent-choice.ts';
import { messages } from './CustomerForm.messages.ts';
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

const FIELD_NAMES = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'birthday',
  'address',
  'notes',
  'tags',
  'code',
  'consents',
  'preferredChannel',
  'customFields',
] as const satisfies readonly (keyof CustomerFields)[];
type FieldName = (typeof FIELD_NAMES)[number];

function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
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
  const m = useMessages(messages);
  const LABELS: Record<FieldName, string> = m;
  const consentLabels = useConsentLabels();
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
          <Alert color="red" title={m.notSaved} role="alert">
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
            description={m.birthdayHint}
            placeholder={m.birthdayPlaceholder}
            error={errorOf('birthday')}
            {...register('birthday')}
          />
          <TextInput
            label={LABELS.code}
            description={m.codeHint}
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
              description={m.tagsHint}
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
          <Alert color="yellow">{m.customFieldsNotLoaded(customFields.error.message)}</Alert>
        )}
        <Controller
          control={control}
          name="consents"
          render={({ field }) => (
            <Fieldset legend={m.mayWeContact}>
              <Group>
                {CONSENT_CHANNELS.map((channel) => (
                  <Checkbox
                    key={channel}
                    label={consentLabels[channel]}
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
          description={m.preferredChannelHint}
          data={[
            { value: '', label: m.noPreference },
            ...CONSENT_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_NAMES[channel] })),
          ]}
          error={errorOf('preferredChannel')}
          maw={280}
          {...register('preferredChannel')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {m.saveCustomer}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
