/**
 * Publishing a build: the site is built into a staging folder, checked for
 * completeness, and only then swapped in for `dist/`. Every step either
 * completes or leaves the previous `dist/` as it was; a swap interrupted by a
 * hard kill (between its two renames) is repaired by the next build.
 */
import { accessSync, constants, existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildPaths {
  root: string;
  /** Where the build is written: `.dist-staging/`. */
  staging: string;
  /** The published site: `dist/`. */
  dist: string;
  /** The previous site while it is being replaced: `.dist-old/`. */
  old: string;
}

export function buildPaths(root: string): BuildPaths {
  return { root, staging: join(root, '.dist-staging'), dist: join(root, 'dist'), old: join(root, '.dist-old') };
}

/**
 * Repairs what a killed build left (call with the build lock held): a swap cut
 * between its renames has moved `dist/` aside and not put the new one in
 * place, so the old one goes back; leftover staging and old folders go.
 * Returns what it did, for the log.
 */
export function recoverInterruptedBuild({ staging, dist, old }: BuildPaths): string | undefined {
  let note: string | undefined;
  if (existsSync(old)) {
    if (existsSync(dist)) rmSync(old, { recursive: true, force: true });
    else {
      renameSync(old, dist);
      note = 'restored dist/ from an interrupted build';
    }
  }
  rmSync(staging, { recursive: true, force: true });
  return note;
}

/**
 * Fails early, before minutes of building, when `dist/` could not be
 * replaced: the project folder is not writable, or `dist/` cannot be moved
 * (immutable, on another mount, owned by another user). The trial move is
 * undone at once.
 */
export function checkCanPublish({ root, dist, old }: BuildPaths): void {
  accessSync(root, constants.W_OK);
  if (!existsSync(dist)) return;
  renameSync(dist, old);
  renameSync(old, dist);
}

/** The files a complete site has, relative to the build folder, given the URLs it publishes. */
export function requiredFiles(urls: readonly string[]): string[] {
  const pages = urls.map((url) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1)));
  return [...new Set([...pages, 'index.html', '404.html', 'search/index.html', '_headers', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'search-config.json', 'search-ranking.json'])];
}

/** Files of a complete site missing from `siteDir`. */
export function missingFiles(siteDir: string, urls: readonly string[]): string[] {
  return requiredFiles(urls).filter((file) => !existsSync(join(siteDir, file)));
}

/**
 * Puts the staged build in place of `dist/`. Synchronous on purpose: no
 * signal handler can run between the two renames. If the second rename fails,
 * the first is undone. Returns a warning when the old site could not be
 * removed afterwards (the new one is published all the same).
 */
export function swapIntoPlace({ staging, dist, old }: BuildPaths): string | undefined {
  rmSync(old, { recursive: true, force: true });
  const hadDist = existsSync(dist);
  if (hadDist) renameSync(dist, old);
  try {
    renameSync(staging, dist);
  } catch (error) {
    if (hadDist) renameSync(old, dist);
    throw error;
  }
  try {
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    return `the previous site is left in ${old}: ${describeError(error, dist)}`;
  }
  return undefined;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (the file may be immutable or belong to another user)',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EBUSY: 'it is in use',
  ENOTEMPTY: 'a folder is in the way',
  EEXIST: 'something is in the way',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where a file should be',
  EXDEV: 'it is on another file system',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

const VERBS: Record<string, string> = {
  access: 'write to',
  rename: 'move',
  rmdir: 'remove',
  rm: 'remove',
  unlink: 'remove',
  open: 'open',
  mkdir: 'create',
  write: 'write',
  link: 'create',
  scandir: 'read',
  stat: 'read',
  copyfile: 'copy',
};

/** One line for an error: file-system errors as "cannot move dist: permission denied (EACCES)", paths relative to `root`. */
export function describeError(error: unknown, root: string): string {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (!e || typeof e.code !== 'string' || !e.syscall) return (e?.message ?? String(error)).split('\n')[0]!;
  const show = (path: string) => relative(root, path) || '.';
  const target = e.path ? ` ${show(e.path)}${e.dest ? ` to ${show(e.dest)}` : ''}` : '';
  return `cannot ${VERBS[e.syscall] ?? e.syscall}${target}: ${REASONS[e.code] ?? e.code.toLowerCase()} (${e.code})`;
}
