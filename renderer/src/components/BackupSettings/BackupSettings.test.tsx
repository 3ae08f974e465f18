import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../main/core/test-support/temp-core.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { BackupSettings } from './BackupSettings.tsx';

const folders: { dispose(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.dispose();
});

const firstNames = (bridge: ReturnType<typeof createTestBridge>) =>
  bridge.customers.map((customer) => customer.firstName).sort();

describe('BackupSettings', () => {
  it('backs up now, lists the backup, and restores it in two clicks, keeping what it replaced', async () => {
    const bridge = createTestBridge();
    bridge.addCustomer({ firstName: 'Ann' });
    const { user } = render(<BackupSettings />, { bridge });

    expect(await screen.findByText('No backups yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    const table = await screen.findByRole('table', { name: 'Backups' });
    expect(await within(table).findByText('1 customer')).toBeInTheDocument();
    expect(within(table).getByText('Taken by hand')).toBeInTheDocument();
    // The outcome is said once the background job is over: in the section and as a notification.
    expect(
      (await screen.findAllByText(/Backed up and verified: regulars-.+-manual\.db \(1 customer\)\./)).length,
    ).toBeGreaterThan(0);

    bridge.addCustomer({ firstName: 'Bob' });
    await user.click(within(table).getByRole('button', { name: /^Restore the backup of / }));
    await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));

    await waitFor(() => expect(firstNames(bridge)).toEqual(['Ann']));
    // The data it replaced is the newest backup now, ready to undo the restore.
    const kept = await within(table).findByText('Kept before a restore');
    expect(within(kept.closest('tr') ?? table).getByText('2 customers')).toBeInTheDocument();
    expect((await screen.findAllByText(/so this can be undone\./)).length).toBeGreaterThan(0);

    await user.click(within(kept.closest('tr') ?? table).getByRole('button', { name: /^Restore/ }));
    await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(firstNames(bridge)).toEqual(['Ann', 'Bob']));
  });

  it('checks the second-copy folder when it is saved, with the reason next to the field', async () => {
    const bridge = createTestBridge();
    const { user } = render(<BackupSettings />, { bridge });
    const field = await screen.findByRole('textbox', { name: 'Second copy folder' });

    await user.type(field, 'usb/regulars');
    await user.click(screen.getByRole('button', { name: 'Save folder' }));
    expect(
      await screen.findByText('Second copy folder must be a full path, like /media/usb/regulars'),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.core.call('backups:getSettings', {})).toEqual({ ok: true, data: { secondCopyFolder: '' } });

    const usb = makeTempDir('regulars-usb-');
    folders.push(usb);
    await user.clear(field);
    await user.type(field, usb.dir);
    await user.click(screen.getByRole('button', { name: 'Save folder' }));
    expect(await screen.findByText(`Every backup will also be copied to ${usb.dir}.`)).toBeInTheDocument();
    expect(bridge.core.call('backups:getSettings', {})).toEqual({
      ok: true,
      data: { secondCopyFolder: usb.dir },
    });
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });
});
