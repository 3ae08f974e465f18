import { SegmentedControl, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';

const SCHEMES: ReadonlyArray<{ value: MantineColorScheme; label: string }> = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
];

function isScheme(value: string): value is MantineColorScheme {
  return SCHEMES.some((scheme) => scheme.value === value);
}

/**
 * Light, dark, or whatever the computer uses (following it live, e.g. at sunset). Remembered by
 * Mantine in this window's local storage: a preference of this screen, not shop data.
 */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SegmentedControl
      aria-label="Theme"
      size="xs"
      value={colorScheme}
      data={SCHEMES.map(({ value, label }) => ({ value, label }))}
      onChange={(value) => {
        if (isScheme(value)) setColorScheme(value);
      }}
    />
  );
}
