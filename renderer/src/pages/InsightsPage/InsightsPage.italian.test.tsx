import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { dayStartMs } from '../../../../shared/domain/calendar-days.ts';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

it('words the period, the headings and the CSV report in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  // The test bridge's clock says 17 May 2025.
  const bridge = createTestBridge();
  const ann = bridge.addCustomer({ firstName: 'Ann' });
  bridge.addInteraction({
    customerId: ann.id,
    kind: 'visit',
    occurredAt: dayStartMs('2025-05-02') + 43_200_000,
  });
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:report';
  });
  URL.revokeObjectURL = vi.fn();
  const { user } = render(undefined, { route: '/insights?from=2025-05-01&to=2025-05-17', bridge });

  expect(await screen.findByRole('heading', { level: 1, name: 'Andamento' })).toBeInTheDocument();
  expect(
    await screen.findByText(
      'Dal 2025-05-01 al 2025-05-17, rispetto al periodo dal 2025-04-14 al 2025-04-30. Attivi: una visita negli ultimi 90 giorni.',
    ),
  ).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Settimana per settimana' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Periodo di attività (giorni)' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Scarica CSV' }));
  const text = await blobs[0]?.text();
  expect(text).toContain(
    'Indicatore,dal 2025-05-01 al 2025-05-17,dal 2025-04-14 al 2025-04-30,Variazione\r\n',
  );
  expect(text).toContain('Nuovi clienti,1,0,▲ 1\r\n');
  expect(text).toContain('Tasso di ritorno,0.0%,–,\r\n');
  expect(text).toContain('CSAT,ancora nessuna risposta,ancora nessuna risposta,\r\n');
});
