import { useHotkeys } from '@mantine/hooks';
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SEARCH_FIELD, SpotlightDialog } from './SpotlightDialog.tsx';
import { TypeAheadBuffer } from './type-ahead.ts';

interface SpotlightControls {
  open: () => void;
}

const SpotlightContext = createContext<SpotlightControls | null>(null);

/**
 * Mounts the spotlight once, inside the router, and opens it on Ctrl+K (Cmd+K on a Mac) from
 * anywhere, typing in a field included: the counter's way to any customer.
 */
export function SpotlightProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const [typeAhead] = useState(() => new TypeAheadBuffer());
  const controls = useMemo(
    () => ({
      open: () => {
        typeAhead.start();
        setOpened(true);
      },
    }),
    [typeAhead],
  );
  // No tags ignored: the shortcut must work while the cursor is in Amount or a search box.
  useHotkeys([['mod+K', controls.open]], []);

  // Keys typed before the search field has the focus are kept for it, and kept out of the field
  // that had the focus before.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Already in the search field (Ctrl+K pressed with the spotlight open): nothing to hold.
      if (event.target instanceof Element && event.target.closest(`[${SEARCH_FIELD}]`)) {
        typeAhead.take();
        return;
      }
      if (typeAhead.collect(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [typeAhead]);

  return (
    <SpotlightContext value={controls}>
      {children}
      <SpotlightDialog opened={opened} onClose={() => setOpened(false)} typeAhead={typeAhead} />
    </SpotlightContext>
  );
}

export function useSpotlight(): SpotlightControls {
  const controls = use(SpotlightContext);
  if (!controls) throw new Error('SpotlightProvider is missing above this component.');
  return controls;
}
