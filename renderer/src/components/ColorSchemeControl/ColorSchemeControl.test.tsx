import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { render } from '../../test/render.tsx';
import { ColorSchemeControl } from './ColorSchemeControl.tsx';

afterEach(() => localStorage.clear());

it('switches the whole page between light, dark and the system setting, and remembers it', async () => {
  const { user } = render(<ColorSchemeControl />);
  const html = document.documentElement;
  // Follows the system until chosen; jsdom's system is light.
  expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
  expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  await user.click(screen.getByRole('radio', { name: 'Dark' }));
  expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(localStorage.getItem('mantine-color-scheme-value')).toBe('dark');

  await user.click(screen.getByRole('radio', { name: 'Light' }));
  expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(localStorage.getItem('mantine-color-scheme-value')).toBe('light');
});
