import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/app-shell.ts';
import { ExportPage } from './pages/export-page.ts';
import { ImportWizard } from './pages/import-wizard.ts';

// A till's export as shops have them: Windows-1252, semicolons, a quoted line break, dates that
// could be read either way, a custom column, and one row that cannot be imported.
const latin1 = (text: string) => Buffer.from(text.replaceAll('\n', '\r\n'), 'latin1');
const MESSY = latin1(
  'Nome;Cognome;Cellulare;E-mail;Compleanno;Note;Taglia\n' +
    'José;Núñez;+39 333 123 4567;jose@example.com;03/04/1990;"Preferisce Sam;\nallergico alla lavanda";38\n' +
    'Chloé;Dubois;333 765 4321;chloe@example.com;05/06/1985;;40\n' +
    'Bo;Ek;chiamare!;bo@example.com;07/08/1980;;\n',
);

test('a messy CSV comes in through the wizard, and the customers go out again as a file', async ({
  page,
  appUrl,
  appServer,
}) => {
  expect(await appServer.invoke('settings:update', { defaultCountry: 'IT' })).toMatchObject({ ok: true });
  expect(await appServer.invoke('customFields:create', { name: 'Shoe size', type: 'number' })).toMatchObject({
    ok: true,
  });
  const app = new AppShell(page);
  const wizard = new ImportWizard(page);
  await app.open(appUrl);
  await app.goTo('Import');

  await wizard.chooseFile('clienti.csv', MESSY);
  await expect(wizard.readingSummary()).toHaveText(
    'clienti.csv: 3 rows, read as Windows-1252, columns separated by semicolon.',
  );
  await expect(page.getByRole('table', { name: 'The first rows of the file' })).toContainText('Núñez');
  await expect(page.getByRole('combobox', { name: 'Column “Cellulare” goes to' })).toHaveValue('phone');
  await wizard.mapColumn('Taglia', 'Shoe size (custom field)');

  const preview = await wizard.previewWithDayFirstDates();
  await expect(preview).toContainText('1990-04-03');
  await expect(preview).toContainText('phone: may contain only digits');
  await wizard.toSummary();
  await expect(wizard.result()).toHaveText(
    'The import would bring in 2 new customers, 0 updated, 0 skipped, 1 rejected.',
  );
  // A dry run changes nothing.
  expect(await appServer.invoke('customers:list', {})).toMatchObject({ ok: true, data: { total: 0 } });

  await wizard.importNow();
  await expect(wizard.result()).toHaveText('Imported 2 new customers, 0 updated, 0 skipped, 1 rejected.');
  expect(await appServer.invoke('customers:search', { query: 'nunez' })).toMatchObject({
    ok: true,
    data: [{ firstName: 'José', phone: '+39 333 123 4567' }],
  });
  await expect(page.getByRole('table', { name: 'Recent imports' })).toContainText('clienti.csv');

  await app.goTo('Export');
  const exporter = new ExportPage(page);
  await exporter.chooseFormat(/^CSV/);
  const download = await exporter.exportAndDownload();
  expect(download.suggestedFilename()).toMatch(/^regulars-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path())).toString('utf8');
  expect(
    text.startsWith(
      '\ufeffFirst Name,Last Name,Phone,Email,Birthday,Address,Notes,Tags,Customer Code,Email Consent',
    ),
  ).toBe(true);
  expect(text).toContain(`Chloé,Dubois,333 765 4321,chloe@example.com,1985-06-05,`);
  // The phone cannot run as a formula in a spreadsheet, and comes back exactly on re-import.
  expect(text).toContain(
    `José,Núñez,'+39 333 123 4567,jose@example.com,1990-04-03,,"Preferisce Sam;\nallergico alla lavanda"`,
  );
  expect(text.trimEnd().endsWith(',38') || text.includes(',38\r\n')).toBe(true);
  await expect(page.getByRole('table', { name: 'Recent exports' })).toContainText('Contact list');
});
