import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CustomersPage } from '../../pages/CustomersPage/CustomersPage.tsx';
import { useCustomerProfile } from '../../query/useCustomerProfile.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { useParams } from 'react-router';
import { DeleteCustomerButton } from './DeleteCustomerButton.tsx';

function CustomerStub() {
  const profile = useCustomerProfile(useParams().id ?? '');
  if (!profile.isSuccess) return null;
  return (
    <>
      <h1>{profile.data.customer.firstName}</h1>
      <DeleteCustomerButton customer={profile.data.customer} />
    </>
  );
}

describe('DeleteCustomerButton', () => {
  it('moves the customer to the trash, goes back to the list, and Undo brings them back', async () => {
    const bridge = createTestBridge();
    const ann = bridge.addCustomer({ firstName: 'Ann' });
    bridge.addCustomer({ firstName: 'Bob' });
    const { user } = render(
      <Routes>
        <Route path="/customers" element={<CustomersPage />} />
        <Route path="/customers/:id" element={<CustomerStub />} />
      </Routes>,
      { route: `/customers/${ann.id}`, bridge },
    );

    await screen.findByRole('heading', { level: 1, name: 'Ann' });
    await user.click(screen.getByRole('button', { name: 'Delete customer' }));

    expect(await screen.findByText('Ann moved to the trash.')).toBeInTheDocument();
    expect(await screen.findByText('1 customer')).toBeInTheDocument();
    expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Bob']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ann' })).toBeInTheDocument();
    expect(await screen.findByText('Ann is back.')).toBeInTheDocument();
    expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Ann', 'Bob']);
  });
});
