import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { render } from '../../test/render.tsx';
import { ColorSchemeControl } from '../ColorSchemeControl/ColorSchemeControl.tsx';
import { LanguageControl } from './LanguageControl.tsx';

afterEach(() => localStorage.clear());

it('switches the interface to Italian at once, remembers it, and tells screen readers', async () => {
  const { user } = render(
    <>
      <LanguageControl />
      <ColorSchemeControl />
    </>,
  );
  // jsdom's computer speaks English.
  expect(screen.getByRole('radio', { name: 'Dark' })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('lang', 'en');

  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Italiano');
  expect(screen.getByRole('radio', { name: 'Scuro' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Lingua' })).toHaveValue('it');
  expect(document.documentElement).toHaveAttribute('lang', 'it');
  expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it');
});

it('starts in the language chosen before', () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  render(<ColorSchemeControl />);
  expect(screen.getByRole('radio', { name: 'Sistema' })).toBeInTheDocument();
});
