/**
 * `npm run build`: check the content, build the site into a staging folder,
 * index it for search, and only then replace `dist/`. A failure at any step
 * leaves the previous `dist/` untouched and removes the staging folder, so no
 * half-written site can be deployed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatConsole } from '../src/lib/check/reporters/console.ts';
import { runChecks } from '../src/lib/check/run.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { writeSecurityHeaders } from '../src/integrations/security-headers.ts';

const root = resolve('.');
const staging = join(root, '.dist-staging');
const dist = join(root, 'dist');
const started = performance.now();

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\ndist/ was left as it was.`);
  process.exit(1);
}

// 1. Content checks run first; any error stops the build.
const report = await runChecks({ root });
if (report.errors > 0) {
  console.error(formatConsole(report, { color: process.stderr.isTTY }));
  fail(`${report.errors} content ${report.errors === 1 ? 'error' : 'errors'} (run \`npm run check\` after fixing).`);
}
console.log(`Content check: ${report.pages} pages, ${report.warnings} warnings.`);

// 2. Astro renders into the staging folder.
rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('astro build exited with an error.');

// 3. Search index.
const search = await buildSearchIndex(staging);
if (search.errors.length > 0) fail(`search indexing: ${search.errors.join('; ')}`);
// What the search UI loads: a build without them would ship a site whose search fails.
for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
  if (!existsSync(join(staging, 'pagefind', file))) fail(`search indexing wrote no pagefind/${file}.`);
}
console.log(`Search index: ${search.pages} pages, ${search.files} files, ${search.words} words for typo correction.`);

// 4. Security headers, with the hashes of the inline scripts the build produced.
writeSecurityHeaders(staging);

// 5. Swap staging into place.
const old = join(root, '.dist-old');
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
