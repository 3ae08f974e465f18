import { Button, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import type { Ref } from 'react';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './SignIn.messages.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

interface PinPadProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  disabled?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A PIN field with a number pad beside it: typing (digits or a password) and Enter is the quick
 * way; the pad serves a touch screen. The pad's buttons never submit, the form's Enter does.
 */
export function PinPad({ label, value, onChange, error, disabled, autoFocus, inputRef }: PinPadProps) {
  const m = useMessages(messages);
  const press = (digit: string) => onChange(`${value}${digit}`);
  return (
    <Stack gap="xs">
      <PasswordInput
        ref={inputRef}
        label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        disabled={disabled}
        autoFocus={autoFocus}
        autoComplete="off"
        maxLength={128}
      />
      <SimpleGrid cols={3} spacing={6} maw={220} role="group" aria-label={m.keypad(label)}>
        {KEYS.map((digit) => (
          <Button
            key={digit}
            type="button"
            variant="default"
            disabled={disabled}
            onClick={() => press(digit)}
          >
            {digit}
          </Button>
        ))}
        <Button
          type="button"
          variant="subtle"
          disabled={disabled || value === ''}
          aria-label={m.deleteLastDigit}
          onClick={() => onChange(value.slice(0, -1))}
        >
          ⌫
        </Button>
        <Button type="button" variant="default" disabled={disabled} onClick={() => press('0')}>
          0
        </Button>
        <Button
          type="button"
          variant="subtle"
          disabled={disabled || value === ''}
          aria-label={m.clear}
          onClick={() => onChange('')}
        >
          {m.clearKey}
        </Button>
      </SimpleGrid>
    </Stack>
  );
}
