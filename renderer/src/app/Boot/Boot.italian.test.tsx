import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render } from '../../test/render.tsx';
import { Boot } from './Boot.tsx';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.appState;
});

it('says in Italian that Regulars could not start, and offers to try again', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge();
  bridge.failNext('app:info', { code: 'internal', message: 'unreachable' });
  render(
    <Boot>
      <p>The app</p>
    </Boot>,
    { bridge },
  );
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Regulars non è riuscito ad avviarsi' }),
  ).toBeInTheDocument();
  expect(screen.getByText("L'app non ha risposto")).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
});
