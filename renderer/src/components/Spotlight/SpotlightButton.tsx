import { Button, Kbd } from '@mantine/core';
import { useSpotlight } from './SpotlightProvider.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SpotlightButton() {
  const { open } = useSpotlight();
  return (
    <Button
      variant="default"
      aria-label="Search (Ctrl+K)"
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      rightSection={<Kbd size="xs">{isMac ? '⌘ K' : 'Ctrl K'}</Kbd>}
      onClick={open}
    >
      Search
    </Button>
  );
}
