/**
 * The built site, for tests that read `dist/` without a browser. In CI a
 * missing build fails the run; locally those suites skip with the reason
 * printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

/** Whether `dist/` is built; throws in CI when it is not, warns that `suite` is skipped otherwise. */
export function distBuilt(suite: string): boolean {
  let built = false;
  try {
    built = statSync(join(DIST, 'index.html')).isFile();
  } catch {
    // not built
  }
  if (!built && process.env.CI) throw new Error('dist/ is not built (run npm run build)');
  if (!built) console.warn(`[e2e] skipping ${suite}: dist/ is not built (run npm run build)`);
  return built;
}

/** The HTML of the page at `path` (`faq/some-id`). */
export function builtPage(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}
