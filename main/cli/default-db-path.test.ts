import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, resolveDatabasePath } from './default-db-path.ts';

describe('defaultDatabasePath (where Electron puts userData for "Regulars")', () => {
  it('uses $XDG_CONFIG_HOME on Linux when it is set', () => {
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe(
      '/xdg/Regulars/regulars.db',
    );
  });

  it('falls back to ~/.config on Linux when XDG_CONFIG_HOME is unset or empty', () => {
    expect(defaultDatabasePath('linux', {}, '/home/ana')).toBe('/home/ana/.config/Regulars/regulars.db');
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe(
      '/home/ana/.config/Regulars/regulars.db',
    );
  });

  it('uses ~/Library/Application Support on macOS, whatever XDG says', () => {
    expect(defaultDatabasePath('darwin', { XDG_CONFIG_HOME: '/xdg' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Regulars/regulars.db',
    );
  });

  it('uses %APPDATA% on Windows, with backslashes', () => {
    expect(
      defaultDatabasePath('win32', { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, 'C:\\Users\\Ana'),
    ).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Regulars\\regulars.db');
  });

  it('derives AppData\\Roaming from the home folder when %APPDATA% is missing', () => {
    expect(defaultDatabasePath('win32', {}, 'C:\\Users\\Ana')).toBe(
      'C:\\Users\\Ana\\AppData\\Roaming\\Regulars\\regulars.db',
    );
  });
});

describe('resolveDatabasePath', () => {
  const env = { REGULARS_DB: '/env/shop.db', XDG_CONFIG_HOME: '/xdg' };

  it('prefers --db over REGULARS_DB over the default', () => {
    expect(resolveDatabasePath('/flag/shop.db', 'linux', env, '/home/ana')).toBe('/flag/shop.db');
    expect(resolveDatabasePath(undefined, 'linux', env, '/home/ana')).toBe('/env/shop.db');
    expect(resolveDatabasePath(undefined, 'linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe(
      '/xdg/Regulars/regulars.db',
    );
  });

  it('treats an empty REGULARS_DB as unset', () => {
    expect(resolveDatabasePath(undefined, 'linux', { REGULARS_DB: '' }, '/home/ana')).toBe(
      '/home/ana/.config/Regulars/regulars.db',
    );
  });
});
