/**
 * The build's lock and publishing steps on scratch folders: who holds the
 * lock and when it is taken over, the swap and its undo, the completeness
 * check and one-line file-system errors.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, LOCK_FILE, LockHeldError } from '../../src/lib/build/lock.ts';
import { buildPaths, describeError, missingFiles, recoverInterruptedBuild, swapIntoPlace } from '../../src/lib/build/publish.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pd-publish-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const deadOwner = (extra: object = {}) => JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), started: '2026-01-01T00:00:00.000Z', command: 'npm run build', ...extra });

describe('build lock', () => {
  it('is held by one build at a time; the second is told who holds it', () => {
    const lock = acquireBuildLock(root, 'npm run build');
    expect(() => acquireBuildLock(root)).toThrow(LockHeldError);
    expect(() => acquireBuildLock(root)).toThrow(`another build is running in this checkout: process ${process.pid}, started ${lock.owner.started} (npm run build). Wait for it to finish, or stop it.`);
    lock.release();
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    acquireBuildLock(root).release();
  });

  it('is taken over when its owner is gone, and says from whom', () => {
    writeFileSync(join(root, LOCK_FILE), deadOwner());
    const lock = acquireBuildLock(root);
    expect(lock.tookOverFrom).toMatchObject({ pid: 2 ** 22 + 1, started: '2026-01-01T00:00:00.000Z' });
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('is taken over when its process id now belongs to another process', () => {
    // This process is alive, but started at another time than the lock records.
    writeFileSync(join(root, LOCK_FILE), deadOwner({ pid: process.pid, startTicks: 1 }));
    const lock = acquireBuildLock(root);
    expect(lock.tookOverFrom?.pid).toBe(process.pid);
    lock.release();
  });

  it('of another host is never taken over', () => {
    writeFileSync(join(root, LOCK_FILE), deadOwner({ host: 'build-agent-7' }));
    expect(() => acquireBuildLock(root)).toThrow(`process ${2 ** 22 + 1} on build-agent-7, started 2026-01-01T00:00:00.000Z (npm run build). If that build is gone, delete .build.lock.`);
  });

  it('is released only by its owner', () => {
    const lock = acquireBuildLock(root);
    writeFileSync(join(root, LOCK_FILE), deadOwner()); // taken over by someone else meanwhile
    lock.release();
    expect(existsSync(join(root, LOCK_FILE))).toBe(true);
  });

  it('goes to exactly one of many builds racing for a dead lock', async () => {
    writeFileSync(join(root, LOCK_FILE), deadOwner());
    const script = `import { acquireBuildLock } from ${JSON.stringify(new URL('../../src/lib/build/lock.ts', import.meta.url).href)};
      try { acquireBuildLock(process.argv[1]); console.log('won'); setTimeout(() => {}, 1500); } catch (e) { console.log('lost'); }`;
    const runs = Array.from({ length: 6 }, () =>
      new Promise<string>((done) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, root], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('close', () => done(out.trim()));
      }),
    );
    const outcomes = await Promise.all(runs);
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'lost')).toHaveLength(5);
  }, 30_000);
});

describe('publishing', () => {
  const site = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  };

  it('swaps the staged site in and removes the old one', () => {
    const paths = buildPaths(root);
    site(paths.dist, 'old');
    site(paths.staging, 'new');
    expect(swapIntoPlace(paths)).toBeUndefined();
    expect(readFileSync(join(paths.dist, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(paths.staging) || existsSync(paths.old)).toBe(false);
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    const paths = buildPaths(root);
    site(paths.dist, 'old');
    // No staging folder: the second rename fails.
    expect(() => swapIntoPlace(paths)).toThrow(/ENOENT/);
    expect(readFileSync(join(paths.dist, 'index.html'), 'utf8')).toBe('old');
  });

  it('repairs a swap cut between its renames, and clears leftovers', () => {
    const paths = buildPaths(root);
    site(paths.old, 'previous');
    site(paths.staging, 'half');
    expect(recoverInterruptedBuild(paths)).toBe('restored dist/ from an interrupted build');
    expect(readFileSync(join(paths.dist, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(paths.staging)).toBe(false);
  });

  it('lists what a staged site lacks: pages, 404, search, headers, the search runtime and its data', () => {
    site(join(root, 'faq'), 'x');
    expect(missingFiles(root, ['/faq/', '/faq/a-page/'])).toEqual([
      'faq/a-page/index.html',
      'index.html',
      '404.html',
      'search/index.html',
      '_headers',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'search-config.json',
      'search-ranking.json',
    ]);
  });

  it('describes file-system errors in one line, paths relative to the project', () => {
    const error = Object.assign(new Error("EPERM: operation not permitted, rename '/p/dist' -> '/p/.dist-old'"), { code: 'EPERM', syscall: 'rename', path: '/p/dist', dest: '/p/.dist-old' });
    expect(describeError(error, '/p')).toBe('cannot move dist to .dist-old: operation not permitted (the file may be immutable or belong to another user) (EPERM)');
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: '/p/.dist-staging/pagefind/x' });
    expect(describeError(full, '/p')).toBe('cannot write .dist-staging/pagefind/x: no space left on the device (ENOSPC)');
    expect(describeError(new Error('first line\n    at stack'), '/p')).toBe('first line');
  });
});
