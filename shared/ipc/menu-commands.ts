import { z } from 'zod';

/** What the desktop menu asks the window to do: the same things its keyboard shortcuts do. */
export const MENU_COMMANDS = ['find', 'newCustomer', 'today', 'customers', 'settings', 'help'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.object({ command: z.enum(MENU_COMMANDS) });
