/**
 * A bad page fails `npm run build` with a message naming the file, the field
 * and the fix, and leaves the previous dist/ exactly as it was (no staging
 * folder, no half-written site). Runs the real build script in a scratch copy
 * of the project whose code is symlinked and whose content is a fixture.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'pd-build-'));
// Code is copied (Vite resolves symlinks to their real path, which would move the root); dependencies are linked.
symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'));
for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(project, entry), join(scratch, entry), { recursive: true });
}
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function useContent(fixture: string): void {
  rmSync(join(scratch, 'content'), { recursive: true, force: true });
  cpSync(join(project, 'test/fixtures', fixture, 'content'), join(scratch, 'content'), { recursive: true });
  // A previous good build that must survive the failure.
  rmSync(join(scratch, 'dist'), { recursive: true, force: true });
  mkdirSync(join(scratch, 'dist'));
  writeFileSync(join(scratch, 'dist/index.html'), 'previous build');
}

function build() {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: scratch, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

describe('a failing build', () => {
  it('stops at the content check with the file, the field and the fix', () => {
    useContent('build-bad-frontmatter');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/faq/bad.mdx:3:1  error  frontmatter-invalid  title must be at least 3 characters\n      hint: Add the page heading, e.g. `title: Querying Customers`.',
    );
    // A missing field points at the start of the frontmatter.
    expect(result.stderr).toContain('content/faq/bad.mdx:2:1  error  frontmatter-invalid  updated is missing');
    expect(result.stderr).toContain('Build failed: 2 content errors');
    expect(readFileSync(join(scratch, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
  });

  it('leaves the previous dist/ in place when Astro itself fails mid-build', () => {
    useContent('build-render-error');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain('missingVariable');
    expect(readFileSync(join(scratch, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
  }, 120_000);
});
