import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../../../shared/ipc/menu-commands.ts';
import { useBridge } from '../../bridge/BridgeProvider.tsx';
import { useSpotlight } from '../../components/Spotlight/SpotlightProvider.tsx';
import { paths } from '../paths.ts';

/**
 * The app-wide commands, from the keyboard (in the window and the browser alike) and from the
 * desktop menu (which shows the same shortcuts but leaves the keys to this hook). Ctrl/Cmd+K is
 * the spotlight's own.
 */
export function useAppCommands(): void {
  const navigate = useNavigate();
  const bridge = useBridge();
  const spotlight = useSpotlight();

  useEffect(() => {
    const run: Record<MenuCommand, () => void> = {
      find: spotlight.open,
      newCustomer: () => void navigate(paths.newCustomer),
      today: () => void navigate(paths.today),
      customers: () => void navigate(paths.customers),
      settings: () => void navigate(paths.settings),
      help: () => void navigate(paths.help),
    };
    return bridge.on('app:menu', ({ command }) => run[command]());
  }, [bridge, navigate, spotlight]);

  // Typing in a field does not stop these: none of them is a character a field would take.
  useHotkeys(
    [
      ['mod+N', () => void navigate(paths.newCustomer)],
      ['mod+1', () => void navigate(paths.today)],
      ['mod+2', () => void navigate(paths.customers)],
      ['mod+,', () => void navigate(paths.settings)],
      ['F1', () => void navigate(paths.help)],
    ],
    [],
  );
}
