/**
 * `npm run check`: check the content sources for broken references and
 * invalid pages, without building. Exit status 1 on any error, 0 with
 * warnings only.
 *
 *   npm run check [-- --json report.json] [--root <dir>]
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
  },
});

const started = performance.now();
const report = await runChecks({ root: resolve(values.root!) });
console.log(formatConsole(report, { color: process.stdout.isTTY }));
console.log(`Checked in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
if (values.json) writeFileSync(values.json, formatJson(report));
process.exitCode = report.errors > 0 ? 1 : 0;
