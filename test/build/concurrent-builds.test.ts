/**
 * Builds of the real site in a scratch copy of the project: two at once never
 * publish a partial site, a build is byte-identical to the next one of the same
 * commit, a dead build's lock is taken over, a killed build stops its children
 * and leaves dist/ alone, and a dist/ that cannot be replaced fails at once
 * with one line. Each full build takes 10 to 20 s; the file shares them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFiles } from '../../src/lib/build/publish.ts';
import { runChecks } from '../../src/lib/check/run.ts';
import { alive, build, commandLine, countPages, descendants, hashTree, removeProject, scratchProject, sleep, startBuild, until } from './support.ts';

const scratch = scratchProject();
const dist = join(scratch, 'dist');
let urls: string[] = [];
/** Hashes of the first published build, compared with a later one. */
let first: Record<string, string> = {};

beforeAll(async () => {
  urls = (await runChecks({ root: scratch })).urls;
});
afterAll(() => removeProject(scratch));

describe('builds in one checkout', () => {
  it('two builds started together, and one started mid-build: one publishes the whole site, the others stop at once naming it', async () => {
    const a = startBuild(scratch);
    const b = startBuild(scratch);
    // Started a few seconds apart used to fail with ENOENT/ENOTEMPTY: a third build while the winner writes its staging folder.
    await until(() => existsSync(join(scratch, '.dist-staging')), 90_000);
    const late = startBuild(scratch);
    const results = await Promise.all([a.done, b.done, late.done]);
    const published = results.filter((result) => result.status === 0);
    expect(published).toHaveLength(1);
    const winner = published[0] === results[0] ? a : b;
    for (const result of results.filter((r) => r.status !== 0)) {
      expect(result.status).toBe(1);
      expect(result.output).toContain(`Build not started: another build is running in this checkout: process ${winner.child.pid}, started `);
    }
    // No exit-0 build publishes fewer pages than the site has.
    expect(missingFiles(dist, urls)).toEqual([]);
    expect(countPages(dist)).toBeGreaterThanOrEqual(urls.length);
    first = hashTree(dist);
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
    expect(existsSync(join(scratch, '.build.lock'))).toBe(false);
  }, 180_000);

  it('takes over the lock of a build that is gone, and repairs a swap it cut short', () => {
    // A dead build: a pid that cannot be running, and a swap stopped between its two renames.
    writeFileSync(join(scratch, '.build.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), started: '2026-01-01T00:00:00.000Z', command: 'npm run build' }));
    spawnSync('mv', [dist, join(scratch, '.dist-old')]);
    const result = build(scratch);
    expect(result.stdout).toContain(`Took over the lock of a build that is gone (process ${2 ** 22 + 1}`);
    expect(result.stdout).toContain('Recovered: restored dist/ from an interrupted build.');
    expect(result.status).toBe(0);
    expect(missingFiles(dist, urls)).toEqual([]);
  }, 180_000);

  it('publishes byte-identical files for the same commit (two builds), _headers and pagefind/ included', () => {
    const second = hashTree(dist);
    expect(Object.keys(second).length).toBeGreaterThan(urls.length);
    expect(second).toEqual(first);
  });

  it('killing `npm run build` midway stops every child and leaves dist/ as it was', async () => {
    const running = startBuild(scratch, 'npm', ['run', 'build']);
    // Midway: Astro is running (its process is in the tree).
    const astroRunning = () => descendants(running.child.pid!).some((pid) => commandLine(pid).includes('astro.mjs'));
    expect(await until(astroRunning, 60_000)).toBe(true);
    await sleep(1000);
    const tree = descendants(running.child.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(2); // the build script and Astro, at least
    running.child.kill('SIGTERM');
    await running.done;
    // npm does not pass SIGTERM on; the build notices its parent is gone and stops its own child.
    expect(await until(() => tree.every((pid) => !alive(pid)), 20_000), `still running: ${tree.filter(alive).join(', ')}`).toBe(true);
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
    expect(existsSync(join(scratch, '.build.lock'))).toBe(false);
    expect(hashTree(dist)).toEqual(first);
  }, 120_000);

  it('fails in seconds with one line when dist/ cannot be replaced, before building anything', () => {
    const immutable = spawnSync('chattr', ['+i', dist], { encoding: 'utf8' });
    if (immutable.status !== 0) {
      // chattr needs root and ext4 (both true here and in CI); say why if not.
      const reason = `chattr +i is not available: ${immutable.stderr.trim() || immutable.error?.message}`;
      if (process.env.CI) throw new Error(reason);
      console.warn(`[build] skipping the immutable dist/ case: ${reason}`);
      return;
    }
    try {
      const result = build(scratch);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Build failed: cannot move dist to .dist-old: operation not permitted');
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stdout).not.toContain('Content check'); // it stopped before checking and building
    } finally {
      spawnSync('chattr', ['-i', dist]);
    }
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
    expect(existsSync(join(scratch, '.dist-old'))).toBe(false);
    expect(hashTree(dist)).toEqual(first);
  }, 60_000);
});
