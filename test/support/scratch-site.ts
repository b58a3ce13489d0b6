/**
 * A scratch copy of the project (code and content copied, dependencies
 * linked) for tests that build the site with other settings than `dist/` has,
 * without touching `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ScratchProject {
  root: string;
  /** Runs `scripts/build.ts` there with extra environment variables; throws with its output on failure. */
  build(env: Record<string, string>): void;
  remove(): void;
}

export function scratchProject(prefix: string, entries = ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']): ScratchProject {
  const project = resolve('.');
  const root = mkdtempSync(join(tmpdir(), prefix));
  // Code is copied (Vite resolves symlinks to their real path, which would move the root); dependencies are linked.
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  for (const entry of entries) cpSync(join(project, entry), join(root, entry), { recursive: true });
  return {
    root,
    build(env) {
      const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
      if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A free loopback port (the tiny race until it is used again is harmless in tests). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
