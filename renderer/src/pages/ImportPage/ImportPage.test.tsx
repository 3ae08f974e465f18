import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecord } from '../../../../shared/domain/imports.ts';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';

// The wizard over a real core: a file picked in the page travels in chunks, is read, mapped,
// previewed, rehearsed and imported; downloads are caught where the page makes them.

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

const MESSY =
  '\ufeffNome;Cognome;Cellulare;Compleanno;Etichette;Taglia\r\n' +
  'José;Núñez;333 123 4567;03/04/1990;"vip, mattina";38\r\n' +
  'Ann;Lee;+44 7911 123456;05/06/1985;;40\r\n' +
  'Bo;Ek;call me!;07/08/1980;;\r\n';

function shop(): TestBridge {
  const bridge = createTestBridge();
  bridge.core.call('settings:update', { defaultCountry: 'IT' });
  bridge.core.call('customFields:create', { name: 'Shoe size', type: 'number' });
  return bridge;
}

async function chooseFile(user: ReturnType<typeof render>['user'], text: string, name = 'clienti.csv') {
  await user.upload(await screen.findByLabelText('File'), new File([text], name, { type: 'text/csv' }));
}

// "Next: summary" stays disabled until the dry run has finished, and a click on a disabled
// button does nothing: on a busy host the dry run can outlast the click, so wait for it.
async function nextToSummary(user: ReturnType<typeof render>['user']) {
  const next = await screen.findByRole('button', { name: 'Next: summary' });
  await waitFor(() => expect(next).toBeEnabled(), { timeout: 15_000 });
  await user.click(next);
}

const imports = (bridge: TestBridge) => {
  const result = bridge.core.call('imports:list', {});
  return result.ok ? (result.data as ImportRecord[]) : [];
};

describe('ImportPage', () => {
  it('imports a messy file: detected reading, mapping, date order, preview, dry run, then the import and its rejects', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/import', bridge });
    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeInTheDocument();
    await chooseFile(user, MESSY);

    expect(
      await screen.findByText(
        /clienti\.csv: 3 rows, read as UTF-8 with a byte order mark, columns separated by semicolon\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'The first rows of the file' })).getByText('Núñez'),
    ).toBeInTheDocument();
    // Usual names map by themselves; the shop's own field is chosen by hand.
    expect(screen.getByRole('combobox', { name: 'Column “Cellulare” goes to' })).toHaveValue('phone');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column “Taglia” goes to' }),
      'Shoe size (custom field)',
    );
    // 03/04/1990 could be either: the wizard asks before it lets the preview run.
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Day first/ }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = await screen.findByRole('table', { name: 'Preview of the first rows' });
    expect(within(preview).getByText('1990-04-03')).toBeInTheDocument();
    expect(within(preview).getByText(/phone: may contain only digits/)).toBeInTheDocument();
    expect(bridge.customers).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Next: summary' }));
    expect(
      await screen.findByText('The import would bring in 2 new customers, 0 updated, 0 skipped, 1 rejected.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('Imported 2 new customers, 0 updated, 0 skipped, 1 rejected.'),
    ).toBeInTheDocument();
    expect(bridge.customers.map((c) => [c.firstName, c.birthday, c.tags])).toEqual([
      ['José', '1990-04-03', ['mattina', 'vip']],
      ['Ann', '1985-06-05', []],
    ]);

    await user.click(screen.getByRole('button', { name: 'Download rejected rows (CSV)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('clienti-rejected-rows.csv');
    expect(await downloads[0]?.blob.text()).toContain(
      '4,"phone: may contain only digits, spaces and + ( ) - . /",Bo,Ek,call me!,07/08/1980,,',
    );
  });

  it('undoes an import from the history, as one step', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/import', bridge });
    await chooseFile(user, 'First Name,Email\nAnn,ann@example.com\nBo,bo@example.com\n', 'two.csv');
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    await nextToSummary(user);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported 2 new customers/);

    const history = await screen.findByRole('table', { name: 'Recent imports' });
    await user.click(await within(history).findByRole('button', { name: 'Undo import of two.csv' }));
    expect(
      await screen.findByText(/Import undone: 2 customers and 0 purchases or visits removed/),
    ).toBeInTheDocument();
    expect(bridge.customers).toEqual([]);
    expect(imports(bridge)[0]?.undoneAt).not.toBeNull();
  });

  it('shows a file it cannot read, and lets another be chosen', async () => {
    const bridge = shop();
    const { user } = render(undefined, { route: '/import', bridge });
    await chooseFile(user, '');
    expect(await screen.findByText('file: the file is empty')).toBeInTheDocument();
    await chooseFile(user, 'First Name\nAnn\n', 'ok.csv');
    expect(await screen.findByText(/ok\.csv: 1 rows/)).toBeInTheDocument();
  });

  it('cancelling the import saves nothing', async () => {
    const bridge = shop();
    const lines = [
      'First Name,Email',
      ...Array.from({ length: 40_000 }, (_, i) => `P${i},p${i}@example.com`),
    ];
    const { user } = render(undefined, { route: '/import', bridge });
    await chooseFile(user, lines.join('\n'), 'big.csv');
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    await nextToSummary(user);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(
      await within(await screen.findByRole('group', { name: 'Importing' })).findByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(await screen.findByText('Nothing was imported.')).toBeInTheDocument();
    expect(bridge.customers).toEqual([]);
    expect(imports(bridge)).toEqual([]);
  });
});
