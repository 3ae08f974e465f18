import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fullName, type Customer } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone } from '../BulkActions/notify.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './PrivacySection.messages.ts';

interface EraseCustomerModalProps {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}

/**
 * Erasure cannot be undone, so the name is typed back before it happens, and the dialog says what
 * stays: only an entry in the audit trail that a customer was erased, by whom and when.
 */
export function EraseCustomerModal({ customer, opened, onClose }: EraseCustomerModalProps) {
  const m = useMessages(messages);
  const call = useCall();
  const navigate = useNavigate();
  const name = fullName(customer);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typed.trim() !== name) {
      setError(m.typeExactly(name));
      return;
    }
    setBusy(true);
    try {
      await call('privacy:erase', { customerId: customer.id });
      onClose();
      void navigate(paths.customers);
      notifyDone(m.erased(name));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={m.eraseTitle(name)}>
      <form noValidate aria-label={m.eraseCustomer} onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Text size="sm">{m.whatGoes(name)}</Text>
          <TextInput
            label={m.typeNameToConfirm}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoFocus
          />
          <Group>
            <Button type="submit" color="red" loading={busy}>
              {m.eraseForGood}
            </Button>
            <Button variant="default" onClick={onClose}>
              {m.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
