import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/menu-commands.ts';
import { appMenuTemplate, menuLanguage, type MenuLanguage } from './app-menu.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isMac: boolean, isDev = false, language: MenuLanguage = 'en') {
  const sent: MenuCommand[] = [];
  const items = flatten(appMenuTemplate({ isMac, isDev, language, send: (command) => sent.push(command) }));
  const byLabel = (label: string) => {
    const item = items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`no menu item "${label}"`);
    return item;
  };
  const click = (label: string) => {
    const { click: onClick } = byLabel(label);
    if (!onClick) throw new Error(`"${label}" does nothing`);
    (onClick as () => void)();
  };
  return { items, byLabel, click, sent };
}

describe('the desktop menu', () => {
  it.each([false, true])('sends each command to the window (macOS: %s)', (isMac) => {
    const menu = build(isMac);
    menu.click('New Customer');
    menu.click('Find Customer…');
    menu.click('Today');
    menu.click('Customers');
    menu.click(isMac ? 'Settings…' : 'Settings');
    menu.click('Regulars Help');
    expect(menu.sent).toEqual(['newCustomer', 'find', 'today', 'customers', 'settings', 'help']);
  });

  it('speaks Italian on an Italian system, with the same commands', () => {
    expect(menuLanguage(['it-IT', 'en-US'])).toBe('it');
    expect(menuLanguage(['de-DE'])).toBe('en');
    const menu = build(false, false, 'it');
    menu.click('Nuovo cliente');
    menu.click('Trova cliente…');
    menu.click('Oggi');
    menu.click('Clienti');
    menu.click('Impostazioni');
    menu.click('Guida di Regulars');
    expect(menu.sent).toEqual(['newCustomer', 'find', 'today', 'customers', 'settings', 'help']);
    expect(menu.items.map((item) => item.label).filter(Boolean)).not.toContain('Today');
  });

  it('shows the usual shortcuts but leaves those keys to the page, so nothing runs twice', () => {
    const menu = build(false);
    expect(menu.byLabel('Find Customer…')).toMatchObject({
      accelerator: 'CmdOrCtrl+K',
      registerAccelerator: false,
    });
    expect(menu.byLabel('Regulars Help')).toMatchObject({ accelerator: 'F1', registerAccelerator: false });
    expect(menu.byLabel('New Customer')).toMatchObject({
      accelerator: 'CmdOrCtrl+N',
      registerAccelerator: false,
    });
  });

  it('has the standard edit, window and quit items from the system', () => {
    const roles = (isMac: boolean) =>
      build(isMac)
        .items.map((item) => item.role)
        .filter(Boolean);
    expect(roles(false)).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'quit', 'help']));
    expect(roles(true)).toEqual(expect.arrayContaining(['appMenu', 'about', 'hide', 'quit', 'close']));
  });

  it('offers reload and developer tools only when developing', () => {
    const roles = (isDev: boolean) => build(false, isDev).items.map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
