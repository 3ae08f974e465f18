// Renders resources/icon.svg into every size the installers use:
//   node scripts/make-icons.ts
// The outputs are committed; run this again only after changing the SVG. Chromium draws the SVG
// (the same browser the end-to-end tests use), so no image tool needs installing.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICNS_TYPES, ICO_SIZES, ICON_SIZES, buildIcns, buildIco } from './icon-containers.ts';

const resources = join(import.meta.dirname, '..', 'resources');
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
const executablePath = process.env.REGULARS_CHROMIUM ?? '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const pngs = new Map<number, Buffer>();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
  }
  mkdirSync(join(resources, 'icons'), { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), png);
  const pick = (size: number) => pngs.get(size) ?? Buffer.alloc(0);
  writeFileSync(join(resources, 'icon.png'), pick(512));
  writeFileSync(join(resources, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: pick(size) }))));
  writeFileSync(
    join(resources, 'icon.icns'),
    buildIcns(ICNS_TYPES.map(({ type, size }) => ({ type, png: pick(size) }))),
  );
  console.log(`wrote ${pngs.size} PNGs, icon.png, icon.ico and icon.icns into ${resources}`);
} finally {
  await browser.close();
}
