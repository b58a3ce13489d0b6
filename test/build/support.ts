/**
 * Scratch copies of the project for tests that run the real build script:
 * code and content are copied (Vite resolves symlinks to their real path,
 * which would move the root), dependencies are linked. Builds there never
 * touch the `dist/` the end-to-end tests use.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const PROJECT = resolve('.');

/** A copy of the project in a temp folder; `content` is the real content unless a fixture is given. */
export function scratchProject(contentFrom = join(PROJECT, 'content')): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-build-'));
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  }
  cpSync(contentFrom, join(dir, 'content'), { recursive: true });
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The environment of a build: no colours, and no SITE_URL (builds compared byte for byte must not depend on it). */
const env = () => {
  const { SITE_URL: _unset, ...rest } = process.env;
  return { ...rest, FORCE_COLOR: '0' };
};

/** Run the build script to the end. */
export function build(dir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: env() });
}

export interface Running {
  child: ChildProcess;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Start a command (the build script by default) without waiting for it. */
export function startBuild(dir: string, command: string = process.execPath, args: string[] = ['scripts/build.ts']): Running {
  const child = spawn(command, args, { cwd: dir, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    child.once('close', (status, signal) => resolve({ status, signal, output }));
  });
  return { child, done };
}

/** sha256 of every file under `dir`, by relative path, sorted. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Number of `index.html` pages under `dir`. */
export function countPages(dir: string): number {
  return Object.keys(hashTree(dir)).filter((file) => file.endsWith('index.html')).length;
}

/** Every descendant process of `pid` (Linux /proc), found by parent links. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) if (ppid === parent) found.push(child), visit(child);
  };
  visit(pid);
  return found;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Wait until `test` holds, polling; false on timeout. */
export async function until(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (test()) return true;
    await sleep(100);
  }
  return test();
}

/** The command line of a process, or '' when it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}
