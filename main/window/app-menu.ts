import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands.ts';

/** The menu's own words; the rest (Edit, Window, Quit…) are Electron's roles. */
const LABELS = {
  en: {
    settings: 'Settings',
    settingsMac: 'Settings…',
    file: '&File',
    newCustomer: 'New Customer',
    find: 'Find Customer…',
    go: '&Go',
    today: 'Today',
    customers: 'Customers',
    view: '&View',
    help: 'Regulars Help',
  },
  it: {
    settings: 'Impostazioni',
    settingsMac: 'Impostazioni…',
    file: '&File',
    newCustomer: 'Nuovo cliente',
    find: 'Trova cliente…',
    go: '&Vai',
    today: 'Oggi',
    customers: 'Clienti',
    view: '&Vista',
    help: 'Guida di Regulars',
  },
} as const;

export type MenuLanguage = keyof typeof LABELS;

/** The first of the system's preferred languages the menu speaks, else English. */
export function menuLanguage(preferred: readonly string[]): MenuLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'it') return base;
  }
  return 'en';
}

export interface AppMenuOptions {
  isMac: boolean;
  /** The system's language (the page's own choice lives in the page and cannot reach here). */
  language?: MenuLanguage;
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
export function appMenuTemplate({
  isMac,
  isDev,
  send,
  language = 'en',
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const words = LABELS[language];
  const settings = command(isMac ? words.settingsMac : words.settings, 'CmdOrCtrl+,', 'settings', send);
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
    label: words.file,
    submenu: [
      command(words.newCustomer, 'CmdOrCtrl+N', 'newCustomer', send),
      command(words.find, 'CmdOrCtrl+K', 'find', send),
      ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const goMenu: MenuItemConstructorOptions = {
    label: words.go,
    submenu: [
      command(words.today, 'CmdOrCtrl+1', 'today', send),
      command(words.customers, 'CmdOrCtrl+2', 'customers', send),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: words.view,
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
    submenu: [command(words.help, 'F1', 'help', send)],
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
