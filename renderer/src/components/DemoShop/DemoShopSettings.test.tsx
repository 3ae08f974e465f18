import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { DemoBanner } from './DemoBanner.tsx';
import { DemoShopSettings } from './DemoShopSettings.tsx';

it('loads the demo café into an empty shop, marks every page, and removes it in one click', async () => {
  const bridge = createTestBridge();
  const { user } = render(
    <>
      <DemoBanner />
      <DemoShopSettings />
    </>,
    { bridge },
  );
  await user.click(await screen.findByRole('button', { name: 'Load the demo café' }));
  expect(await screen.findByText(/The customers here are made up/)).toBeInTheDocument();
  expect(bridge.customers.length).toBe(300);

  await user.click(await screen.findByRole('button', { name: 'Remove the demo café' }));
  expect(await screen.findByRole('button', { name: 'Load the demo café' })).toBeInTheDocument();
  expect(screen.queryByText(/The customers here are made up/)).not.toBeInTheDocument();
  expect(bridge.customers.length).toBe(0);
});
