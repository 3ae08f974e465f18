import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFastPins } from '../../../main/core/test-support/fast-pins.ts';
import { createTestBridge, render } from '../test/render.tsx';
import { shopWithPins, signInAs } from '../test/trust-setup.ts';
import { AppLayout } from './AppLayout/AppLayout.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { SessionGate } from './SessionGate/SessionGate.tsx';

// The UI hides what the signed-in role may not do. A courtesy only: the core refuses it anyway
// (main/web/staff-forbidden.test.ts tries every path).

withFastPins();

const app = (
  <SessionGate>
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  </SessionGate>
);

async function shop(as: 'owner' | 'staff') {
  const bridge = createTestBridge({ signedIn: false });
  const { samId } = await shopWithPins(bridge);
  const ann = bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Archer',
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  });
  if (as === 'staff') await signInAs(bridge, samId, '1357');
  return { bridge, ann };
}

const nav = () => within(screen.getByRole('navigation', { name: 'Main' }));

describe('what staff see', () => {
  it('no trash, duplicates, audit or settings in the navigation; the owner sees them all', async () => {
    const staff = await shop('staff');
    const first = render(app, { bridge: staff.bridge });
    await screen.findByRole('button', { name: 'Signed in: Sam Okafor' });
    await waitFor(() => expect(nav().queryByRole('link', { name: 'Trash' })).not.toBeInTheDocument());
    expect(
      nav()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Today', 'Customers', 'Help']);
    first.unmount();

    const owner = await shop('owner');
    render(app, { bridge: owner.bridge });
    await screen.findByRole('button', { name: 'Signed in: Olive Owner' });
    expect(
      nav()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Today',
      'Customers',
      'Insights',
      'Segments',
      'Duplicates',
      'Trash',
      'Import',
      'Export',
      'Audit',
      'Settings',
      'Help',
    ]);
  });

  it('on a customer: logging and editing yes; delete, export and erase no; consent history yes', async () => {
    const { bridge, ann } = await shop('staff');
    render(app, { route: `/customers/${ann.id}`, bridge });
    await screen.findByRole('heading', { level: 1, name: 'Ann Archer' });
    const privacy = await screen.findByRole('region', { name: 'Consent and privacy' });
    expect(await within(privacy).findByRole('table', { name: 'Consent history' })).toHaveTextContent(
      /E-mail.*Agreed.*counter form/,
    );
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Delete customer' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: 'Export their data (JSON)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase for good…' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Log an interaction' })).toBeInTheDocument();
  });

  it('in the list: tagging but not deleting what is selected', async () => {
    const { bridge, ann } = await shop('staff');
    const { user } = render(app, { route: '/customers', bridge });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ann Archer' }));
    const bar = await screen.findByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByRole('button', { name: 'Add tag' })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    void ann;
  });
});
