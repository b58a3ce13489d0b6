/**
 * Search benchmark on a built site (default `dist/`), in Chromium:
 *
 * - index size on disk (`dist/pagefind/`, by kind of file);
 * - bytes transferred for the first query: everything fetched from opening the
 *   search dialog on a content page to the first rendered results;
 * - time from keystroke to rendered results: for each of 20 queries, from the
 *   last `input` event to the dialog showing results for that query (the
 *   debounce included, as a user sees it). Median and p90, first query apart.
 *
 *   node bench/search.ts [--dir dist] [--page /user-guide/csp-querying-customers/]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    page: { type: 'string', default: '/user-guide/csp-querying-customers/' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const QUERIES = [
  'monthly budget', 'freeze account', 'test coupons', 'cash coupon quota', 'discount range', 'disassociate',
  'exam voucher', 'MDF reimbursement', 'funding head', 'incentive payment', 'real-name authentication',
  'CBC.5004', 'xaccountType', 'AK/SK', 'domain_id', 'renew resources', 'cancel order', 'invoices',
  'pre-register customer', 'account manager',
];

function sizesByKind(dir: string): Map<string, { files: number; bytes: number }> {
  const kinds = new Map<string, { files: number; bytes: number }>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const kind = extname(entry.name) || entry.name;
        const row = kinds.get(kind) ?? { files: 0, bytes: 0 };
        row.files++;
        row.bytes += statSync(path).size;
        kinds.set(kind, row);
      }
    }
  };
  walk(dir);
  return kinds;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const index = sizesByKind(join(values.dir!, 'pagefind'));
const indexTotal = [...index.values()].reduce((sum, row) => sum + row.bytes, 0);
console.log(`Search index on disk: ${kb(indexTotal)} in ${[...index.values()].reduce((n, row) => n + row.files, 0)} files`);
for (const [kind, row] of [...index].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${kind.padEnd(12)} ${String(row.files).padStart(5)} files  ${kb(row.bytes)}`);

const { server, url } = await serve({ dir: values.dir!, port: 0 });
const browser = await chromium.launch({
  executablePath: values.chromium!,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  // Playwright reports the requests of the page and of its workers (Pagefind fetches its index from a worker).
  // Bytes are as served by scripts/serve.ts (no compression): Pagefind's index files are compressed already.
  const transferred: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    transferred.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });

  await page.goto(`${url}${values.page}`, { waitUntil: 'networkidle' });
  const pageLoad = transferred.reduce((sum, row) => sum + row.bytes, 0);
  transferred.length = 0;

  // In-page probe: last input event → dialog rendered for the same query.
  await page.evaluate(() => {
    const w = window as unknown as { __lastInput: number; __rendered: Map<string, number> };
    w.__rendered = new Map();
    document.addEventListener('input', () => (w.__lastInput = performance.now()), true);
    new MutationObserver(() => {
      const query = document.querySelector('.search-dialog')?.getAttribute('data-rendered-query');
      if (query && !w.__rendered.has(query)) w.__rendered.set(query, performance.now() - w.__lastInput);
    }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-rendered-query'] });
  });

  const times: number[] = [];
  for (const [i, query] of QUERIES.entries()) {
    if (i === 0) await page.keyboard.press('Control+k');
    await page.locator('.search-dialog input').fill('');
    await page.locator('.search-dialog input').fill(query);
    await page.waitForSelector(`.search-dialog[data-rendered-query=${JSON.stringify(query)}]`);
    if (i === 0) {
      await page.waitForTimeout(500); // let late size callbacks land
      const rows = [...transferred];
      console.log(`\nFirst view of ${values.page}: ${kb(pageLoad)} transferred (search not opened)`);
      console.log(`First query ("${query}"): ${kb(rows.reduce((sum, row) => sum + row.bytes, 0))} transferred in ${rows.length} requests`);
      // What a CDN that gzips text would send: JS, JSON and CSS gzipped; Pagefind's index files are compressed already.
      const gzipped = (row: { url: string; bytes: number }) => {
        const file = join(values.dir!, new URL(row.url).pathname);
        return /\.(js|json|css)$/.test(file) && existsSync(file) ? gzipSync(readFileSync(file)).length : row.bytes;
      };
      console.log(`  with gzip on text files: ${kb(rows.reduce((sum, row) => sum + gzipped(row), 0))}`);
      for (const row of rows.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(row.bytes).padStart(10)}  ${new URL(row.url).pathname}`);
    }
    times.push(await page.evaluate((q) => (window as unknown as { __rendered: Map<string, number> }).__rendered.get(q)!, query));
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(`\nKeystroke → rendered results over ${QUERIES.length} queries (includes the dialog's 90 ms debounce):`);
  console.log(`  first query ${times[0]!.toFixed(0)} ms (loads the index)`);
  console.log(`  next ${warm.length}: median ${quantile(warm, 0.5).toFixed(0)} ms, p90 ${quantile(warm, 0.9).toFixed(0)} ms, max ${warm.at(-1)!.toFixed(0)} ms`);
  console.log(`  all ${times.length}: median ${quantile([...times].sort((a, b) => a - b), 0.5).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
