/**
 * Regenerates the raster icons from `public/favicon.svg` with Chromium:
 * `public/favicon.ico` (16, 32 and 48 px PNGs in one ICO, for clients that ask
 * for `/favicon.ico` and ignore the SVG) and `public/og-image.png` (512 px, the
 * link-preview image). Run after changing the SVG, and commit the results:
 *
 *   npx node scripts/make-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });

async function png(size: number, padding = 0): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - 2 * padding;
  await page.setContent(`<body style="margin:0;background:${padding ? '#ffffff' : 'transparent'}"><div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  const image = await page.screenshot({ omitBackground: padding === 0, type: 'png' });
  await page.close();
  return image;
}

/** ICO container holding PNG images (supported by every browser since Windows Vista's format revision). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const sizes = [16, 32, 48];
writeFileSync('public/favicon.ico', ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
writeFileSync('public/og-image.png', await png(512, 96));
await browser.close();
console.log('Wrote public/favicon.ico and public/og-image.png.');
