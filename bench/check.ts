/**
 * Benchmark of the content checker: generate N synthetic pages and time
 * `runChecks` on them (collect in worker threads, then every check).
 *
 *   node bench/check.ts --pages 10000 [--runs 3]
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/lib/check/run.ts';
import { generateSite } from './generate.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const pages = Number(values.pages);
const out = `bench/out/check-${pages}`;
generateSite(out, pages);
console.log(`Checking ${pages} synthetic pages on ${availableParallelism()} cores.`);

const times: number[] = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const started = performance.now();
  const report = await runChecks({ root: out });
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds);
  const codes = [...new Set(report.issues.map((issue) => issue.code))];
  console.log(`run ${run}: ${seconds.toFixed(2)} s, ${report.pages} pages, ${report.errors} errors, ${report.warnings} warnings${codes.length ? ` (${codes.join(', ')})` : ''}`);
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s, best ${times[0]!.toFixed(2)} s, peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
