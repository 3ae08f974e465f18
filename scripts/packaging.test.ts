// electron-builder cannot download Electron here, so installers are built elsewhere (see README).
// What can be checked here is checked with electron-builder's own code: the configuration loads
// and passes its schema, and every file it points at exists in the form each platform needs.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { ICNS_TYPES, ICO_SIZES, ICON_SIZES, pngSize, readIcns, readIco } from './icon-containers.ts';

const root = join(import.meta.dirname, '..');
const resource = (...parts: string[]) => join(root, 'resources', ...parts);

describe('electron-builder.yml', () => {
  it('loads and passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('app.regulars.desktop');
  });

  it('refuses a misspelt option, so the check above can fail', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const broken = { ...config, linx: { target: ['AppImage'] } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/linx/);
  });

  it('builds the installers the README promises, from the built app, with the icons in place', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const targets = (platform: { target?: unknown } | null | undefined) => JSON.stringify(platform?.target);
    expect(targets(config.linux)).toContain('AppImage');
    expect(targets(config.linux)).toContain('deb');
    expect(targets(config.win)).toContain('nsis');
    expect(targets(config.mac)).toContain('dmg');
    // getConfig normalizes file lists into filter objects: compare their text.
    expect(JSON.stringify(config.files)).toContain('"out/**"');
    expect(JSON.stringify(config.asarUnpack)).toContain('"node_modules/better-sqlite3/**/*.node"');
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon, 'every platform names its icon').toBeTruthy();
      expect(existsSync(join(root, icon ?? '')), `${icon} exists`).toBe(true);
    }
    expect(packageJson.scripts.dist).toMatch(/electron-vite build && electron-builder/);
  });
});

describe('the app icon', () => {
  it('exists as a PNG of every size, each really that size', () => {
    for (const size of ICON_SIZES) {
      const png = readFileSync(resource('icons', `${size}x${size}.png`));
      expect(pngSize(png), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(resource('icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('has a Windows .ico holding every size Windows shows', () => {
    const images = readIco(readFileSync(resource('icon.ico')));
    expect(images.map((image) => image.size)).toEqual([...ICO_SIZES]);
    for (const { size, png } of images) expect(pngSize(png)).toEqual({ width: size, height: size });
  });

  it('has a macOS .icns up to the Retina 1024 px size', () => {
    const images = readIcns(readFileSync(resource('icon.icns')));
    expect(images.map((image) => image.type)).toEqual(ICNS_TYPES.map((entry) => entry.type));
    for (const [index, { png }] of images.entries()) {
      const size = ICNS_TYPES[index]?.size;
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
  });
});
