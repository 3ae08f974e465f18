import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { isDay, PERIOD_PRESETS } from '../../../../shared/domain/calendar-days.ts';
import type { PeriodInput } from '../../../../shared/domain/insights.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages, presetMessages } from './PeriodPicker.messages.ts';

interface PeriodPickerProps {
  value: PeriodInput;
  /** The days the current preset stands for, to start a custom period from. */
  resolved: { from: string; to: string } | undefined;
  onChange: (period: PeriodInput) => void;
}

const CUSTOM = 'custom';

/**
 * This month, the last 30 or 90 days, this year, or custom calendar days (local time). A custom
 * period is only passed on once both days are real and in order; until then the fields say why.
 */
export function PeriodPicker({ value, resolved, onChange }: PeriodPickerProps) {
  const m = useMessages(messages);
  const presetLabels = useMessages(presetMessages);
  const [draft, setDraft] = useState({ from: '', to: '' });
  const mode = 'preset' in value ? value.preset : CUSTOM;
  const custom =
    mode === CUSTOM
      ? {
          from: draft.from || ('from' in value ? value.from : ''),
          to: draft.to || ('to' in value ? value.to : ''),
        }
      : draft;
  const fromError = custom.from !== '' && !isDay(custom.from) ? m.notADate : undefined;
  const toError =
    custom.to !== '' && !isDay(custom.to)
      ? m.notADate
      : custom.from !== '' && custom.to !== '' && custom.to < custom.from
        ? m.endsBeforeStart
        : undefined;

  const editDay = (which: 'from' | 'to', day: string) => {
    const next = { ...custom, [which]: day };
    setDraft(next);
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) onChange(next);
  };

  return (
    <Group align="flex-end" gap="sm" data-no-print>
      <SegmentedControl
        aria-label={m.period}
        value={mode}
        data={[
          ...PERIOD_PRESETS.map((preset) => ({ value: preset, label: presetLabels[preset] })),
          { value: CUSTOM, label: m.custom },
        ]}
        onChange={(next) => {
          if (next !== CUSTOM) return onChange({ preset: next });
          const start = resolved ?? { from: '', to: '' };
          setDraft(start);
          if (resolved) onChange(resolved);
        }}
      />
      {mode === CUSTOM && (
        <>
          <TextInput
            type="date"
            label={m.from}
            value={custom.from}
            error={fromError}
            onChange={(e) => editDay('from', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={m.to}
            value={custom.to}
            error={toError}
            onChange={(e) => editDay('to', e.currentTarget.value)}
          />
        </>
      )}
    </Group>
  );
}
