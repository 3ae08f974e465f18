import { Button, Group, Text } from '@mantine/core';
import { useId, useRef, type KeyboardEvent } from 'react';

interface SatisfactionScaleProps {
  /** Shown above the buttons and naming the group, e.g. "CSAT (1–5)". */
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

/**
 * One answer on a scale, in one click; clicking the chosen answer again clears it. One tab stop
 * for the whole scale (the chosen answer, else the first); arrow keys move along it.
 */
export function SatisfactionScale({ label, min, max, value, onChange, error }: SatisfactionScaleProps) {
  const labelId = useId();
  const errorId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const answers = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const tabStop = value ?? min;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = buttons.current.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const last = answers.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(current + 1, last)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={error ? errorId : undefined}
      onKeyDown={onKeyDown}
    >
      <Text id={labelId} size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap={4} wrap="nowrap">
        {answers.map((answer, index) => (
          <Button
            key={answer}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            size="compact-sm"
            miw={30}
            px={6}
            variant={answer === value ? 'filled' : 'default'}
            aria-pressed={answer === value}
            tabIndex={answer === tabStop ? 0 : -1}
            onClick={() => onChange(answer === value ? null : answer)}
          >
            {answer}
          </Button>
        ))}
      </Group>
      {error && (
        <Text id={errorId} size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
