import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { DemoShopSettings } from './DemoShopSettings.tsx';

afterEach(() => localStorage.clear());

it('offers the demo café in Italian', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  render(<DemoShopSettings />);
  expect(screen.getByRole('heading', { name: 'Bar dimostrativo' })).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Carica il bar dimostrativo' })).toBeInTheDocument();
});
