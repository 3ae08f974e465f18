import { Button, Kbd } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './Spotlight.messages.ts';
import { useSpotlight } from './SpotlightProvider.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SpotlightButton() {
  const m = useMessages(messages);
  const { open } = useSpotlight();
  return (
    <Button
      variant="default"
      aria-label={m.searchWithShortcut}
      aria-keyshortcuts={isMac ? m.shortcutKeyNamesMac : m.shortcutKeyNames}
      rightSection={<Kbd size="xs">{isMac ? m.shortcutKeysMac : m.shortcutKeys}</Kbd>}
      onClick={open}
    >
      {m.search}
    </Button>
  );
}
