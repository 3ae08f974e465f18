import type { InteractionKind } from '../../../shared/domain/interaction.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { interactionKindMessages } from './interaction-kinds.messages.ts';

/** Each interaction kind's name in the reader's language: `kindLabels[interaction.kind]`. */
export function useInteractionKindLabels(): Record<InteractionKind, string> {
  return useMessages(interactionKindMessages);
}
