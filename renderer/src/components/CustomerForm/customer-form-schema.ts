import { z } from 'zod';
import type { CustomField, CustomFieldValue } from '../../../../shared/domain/custom-field.ts';
import {
  customerInputSchema,
  type Customer,
  type CustomerFields,
  type CustomerInput,
} from '../../../../shared/domain/customer.ts';
import { toConsentInputs } from './consent-choice.ts';
import { rawValueSchema, toRawValue, toStoredValue, type RawCustomValues } from './custom-field-values.ts';

/** The form's values: the contract's customer input, with custom fields as typed rather than stored. */
export type CustomerFormValues = Omit<Required<CustomerInput>, 'customFields'> & {
  customFields: RawCustomValues;
};
export type CustomerFormOutput = Omit<CustomerFields, 'customFields'> & { customFields: RawCustomValues };

/** The contract's schema for the built-in fields, plus a check per custom field by its type. */
export function customerFormSchema(
  fields: readonly CustomField[],
): z.ZodType<CustomerFormOutput, CustomerFormValues> {
  const shape = Object.fromEntries(fields.map((field) => [field.id, rawValueSchema(field)]));
  // The shape is only known at run time, so zod cannot infer the record type it checks.
  const customFields = z.object(shape) as unknown as z.ZodType<RawCustomValues, RawCustomValues>;
  return customerInputSchema.omit({ customFields: true }).extend({ customFields }) as z.ZodType<
    CustomerFormOutput,
    CustomerFormValues
  >;
}

export function toFormValues(customer: Customer | undefined): CustomerFormValues {
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
    preferredChannel: customer?.preferredChannel ?? '',
    customFields: Object.fromEntries(
      Object.entries(customer?.customFields ?? {}).map(([id, value]) => [id, toRawValue(value)]),
    ),
  };
}

/**
 * What is sent to the core: the custom values the user changed, stored by type. Unchanged ones
 * are left out, so a value the owner has since retired (a removed choice) survives an edit of
 * the customer's phone number.
 */
export function toCustomerFields(
  output: CustomerFormOutput,
  fields: readonly CustomField[],
  saved: Readonly<Record<string, CustomFieldValue>> = {},
): CustomerFields {
  const customFields: Record<string, CustomFieldValue> = {};
  for (const field of fields) {
    const value = toStoredValue(field, output.customFields[field.id]);
    if (value !== (saved[field.id] ?? null)) customFields[field.id] = value;
  }
  return { ...output, customFields };
}

/** A choice the owner has since removed still shows (and stays valid) on the customers who have it. */
export function withSavedChoices(
  fields: readonly CustomField[],
  saved: Readonly<Record<string, CustomFieldValue>> = {},
): CustomField[] {
  return fields.map((field) => {
    const value = saved[field.id];
    if (field.type !== 'choice' || typeof value !== 'string' || field.choices.includes(value)) return field;
    return { ...field, choices: [...field.choices, value] };
  });
}
