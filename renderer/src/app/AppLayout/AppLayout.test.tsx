import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../../test/render.tsx';
import { AppRoutes } from '../AppRoutes.tsx';
import { AppLayout } from './AppLayout.tsx';

describe('AppLayout', () => {
  it('moves between Today, Customers, Settings and Help from the navigation', async () => {
    const { user, bridge } = render(
      <AppLayout>
        <AppRoutes />
      </AppLayout>,
    );
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();

    await user.click(within(navigation).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(within(navigation).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(navigation).getByRole('link', { name: 'Help' }));
    expect(await screen.findByText(bridge.core.dbPath)).toBeInTheDocument();

    await user.click(within(navigation).getByRole('link', { name: 'Customers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  });
});
