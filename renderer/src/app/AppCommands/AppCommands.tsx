import { useAppCommands } from './useAppCommands.ts';

/** Mounted once inside the router and the spotlight: see useAppCommands. */
export function AppCommands() {
  useAppCommands();
  return null;
}
