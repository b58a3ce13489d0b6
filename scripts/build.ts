/**
 * `npm run build`: check the content, build the site into a staging folder,
 * index it for search, write its headers, check that every page is there,
 * and only then swap it in for `dist/`.
 *
 * - One build at a time per checkout (`.build.lock`, naming the running build;
 *   a dead build's lock is taken over).
 * - A failure or a stop (Ctrl+C, SIGTERM, the parent `npm` killed) at any step
 *   leaves the previous `dist/` untouched, removes the staging folder and
 *   stops the child processes.
 * - Errors are one line: file-system errors name the path and the reason.
 */
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { acquireBuildLock, LockHeldError, type BuildLock } from '../src/lib/build/lock.ts';
import { buildPaths, checkCanPublish, describeError, missingFiles, recoverInterruptedBuild, swapIntoPlace } from '../src/lib/build/publish.ts';
import { BuildStopped, BuildStopper } from '../src/lib/build/stopper.ts';
import { formatConsole } from '../src/lib/check/reporters/console.ts';
import { runChecks } from '../src/lib/check/run.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { writeSecurityHeaders } from '../src/integrations/security-headers.ts';
import { feedbackCspSources } from '../src/lib/feedback/site-config.ts';

const root = resolve('.');
const paths = buildPaths(root);
const started = performance.now();

class BuildFailed extends Error {}

let lock: BuildLock | undefined;
/** Synchronous, so it also runs from a signal handler or on a second Ctrl+C. */
function cleanUp(): void {
  try {
    rmSync(paths.staging, { recursive: true, force: true });
  } catch (error) {
    console.error(`Could not remove ${paths.staging}: ${describeError(error, root)}`);
  }
  lock?.release();
}

function exit(message: string, code: number): never {
  cleanUp();
  console.error(`\nBuild failed: ${message}\ndist/ was left as it was.`);
  process.exit(code);
}

const stopper = new BuildStopper((stop) => exit(`${stop.message}, at once (second signal)`, stop.exitCode));

try {
  lock = acquireBuildLock(root, process.env.npm_lifecycle_event && process.env.npm_lifecycle_event !== 'npx' ? `npm run ${process.env.npm_lifecycle_event}` : `node ${relative(root, process.argv[1]!)}`);
  if (lock.tookOverFrom) console.log(`Took over the lock of a build that is gone (process ${lock.tookOverFrom.pid}, started ${lock.tookOverFrom.started}).`);
  const recovered = recoverInterruptedBuild(paths);
  if (recovered) console.log(`Recovered: ${recovered}.`);
  checkCanPublish(paths);

  // 1. Content checks run first; any error stops the build.
  const report = await runChecks({ root });
  if (report.errors > 0) {
    console.error(formatConsole(report, { color: process.stderr.isTTY }));
    throw new BuildFailed(`${report.errors} content ${report.errors === 1 ? 'error' : 'errors'} (run \`npm run check\` after fixing).`);
  }
  console.log(`Content check: ${report.pages} pages, ${report.warnings} warnings.`);

  // 2. Astro renders into the staging folder.
  const astro = await stopper.runNode(join(root, 'node_modules/astro/bin/astro.mjs'), ['build', '--outDir', paths.staging], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro !== 0) throw new BuildFailed('astro build exited with an error.');

  // 3. Search index.
  stopper.throwIfStopped();
  const search = await buildSearchIndex(paths.staging);
  if (search.errors.length > 0) throw new BuildFailed(`search indexing: ${search.errors.join('; ')}`);
  console.log(`Search index: ${search.pages} pages, ${search.files} files, ${search.words} words for typo correction.`);

  // 4. Security headers: the CSP allows the site's own inline scripts by the hash of their source.
  stopper.throwIfStopped();
  // With FEEDBACK_URL, the receiver's origin is allowed for connect-src and form-action, nothing more.
  writeSecurityHeaders(paths.staging, { root, extraSources: feedbackCspSources() });

  // 5. Nothing is published unless every page, the 404 page, search and headers are there.
  const missing = missingFiles(paths.staging, report.urls);
  if (missing.length > 0) throw new BuildFailed(`the build is incomplete: ${missing.length} files missing (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}).`);

  // 6. Swap staging into place (synchronous: no signal handler runs in between).
  stopper.throwIfStopped();
  const warning = swapIntoPlace(paths);
  if (warning) console.warn(`Warning: ${warning}`);
  lock.release();
  stopper.dispose();
  console.log(`Built dist/ (${report.urls.length} URLs) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  if (error instanceof LockHeldError) {
    // Not ours to clean: the staging folder belongs to the running build.
    console.error(`\nBuild not started: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof BuildStopped) exit(error.message, error.exitCode);
  exit(error instanceof BuildFailed ? error.message : describeError(error, root), 1);
}
