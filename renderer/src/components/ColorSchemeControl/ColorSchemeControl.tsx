import { SegmentedControl, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ColorSchemeControl.messages.ts';

const SCHEMES: readonly MantineColorScheme[] = ['light', 'dark', 'auto'];

function isScheme(value: string): value is MantineColorScheme {
  return (SCHEMES as readonly string[]).includes(value);
}

/**
 * Light, dark, or whatever the computer uses (following it live, e.g. at sunset). Remembered by
 * Mantine in this window's local storage: a preference of this screen, not shop data.
 */
export function ColorSchemeControl() {
  const m = useMessages(messages);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SegmentedControl
      aria-label={m.theme}
      size="xs"
      value={colorScheme}
      data={SCHEMES.map((value) => ({ value, label: m[value] }))}
      onChange={(value) => {
        if (isScheme(value)) setColorScheme(value);
      }}
    />
  );
}
