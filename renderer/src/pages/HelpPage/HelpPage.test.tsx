import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { render } from '../../test/render.tsx';
import { HelpPage } from './HelpPage.tsx';

it('F1 opens the help from anywhere, with the installation it is about', async () => {
  const { user, bridge } = render(
    <AppLayout>
      <AppRoutes />
    </AppLayout>,
    { route: '/customers' },
  );
  await user.keyboard('{F1}');
  expect(await screen.findByRole('heading', { level: 1, name: 'Help' })).toBeInTheDocument();
  for (const name of ['Reminders: who is due back', 'Loyalty: points, tiers and rewards']) {
    expect(screen.getByRole('heading', { name })).toBeInTheDocument();
  }
  const about = await screen.findByRole('table', { name: 'About this installation' });
  const info = await bridge.invoke('app:info', {});
  if (!info.ok) throw new Error(info.error.message);
  expect(within(about).getByText(info.data.databasePath)).toBeInTheDocument();
  expect(within(about).getByText(info.data.version)).toBeInTheDocument();
});

it('the desktop menu’s commands land on the same pages as the shortcuts', async () => {
  const { bridge } = render(
    <AppLayout>
      <AppRoutes />
    </AppLayout>,
    { route: '/customers' },
  );
  expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  act(() => bridge.sendFromShell('app:menu', { command: 'help' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Help' })).toBeInTheDocument();
  act(() => bridge.sendFromShell('app:menu', { command: 'newCustomer' }));
  expect(await screen.findByRole('heading', { level: 1, name: /new customer/i })).toBeInTheDocument();
});

it('the owner can back up now and find the data folder from About', async () => {
  const { user, bridge } = render(<HelpPage />, { route: '/help' });
  await user.click(await screen.findByRole('button', { name: 'Back up now' }));
  expect(
    await screen.findByText('Backing up. Settings › Backups lists the copy when it is done.'),
  ).toBeInTheDocument();
  await waitFor(() => expect(bridge.core.events.map((e) => e.event)).toContain('backups:changed'));

  // The test bridge is the browser mode: no file manager to drive, so it says where to look.
  await user.click(screen.getByRole('button', { name: 'Show in folder' }));
  expect(
    await screen.findByText(
      'This window cannot open folders (the browser mode): the file is at the path above.',
    ),
  ).toBeInTheDocument();
});
