import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backupStateOf } from '../../../../main/core/backups/backup-state.ts';
import { findDamage } from '../../../../main/core/backups/open-checked.ts';
import { openStandIn } from '../../../../main/core/backups/stand-in.ts';
import { backUpNow } from '../../../../main/core/services/backups.ts';
import {
  damageCustomersTable,
  damagedCopyBeside,
  fileBytes,
  filesIn,
} from '../../../../main/core/test-support/backup-helpers.ts';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';
import { DataHealthBanner } from './DataHealthBanner.tsx';

/** What createCore does when quick_check finds damage at start: the file is set aside, unopened. */
async function damageAtStart(bridge: TestBridge): Promise<void> {
  const { ctx, dbPath } = bridge.core;
  ctx.db.close();
  damageCustomersTable(dbPath);
  const problems = await findDamage(dbPath);
  if (!problems) throw new Error('the file should be damaged');
  ctx.db = openStandIn();
  backupStateOf(ctx).health = { state: 'damaged', problems };
}

describe('DataHealthBanner', () => {
  it('says nothing while the database is healthy', async () => {
    const bridge = createTestBridge();
    render(<DataHealthBanner />, { bridge });
    await waitFor(() => expect(bridge.calls.map((c) => c.channel)).toContain('backups:status'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a damaged file and restores the latest good backup in two clicks', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann' });
    bridge.addCustomer({ firstName: 'Bob' });
    const backup = await backUpNow(bridge.core.ctx, 'automatic');
    await damageAtStart(bridge);
    const damaged = fileBytes(bridge.core.dbPath);
    const { user } = render(<DataHealthBanner />, { bridge });

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Your database file is damaged');
    expect(banner).toHaveTextContent('Regulars has not changed the file and will not save anything to it');
    expect(banner).toHaveTextContent('(2 customers)');
    await user.click(screen.getByRole('button', { name: 'Restore the latest good backup' }));
    await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));

    await waitFor(() => expect(screen.queryByText('Your database file is damaged')).not.toBeInTheDocument());
    expect(bridge.customers.map((c) => c.firstName).sort()).toEqual(['Ann', 'Bob']);
    // The damaged file is kept aside byte for byte, and the backup used is still there.
    expect(damagedCopyBeside(bridge.core.dbPath)?.equals(damaged)).toBe(true);
    expect(filesIn(`${bridge.core.dir}/backups`)).toContain(backup.file);
  });
});
