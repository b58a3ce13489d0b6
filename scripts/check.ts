/**
 * `npm run check`: check the content sources for broken references and
 * invalid pages, without building. Exit status 1 on any error, 0 with
 * warnings only.
 *
 *   npm run check [-- --json report.json] [--root <dir>] [--accept-urls]
 *
 * --accept-urls  record the URLs published now in content/published-urls.txt,
 *                after an intended URL change (a page removed or moved).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatConsole } from '../src/lib/check/reporters/console.ts';
import { formatJson } from '../src/lib/check/reporters/json.ts';
import { runChecks } from '../src/lib/check/run.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    root: { type: 'string', default: '.' },
    'accept-urls': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const report = await runChecks({ root: resolve(values.root!), acceptUrls: values['accept-urls'] });
console.log(formatConsole(report, { color: process.stdout.isTTY }));
console.log(`Checked in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
if (values.json) writeFileSync(values.json, formatJson(report));
process.exitCode = report.errors > 0 ? 1 : 0;
