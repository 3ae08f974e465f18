import { secretSchema } from '../../../../shared/domain/auth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './NewPin.messages.ts';

export type NewPinProblems = Partial<Record<'secret' | 'repeat', string>>;

/**
 * What is wrong with a new PIN typed twice, in the reader's words: the core's own rule
 * (secretSchema) checked before sending, so the person sees which box to fix. Empty when fine.
 */
export function useNewPinCheck(): (secret: string, repeat: string) => NewPinProblems {
  const m = useMessages(messages);
  return (secret, repeat) => {
    const checked = secretSchema.safeParse(secret);
    if (!checked.success)
      return { secret: checked.error.issues[0]?.code === 'too_big' ? m.pinTooLong : m.pinNotValid };
    return repeat === secret ? {} : { repeat: m.pinsDiffer };
  };
}
