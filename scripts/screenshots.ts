/**
 * Screenshots of every page template at phone and desktop width, light and
 * dark, for people to look at before they ship a visual change. Not a test:
 * it asserts nothing. Needs a built `dist/` and Chromium.
 *
 *   npm run screenshots [-- --out bench/out/screenshots --full]
 *
 * Writes `<template>-<width>-<theme>.png` (the first screen; `--full` for
 * whole pages) and prints each page's size, so a layout that grows sideways
 * or a page that got much taller shows up in the log too.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
import { TEMPLATES } from '../test/e2e/templates.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'bench/out/screenshots' }, full: { type: 'boolean', default: false } },
});
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

mkdirSync(values.out, { recursive: true });
const { server, url } = await serve({ dir: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport, colorScheme: theme });
      for (const [template, path] of Object.entries(TEMPLATES)) {
        await page.goto(`${url}${path}`);
        if (template === 'search') await page.waitForSelector('[data-search-page][data-rendered-query]');
        const file = join(values.out, `${template}-${viewport.width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: values.full });
        const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
        console.log(`${file}  page ${size[0]}×${size[1]} px`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
