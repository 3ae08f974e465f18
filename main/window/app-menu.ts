import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands.ts';

export interface AppMenuOptions {
  isMac: boolean;
  /** Reload and developer tools, for `npm start` only: a shop has no use for them. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

/**
 * A command the page already answers from the keyboard (in the browser too): the menu shows the
 * shortcut and runs the command on click, but leaves the key to the page, so it never runs twice.
 */
function command(
  label: string,
  accelerator: string,
  name: MenuCommand,
  send: AppMenuOptions['send'],
): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => send(name) };
}

/** The native menu, with the shortcuts people expect on each system. */
export function appMenuTemplate({ isMac, isDev, send }: AppMenuOptions): MenuItemConstructorOptions[] {
  const settings = command(isMac ? 'Settings…' : 'Settings', 'CmdOrCtrl+,', 'settings', send);
  const macAppMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Customer', 'CmdOrCtrl+N', 'newCustomer', send),
      command('Find Customer…', 'CmdOrCtrl+K', 'find', send),
      ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const goMenu: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: [
      command('Today', 'CmdOrCtrl+1', 'today', send),
      command('Customers', 'CmdOrCtrl+2', 'customers', send),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Regulars Help', 'F1', 'help', send)],
  };
  return [
    ...(isMac ? [macAppMenu] : []),
    fileMenu,
    { role: 'editMenu' },
    viewMenu,
    goMenu,
    { role: 'windowMenu' },
    helpMenu,
  ];
}
