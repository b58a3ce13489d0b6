/**
 * Search quality report on a built site: runs `test/search-quality/queries.yaml`
 * in Chromium and prints recall@1, recall@5, MRR and empty results per kind,
 * then every query whose expected page is not first, with what came first.
 *
 *   npx node bench/search-quality.ts [--dir dist] [--kind question] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.ts';
import { formatReport, loadQueries, report, runQueries } from '../test/search-quality/evaluate.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    kind: { type: 'string' },
    json: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const queries = loadQueries().filter((query) => !values.kind || query.kind === values.kind);
const { server, url } = await serve({ dir: values.dir!, port: 0 });
const browser = await chromium.launch({ executablePath: values.chromium!, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage();
  const started = performance.now();
  const outcomes = await runQueries(page, url, queries);
  const seconds = (performance.now() - started) / 1000;
  console.log(formatReport(report(outcomes)));
  console.log(`\n${outcomes.length} queries in ${seconds.toFixed(1)} s\n`);
  for (const outcome of outcomes.filter((row) => row.rank !== 1)) {
    console.log(`[${outcome.kind}] "${outcome.query}" → rank ${outcome.rank || '–'} (expected ${outcome.expect.join(' ')})`);
    console.log(`    got: ${outcome.results.slice(0, 3).join('  ') || '(nothing)'}`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(outcomes, null, 2));
} finally {
  await browser.close();
  server.close();
}
