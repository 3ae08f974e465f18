import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { JobProgress } from './JobProgress.tsx';

afterEach(() => localStorage.clear());

it('says where a long job is in Italian', () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const job = { jobId: 'j1', state: 'running', phase: 'checking', done: 3, total: 10, error: null } as const;
  render(<JobProgress job={job} label="Importazione" onCancel={vi.fn()} />);
  expect(screen.getByRole('status')).toHaveTextContent('Controllo delle righe… 3 di 10');
  expect(screen.getByRole('button', { name: 'Annulla' })).toBeInTheDocument();
});
