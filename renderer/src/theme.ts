import { Anchor, createTheme, darken, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

// Colours chosen for WCAG AA contrast (4.5:1 for text), checked by axe-core in e2e/accessibility:
// the darker teal under white labels, dimmed text a step darker than Mantine's default, and
// filled badges and avatars (a staff colour may be yellow) with black or white text as needed.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // A link inside a sentence must not rely on colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

const { gray, dark, teal } = DEFAULT_THEME.colors;

/** Text of "light" and outline variants (badges, light buttons, the active link), per scheme. */
function lightVariantText(shade: 2 | 9): Record<string, string> {
  // On its own colour's light background, even shade 9 of teal or green falls just short of 4.5:1.
  const entries = Object.entries(DEFAULT_THEME.colors).flatMap(([name, colors]) => {
    const text = shade === 9 ? darken(colors[9], 0.25) : colors[2];
    // Outline badges sit on tinted rows (the list's selected row) as well as on white.
    return [
      [`--mantine-color-${name}-light-color`, text],
      ...(shade === 9 ? [[`--mantine-color-${name}-outline`, text]] : []),
    ];
  });
  return Object.fromEntries(entries) as Record<string, string>;
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightVariantText(9),
    '--mantine-primary-color-light-color': darken(teal[9], 0.25),
    '--mantine-color-dimmed': gray[7],
    '--mantine-color-placeholder': gray[7],
  },
  dark: {
    ...lightVariantText(2),
    '--mantine-primary-color-light-color': teal[2],
    '--mantine-color-dimmed': dark[1],
    '--mantine-color-placeholder': dark[1],
  },
});
