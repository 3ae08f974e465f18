import { useWatch, type Control } from 'react-hook-form';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { useDuplicateCheck } from './useDuplicateCheck.ts';

interface ContactFields {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

/**
 * Watches the name and contact inputs of a form on its own, so each keystroke re-renders only
 * this warning and not the whole form around it.
 */
export function WatchedDuplicateWarning<T extends ContactFields>({
  control,
  excludeId,
}: {
  control: Control<T, unknown, unknown>;
  excludeId: string | undefined;
}) {
  const contact = control as unknown as Control<ContactFields, unknown, unknown>;
  const [firstName = '', lastName = '', phone = '', email = ''] = useWatch({
    control: contact,
    name: ['firstName', 'lastName', 'phone', 'email'],
  });
  const candidates = useDuplicateCheck({ firstName, lastName, phone, email }, excludeId);
  return <DuplicateWarning candidates={candidates} />;
}
