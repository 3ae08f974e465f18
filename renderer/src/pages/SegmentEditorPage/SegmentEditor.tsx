import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import {
  SEGMENT_CONDITION_KINDS,
  type Segment,
  type SegmentConditionKind,
  type SegmentInput,
} from '../../../../shared/domain/segment.ts';
import { paths } from '../../app/paths.ts';
import { AppCallError } from '../../bridge/call.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed } from '../../components/BulkActions/notify.tsx';
import { CustomerSetList } from '../../components/CustomerSetList/CustomerSetList.tsx';
import { SetActions } from '../../components/CustomerSetList/SetActions.tsx';
import {
  CONDITION_FORMS,
  segmentFormSchema,
  toFilter,
  toValues,
  type SegmentFormValues,
} from '../../components/SegmentEditor/condition-form.ts';
import { ConditionRow } from '../../components/SegmentEditor/ConditionRow.tsx';
import { fieldMessage, withoutFieldPrefix } from '../../format/messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SegmentEditorPage.messages.ts';

interface SegmentEditorProps {
  segment: Segment | undefined;
  fields: readonly CustomField[];
}

/** Why the core could not count (no loyalty program, no fitted model), without its field prefix. */
function countProblem(error: Error): string {
  return error instanceof AppCallError ? withoutFieldPrefix(error.message, error.field ?? '') : error.message;
}

/** Name, "all" or "any", the conditions; a live count while editing and the customers it matches. */
export function SegmentEditor({ segment, fields }: SegmentEditorProps) {
  const m = useMessages(messages);
  const call = useCall();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const schema = useMemo(() => segmentFormSchema(fields), [fields]);
  const { register, control, handleSubmit, setError, setValue, formState } = useForm<
    SegmentFormValues,
    unknown,
    SegmentInput
  >({
    resolver: zodResolver(schema),
    defaultValues: {
      name: segment?.name ?? '',
      match: segment?.filter.match ?? 'all',
      conditions: segment?.filter.conditions.map(toValues) ?? [CONDITION_FORMS.lastVisit.empty()],
    },
  });
  const conditions = useFieldArray({ control, name: 'conditions' });
  const values = useWatch({ control }) as SegmentFormValues;
  const { filter } = toFilter({ match: values.match, conditions: values.conditions }, fields);
  const [settled] = useDebouncedValue(filter, 250);
  const tierDistribution = useQuery({
    queryKey: queryKeys.insightsTiers,
    queryFn: () => call('insights:tiers', {}),
  });
  const tiers =
    tierDistribution.data?.status === 'tiers' ? tierDistribution.data.tiers.map((tier) => tier.name) : null;
  const count = useQuery({
    queryKey: queryKeys.segmentCount(settled ?? {}),
    queryFn: () => call('segments:count', { filter: settled ?? { match: 'all', conditions: [] } }),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
  });

  const showError = (error: unknown) => {
    if (error instanceof AppCallError && error.field === 'name') {
      const message = withoutFieldPrefix(error.message, 'name');
      // The core's reason is a sentence of its own, not a fragment to follow the label.
      setError(
        'name',
        { type: 'server', message: message.charAt(0).toUpperCase() + message.slice(1) },
        { shouldFocus: true },
      );
      return;
    }
    // The core names the condition's own key; the row shows percent and tier in its value input.
    const row = /^filter\.conditions\.(\d+)\.(value|fieldId|percent|tier)$/.exec(
      error instanceof AppCallError ? (error.field ?? '') : '',
    );
    if (error instanceof AppCallError && row) {
      const [, index = '0', key = 'value'] = row;
      setError(`conditions.${Number(index)}.${key === 'fieldId' ? 'fieldId' : 'value'}`, {
        message: withoutFieldPrefix(error.message, error.field ?? ''),
      });
      return;
    }
    setFormError(error instanceof Error ? error.message : String(error));
  };

  const save = async (input: SegmentInput) => {
    setFormError(null);
    try {
      const saved = segment
        ? await call('segments:update', { ...input, id: segment.id })
        : await call('segments:create', input);
      notifyDone(m.segmentSaved(saved.name));
      if (!segment) void navigate(paths.segment(saved.id), { replace: true });
    } catch (error) {
      showError(error);
    }
  };

  const remove = async () => {
    if (!segment) return;
    try {
      await call('segments:delete', { id: segment.id });
      notifyDone(m.segmentDeleted(segment.name));
      void navigate(paths.segments);
    } catch (error) {
      notifyFailed(error, m.segmentNotDeleted);
    }
  };

  const nameProblem = formState.errors.name;
  // The schema's rules are worded here; the core's reason is shown as it comes.
  const nameError =
    nameProblem?.message === undefined
      ? undefined
      : nameProblem.type === 'server'
        ? nameProblem.message
        : nameProblem.type === 'too_small'
          ? m.nameRequired
          : nameProblem.type === 'too_big'
            ? m.nameTooLong
            : fieldMessage(m.name, nameProblem.message);

  return (
    <Stack>
      <form noValidate onSubmit={(event) => void handleSubmit(save)(event)} data-no-print>
        <Stack>
          {formError && (
            <Alert color="red" role="alert" title={m.segmentNotSaved}>
              {formError}
            </Alert>
          )}
          <TextInput label={m.name} maxLength={60} w={360} error={nameError} {...register('name')} />
          <Group gap="sm">
            <Text size="sm">{m.customersWhoMatch}</Text>
            <SegmentedControl
              aria-label={m.match}
              value={values.match}
              onChange={(match) => setValue('match', match === 'any' ? 'any' : 'all', { shouldDirty: true })}
              data={[
                { value: 'all', label: m.allConditions },
                { value: 'any', label: m.anyCondition },
              ]}
            />
          </Group>
          {conditions.fields.map((item, index) => (
            <ConditionRow
              key={item.id}
              index={index}
              values={values.conditions[index] ?? item}
              fields={fields}
              tiers={tiers}
              register={register}
              errors={formState.errors}
              onRemove={() => conditions.remove(index)}
            />
          ))}
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={m.addCondition}
              value=""
              data={[
                { value: '', label: m.choose },
                ...SEGMENT_CONDITION_KINDS.map((kind) => ({
                  value: kind,
                  label: CONDITION_FORMS[kind].label,
                })),
              ]}
              onChange={(event) => {
                const kind = event.currentTarget.value as SegmentConditionKind | '';
                if (kind) conditions.append(CONDITION_FORMS[kind].empty());
              }}
            />
            <Text role="status" aria-live="polite" fw={600}>
              {filter === null
                ? m.fixConditions
                : count.error
                  ? m.cannotCount(countProblem(count.error))
                  : count.data
                    ? m.customersMatch(count.data.count)
                    : m.counting}
            </Text>
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={formState.isSubmitting}>
              {m.saveSegment}
            </Button>
            {segment && (
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                {m.deleteSegment}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <Modal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={m.confirmDelete(segment?.name ?? '')}
      >
        <Stack>
          <Text size="sm">{m.onlyFilterGoes}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(false)}>
              {m.cancel}
            </Button>
            <Button color="red" onClick={() => void remove()}>
              {m.delete}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {settled && (
        <Paper withBorder p="sm">
          <Stack>
            <Group justify="space-between">
              <Title order={2}>{m.customersInSegment}</Title>
              <SetActions
                set={{ kind: 'filter', filter: settled }}
                count={count.data?.count ?? 0}
                title={segment?.name ?? m.customersInSegment}
              />
            </Group>
            <CustomerSetList set={{ kind: 'filter', filter: settled }} label={m.customersInSegment} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
