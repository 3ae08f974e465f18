import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fullName, type Customer } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone } from '../BulkActions/notify.tsx';

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
  const call = useCall();
  const navigate = useNavigate();
  const name = fullName(customer);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typed.trim() !== name) {
      setError(`Type ${name} exactly to confirm`);
      return;
    }
    setBusy(true);
    try {
      await call('privacy:erase', { customerId: customer.id });
      onClose();
      void navigate(paths.customers);
      notifyDone(`${name} was erased, with their history.`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Erase ${name} for good`}>
      <form noValidate aria-label="Erase customer" onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Text size="sm">
            Everything Regulars holds about {name} goes now, with no undo: details, history, consent, anyone
            merged into them, and the values the audit trail kept. The trail keeps only that a customer was
            erased, by whom and when.
          </Text>
          <TextInput
            label="Type their name to confirm"
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
              Erase for good
            </Button>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
