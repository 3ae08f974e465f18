import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportRecord } from '../../../../shared/domain/exports.ts';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';

const downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push({ name: '', blob });
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = downloads.at(-1);
    if (last) last.name = this.download;
  });
});
afterEach(() => vi.restoreAllMocks());

function shop(): TestBridge {
  const bridge = createTestBridge();
  bridge.addCustomer({
    firstName: 'Ann',
    lastName: 'Lee',
    phone: '+39 333 1234567',
    email: 'ann@example.com',
    tags: ['vip'],
    consents: [{ channel: 'email', granted: true, source: 'counter form' }],
  });
  bridge.addCustomer({ firstName: 'Bo', lastName: 'Ek', notes: '=SUM(A1:A9)', email: 'bo@example.com' });
  return bridge;
}

const exported = (bridge: TestBridge) => {
  const result = bridge.core.call('exports:list', {});
  return result.ok ? (result.data as ExportRecord[]) : [];
};
/** The bytes as a file reader sees them, byte order mark included. */
const bytesOf = async (blob: Blob | undefined) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob?.arrayBuffer());

describe('ExportPage', () => {
  it('exports customers with a tag as CSV with chosen columns, safe for spreadsheets, and records it', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/export', bridge });
    await user.click(await screen.findByRole('radio', { name: 'Customers with a tag' }));
    await user.type(screen.getByRole('textbox', { name: 'Tag' }), 'VIP');
    const columns = screen.getByRole('group', { name: 'Columns' });
    for (const name of ['Address', 'Birthday', 'Notes', 'Customer Code'])
      await user.click(within(columns).getByRole('checkbox', { name }));
    for (const box of within(columns).getAllByRole('checkbox', { name: /Consent/ })) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^regulars-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await bytesOf(downloads[0]?.blob)).toBe(
      "\ufeffFirst Name,Last Name,Phone,Email,Tags\r\nAnn,Lee,'+39 333 1234567,ann@example.com,vip\r\n",
    );
    expect(await screen.findByText(/Exported 1 customers to regulars-contacts-/)).toBeInTheDocument();
    expect(exported(bridge)).toMatchObject([{ format: 'csv', preset: 'contacts', rows: 1 }]);
    expect(await screen.findByRole('table', { name: 'Recent exports' })).toHaveTextContent('Contact list');
  });

  it('sends the mailing list as vCard: only customers who agreed to e-mail', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/export', bridge });
    await user.click(await screen.findByRole('radio', { name: /Mailing list/ }));
    await user.click(screen.getByRole('radio', { name: /vCard 4\.0/ }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await bytesOf(downloads[0]?.blob);
    expect(text).toContain('FN:Ann Lee');
    expect(text).not.toContain('Bo Ek');
    expect(downloads[0]?.blob.type).toBe('text/vcard;charset=utf-8');
  });

  it('exports the selection from the customers list', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/customers', bridge });
    await user.click(await screen.findByRole('checkbox', { name: /Select Bo Ek/ }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export customers' });
    expect(within(dialog).getByText('Exporting the 1 selected customers.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await bytesOf(downloads[0]?.blob);
    expect(text).toContain("Bo,Ek,,bo@example.com,,,'=SUM(A1:A9)");
    expect(text).not.toContain('Ann');
  });
});
