import { Alert, Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Channel, InteractionKind, InteractionUpdate } from '../../../../shared/domain/interaction.ts';
import { AppCallError } from '../../bridge/call.ts';
import { useInteractionKindLabels } from '../../format/interaction-kinds.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import {
  fieldError,
  formFieldOf,
  toInteractionFields,
  type FormErrors,
  type FormField,
  type InteractionFormValues,
} from './interaction-form-values.ts';
import { fieldMessages, messages } from './QuickLog.messages.ts';
import { SatisfactionScale } from './SatisfactionScale.tsx';

/** Keys that only change another key (Shift+Enter): they do not end the swallowed-Enter window. */
const isModifier = (key: string) => key === 'Shift' || key === 'Control' || key === 'Alt' || key === 'Meta';

interface InteractionFormProps {
  /** The form's accessible name: "Log an interaction", "Edit interaction". */
  name: string;
  kinds: readonly InteractionKind[];
  initial: InteractionFormValues;
  /** The instant the initial "When" stands for, sent if it is left as is (undefined: now). */
  initialOccurredAt: number | undefined;
  channelFor: (kind: InteractionKind) => Channel;
  submitLabel: string;
  /** Saves; an AppCallError naming a field is shown next to that field. */
  save: (fields: InteractionUpdate) => Promise<void>;
  onCancel?: () => void;
  /** Puts the cursor in Amount when the form appears. */
  focusAmount?: boolean;
  /**
   * Swallows one Enter pressed before anything was typed: arriving from the spotlight, the
   * user's second Enter means "start logging", not "log a visit without an amount".
   */
  absorbFirstEnter?: boolean;
}

/** Kind, amount, note, when and satisfaction: what logging and editing an interaction share. */
export function InteractionForm({
  name,
  kinds,
  initial,
  initialOccurredAt,
  channelFor,
  submitLabel,
  save,
  onCancel,
  focusAmount = false,
  absorbFirstEnter = false,
}: InteractionFormProps) {
  const KIND_LABELS = useInteractionKindLabels();
  const m = useMessages(messages);
  const FIELD_LABELS = useMessages(fieldMessages);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const absorbEnter = useRef(absorbFirstEnter);

  useEffect(() => {
    if (focusAmount) amountRef.current?.focus();
  }, [focusAmount]);

  const set = <F extends FormField>(field: F, value: InteractionFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, form: _form, ...rest }) => rest);
  };

  const onKeyDownCapture = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!absorbEnter.current) return;
    if (event.key === 'Enter' && values === initial) event.preventDefault();
    if (!isModifier(event.key)) absorbEnter.current = false;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const outcome = toInteractionFields(
      values,
      { text: initial.when, occurredAt: initialOccurredAt },
      channelFor(values.kind),
    );
    if (!outcome.ok) {
      setErrors(outcome.errors);
      if (outcome.errors.amount) amountRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await save(outcome.fields);
    } catch (error) {
      const field = error instanceof AppCallError ? formFieldOf(error.field) : undefined;
      const message = error instanceof Error ? error.message : String(error);
      setErrors(
        field && error instanceof AppCallError
          ? { [field]: fieldError(field, message, error.field) }
          : { form: message },
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-label={name}
      onKeyDownCapture={onKeyDownCapture}
      onSubmit={(event) => void onSubmit(event)}
    >
      <Stack gap="sm">
        {errors.form && (
          <Alert color="red" title={m.notSaved} role="alert">
            {errors.form}
          </Alert>
        )}
        <div style={{ overflowX: 'auto' }}>
          <SegmentedControl
            role="radiogroup"
            aria-label={FIELD_LABELS.kind}
            size="sm"
            data={kinds.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
          />
        </div>
        {errors.kind && (
          <Text size="xs" c="red">
            {errors.kind}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            ref={amountRef}
            label={FIELD_LABELS.amount}
            placeholder={m.amountPlaceholder}
            inputMode="decimal"
            autoComplete="off"
            value={values.amount}
            error={errors.amount}
            onChange={(event) => set('amount', event.currentTarget.value)}
          />
          <TextInput
            label={FIELD_LABELS.note}
            autoComplete="off"
            maxLength={2000}
            value={values.note}
            error={errors.note}
            onChange={(event) => set('note', event.currentTarget.value)}
          />
          <TextInput
            label={FIELD_LABELS.when}
            type="datetime-local"
            value={values.when}
            error={errors.when}
            onChange={(event) => set('when', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group gap="lg" align="flex-start">
          <SatisfactionScale
            label={m.csatScale}
            min={1}
            max={5}
            value={values.csat}
            error={errors.csat}
            onChange={(answer) => set('csat', answer)}
          />
          <SatisfactionScale
            label={m.npsScale}
            min={0}
            max={10}
            value={values.nps}
            error={errors.nps}
            onChange={(answer) => set('nps', answer)}
          />
          <SatisfactionScale
            label={m.cesScale}
            min={1}
            max={7}
            value={values.ces}
            error={errors.ces}
            onChange={(answer) => set('ces', answer)}
          />
        </Group>
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
