import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fullName, type Customer } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useCan } from '../../query/useAuth.ts';
import { notifyFailed, offerUndo } from './notify.tsx';

/** The customer page's "Delete customer": to the trash with their history, with an undo that brings them back. */
export function DeleteCustomerButton({ customer }: { customer: Customer }) {
  const call = useCall();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const allowed = useCan('customers.delete');
  const name = fullName(customer);

  const remove = async () => {
    setBusy(true);
    try {
      await call('customers:delete', { ids: [customer.id] });
    } catch (error) {
      notifyFailed(error, `${name} was not deleted`);
      setBusy(false);
      return;
    }
    void navigate(paths.customers);
    offerUndo({
      message: `${name} moved to the trash.`,
      undo: async () => {
        await call('customers:restore', { ids: [customer.id] });
        void navigate(paths.customer(customer.id));
        return `${name} is back.`;
      },
    });
  };

  if (!allowed) return null;
  return (
    // At the end of the page, on its own: out of the way of the buttons used all day.
    <Button
      variant="default"
      color="red"
      loading={busy}
      onClick={() => void remove()}
      style={{ alignSelf: 'flex-start' }}
    >
      Delete customer
    </Button>
  );
}
