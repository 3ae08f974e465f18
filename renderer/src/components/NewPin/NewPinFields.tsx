import { PasswordInput } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import type { NewPinProblems } from './useNewPinCheck.ts';
import { messages } from './NewPin.messages.ts';

interface NewPinFieldsProps {
  secret: string;
  repeat: string;
  onSecretChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  errors: NewPinProblems;
  autoFocus?: boolean;
}

/** A new PIN and the same again, typed hidden: changing one's own PIN, or the owner setting one. */
export function NewPinFields({
  secret,
  repeat,
  onSecretChange,
  onRepeatChange,
  errors,
  autoFocus = false,
}: NewPinFieldsProps) {
  const m = useMessages(messages);
  return (
    <>
      <PasswordInput
        label={m.newPin}
        value={secret}
        error={errors.secret}
        onChange={(event) => onSecretChange(event.currentTarget.value)}
        autoFocus={autoFocus}
      />
      <PasswordInput
        label={m.newPinAgain}
        value={repeat}
        error={errors.repeat}
        onChange={(event) => onRepeatChange(event.currentTarget.value)}
      />
    </>
  );
}
