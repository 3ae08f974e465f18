import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fullName, type Customer } from '../../../../shared/domain/customer.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useCan } from '../../query/useAuth.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './BulkActions.messages.ts';
import { notifyFailed, offerUndo } from './notify.tsx';

/** The customer page's "Delete customer": to the trash with their history, with an undo that brings them back. */
export function DeleteCustomerButton({ customer }: { customer: Customer }) {
  const m = useMessages(messages);
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
      notifyFailed(error, m.notDeleted(name));
      setBusy(false);
      return;
    }
    void navigate(paths.customers);
    offerUndo({
      message: m.movedToTrash(name),
      undo: async () => {
        await call('customers:restore', { ids: [customer.id] });
        void navigate(paths.customer(customer.id));
        return m.isBack(name);
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
      {m.deleteCustomer}
    </Button>
  );
}
