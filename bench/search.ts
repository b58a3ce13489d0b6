/**
 * Search benchmark on a built site (default `dist/`), in Chromium:
 *
 * - index size on disk (`dist/pagefind/`, by kind of file);
 * - bytes transferred for the first query: everything fetched from opening the
 *   search dialog on a content page to the first rendered results;
 * - bytes each later query transfers;
 * - time from keystroke to rendered results: for each query, from the last
 *   `input` event to the dialog showing results for that query (the debounce
 *   included, as a user sees it). Median and p90 per kind of query (strict,
 *   relaxed questions, corrected typos), the first query apart.
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

/**
 * Queries by kind, in words both the real site and the synthetic one use:
 * strict (every word on the best pages), relaxed (questions: no page holds
 * every word, stop words and rare words handled) and corrected (typos).
 */
const QUERIES: { query: string; kind: 'strict' | 'relaxed' | 'corrected' }[] = [
  ...['monthly budget', 'freeze account', 'coupon quota', 'invoice billing', 'reseller discount', 'renewal order', 'incentive certificate', 'account manager permission'].map((query) => ({ query, kind: 'strict' as const })),
  ...['how do i freeze a customer account that owes money', 'can my reseller set a monthly budget for a client', 'where do i see the invoice for last month billing', 'why was my discount request not approved yet', 'who approves a partner program certificate'].map((query) => ({ query, kind: 'relaxed' as const })),
  ...['budjet', 'resseller discount', 'invioce', 'certficate validation', 'custmer acount'].map((query) => ({ query, kind: 'corrected' as const })),
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

/** What a CDN that gzips text sends: JS, JSON and CSS gzipped; Pagefind's index files are compressed already. */
function gzipped(row: { url: string; bytes: number }): number {
  const file = join(values.dir!, new URL(row.url).pathname);
  return /\.(js|json|css)$/.test(file) && existsSync(file) ? gzipSync(readFileSync(file)).length : row.bytes;
}
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
  const laterBytes: number[] = [];
  for (const [i, { query }] of QUERIES.entries()) {
    if (i === 0) await page.keyboard.press('Control+k');
    const before = transferred.length;
    await page.locator('.search-dialog input').fill('');
    await page.locator('.search-dialog input').fill(query);
    await page.waitForSelector(`.search-dialog[data-rendered-query=${JSON.stringify(query)}]`);
    await page.waitForTimeout(150); // let late size callbacks land
    const rows = transferred.slice(before);
    if (i === 0) {
      console.log(`\nFirst view of ${values.page}: ${kb(pageLoad)} transferred (search not opened)`);
      console.log(`First query ("${query}"): ${kb(rows.reduce((sum, row) => sum + row.bytes, 0))} transferred in ${rows.length} requests`);
      console.log(`  with gzip on text files: ${kb(rows.reduce((sum, row) => sum + gzipped(row), 0))}`);
      for (const row of [...rows].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(row.bytes).padStart(10)}  ${new URL(row.url).pathname}`);
    } else {
      laterBytes.push(rows.reduce((sum, row) => sum + gzipped(row), 0));
    }
    times.push(await page.evaluate((q) => (window as unknown as { __rendered: Map<string, number> }).__rendered.get(q)!, query));
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${quantile(sorted, 0.5).toFixed(0)}, p90 ${quantile(sorted, 0.9).toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}`;
  };
  console.log(`\nLater queries, bytes each (gzip on text): ${stats(laterBytes.map((bytes) => bytes / 1024))} KB`);
  console.log(`Keystroke → rendered results, ms (includes the dialog's 90 ms debounce); the first query (${times[0]!.toFixed(0)} ms) loads the engine:`);
  for (const kind of ['strict', 'relaxed', 'corrected'] as const) {
    const own = QUERIES.flatMap((query, index) => (query.kind === kind && index > 0 ? [times[index]!] : []));
    console.log(`  ${kind.padEnd(10)} ${own.length} queries: ${stats(own)}`);
  }
  console.log(`  all later  ${times.length - 1} queries: ${stats(times.slice(1))}`);
} finally {
  await browser.close();
  server.close();
}
