import type { InteractionKind } from '../../../shared/domain/interaction.ts';

export const KIND_LABELS: Record<InteractionKind, string> = {
  visit: 'Visit',
  purchase: 'Purchase',
  call: 'Call',
  email: 'Email',
  message: 'Message',
  note: 'Note',
  complaint: 'Complaint',
  feedback: 'Feedback',
  follow_up: 'Follow-up',
};
