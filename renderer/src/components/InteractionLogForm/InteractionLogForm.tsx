import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  INTERACTION_KINDS,
  type Interaction,
  type InteractionInput,
} from '../../../../shared/domain/interaction.ts';
import { AppCallError } from '../../bridge/call.ts';
import { toDateTimeLocal } from '../../format/dates.ts';
import { KIND_LABELS } from '../../format/interaction-kinds.ts';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { logFormSchema, toInteractionInput, type LogFormValues } from './log-form-schema.ts';

const LABELS = { kind: 'Kind', amount: 'Amount', when: 'When', note: 'Note' } as const;
const KIND_OPTIONS = INTERACTION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

// The core's field names for what this form calls amount and when.
const FORM_FIELD_OF: Record<string, keyof LogFormValues> = {
  kind: 'kind',
  amountMinor: 'amount',
  occurredAt: 'when',
  note: 'note',
};

const freshValues = (when: string): LogFormValues => ({ kind: 'visit', amount: '', when, note: '' });

interface InteractionLogFormProps {
  customerId: string;
  log: (input: InteractionInput) => Promise<Interaction>;
}

export function InteractionLogForm({ customerId, log }: InteractionLogFormProps) {
  const [defaultWhen, setDefaultWhen] = useState(() => toDateTimeLocal(Date.now()));
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LogFormValues>({
    resolver: zodResolver(logFormSchema),
    defaultValues: freshValues(defaultWhen),
  });

  const errorOf = (name: keyof LogFormValues) => {
    const message = errors[name]?.message;
    return message === undefined ? undefined : fieldMessage(LABELS[name], message);
  };

  const onValid = async (values: LogFormValues) => {
    setFormError(null);
    try {
      await log(toInteractionInput(customerId, values, defaultWhen));
      const now = toDateTimeLocal(Date.now());
      setDefaultWhen(now);
      reset(freshValues(now));
    } catch (error) {
      const name = error instanceof AppCallError && error.field ? FORM_FIELD_OF[error.field] : undefined;
      if (error instanceof AppCallError && error.field && name) {
        setError(
          name,
          { type: 'server', message: withoutFieldPrefix(error.message, error.field) },
          { shouldFocus: true },
        );
      } else {
        setFormError(error instanceof Error ? error.message : String(error));
      }
    }
  };

  return (
    <form noValidate aria-label="Log an interaction" onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Stack>
        {formError && (
          <Alert color="red" title="The interaction was not logged" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <NativeSelect
            label={LABELS.kind}
            data={KIND_OPTIONS}
            error={errorOf('kind')}
            {...register('kind')}
          />
          <TextInput
            label={LABELS.amount}
            placeholder="12.50"
            inputMode="decimal"
            autoComplete="off"
            error={errorOf('amount')}
            {...register('amount')}
          />
          <TextInput
            label={LABELS.when}
            type="datetime-local"
            error={errorOf('when')}
            {...register('when')}
          />
        </Group>
        <Textarea label={LABELS.note} autosize minRows={2} error={errorOf('note')} {...register('note')} />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Log interaction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
