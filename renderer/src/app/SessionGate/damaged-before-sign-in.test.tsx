import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { backupStateOf } from '../../../../main/core/backups/backup-state.ts';
import { findDamage } from '../../../../main/core/backups/open-checked.ts';
import { openStandIn } from '../../../../main/core/backups/stand-in.ts';
import { backUpNow } from '../../../../main/core/services/backups.ts';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { TEST_ACTOR } from '../../../../main/core/test-support/test-actor.ts';
import { damageCustomersTable } from '../../../../main/core/test-support/backup-helpers.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { shopWithPins } from '../../test/trust-setup.ts';
import { SessionGate } from './SessionGate.tsx';

withFastPins();

// A damaged file holds the PINs too, so nobody could sign in: its way out must not need one.
it('offers the latest good backup before anyone signs in, then asks for a PIN again', async () => {
  const bridge = createTestBridge({ signedIn: false });
  await shopWithPins(bridge);
  bridge.addCustomer({ firstName: 'Ann' });
  await backUpNow(bridge.core.ctx, 'automatic');
  bridge.core.ctx.session.actor = null;
  const { ctx, dbPath } = bridge.core;
  ctx.db.close();
  damageCustomersTable(dbPath);
  const problems = await findDamage(dbPath);
  if (!problems) throw new Error('the file should be damaged');
  ctx.db = openStandIn();
  backupStateOf(ctx).health = { state: 'damaged', problems };

  const { user } = render(<SessionGate>the shop</SessionGate>, { bridge });
  expect(await screen.findByRole('alert')).toHaveTextContent('Your database file is damaged');
  expect(screen.queryByText('the shop')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Restore the latest good backup' }));
  await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));

  // The restored shop has its owner and PINs back: the lock screen, not a first-run setup.
  expect(
    await screen.findByRole('heading', { name: 'Regulars is locked' }, { timeout: 10_000 }),
  ).toBeInTheDocument();
  expect(screen.queryByText('Your database file is damaged')).not.toBeInTheDocument();
  bridge.core.ctx.session.actor = TEST_ACTOR;
  expect(bridge.customers.map((customer) => customer.firstName)).toEqual(['Ann']);
});
