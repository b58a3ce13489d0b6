/**
 * A bad page fails `npm run build` with a message naming the file, the field
 * and the fix, and leaves the previous dist/ exactly as it was (no staging
 * folder, no half-written site). Runs the real build script in a scratch copy
 * of the project whose content is a fixture.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, PROJECT, removeProject, scratchProject } from './support.ts';

const scratch = scratchProject(join(PROJECT, 'test/fixtures/build-bad-frontmatter/content'));
afterAll(() => removeProject(scratch));

function useContent(fixture: string): void {
  rmSync(join(scratch, 'content'), { recursive: true, force: true });
  cpSync(join(PROJECT, 'test/fixtures', fixture, 'content'), join(scratch, 'content'), { recursive: true });
  // A previous good build that must survive the failure.
  rmSync(join(scratch, 'dist'), { recursive: true, force: true });
  mkdirSync(join(scratch, 'dist'));
  writeFileSync(join(scratch, 'dist/index.html'), 'previous build');
}

describe('a failing build', () => {
  it('stops at the content check with the file, the field and the fix', () => {
    useContent('build-bad-frontmatter');
    const result = build(scratch);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/faq/bad.mdx:3:1  error  frontmatter-invalid  title must be at least 3 characters\n      hint: Add the page heading, e.g. `title: Querying Customers`.',
    );
    // A missing field points at the start of the frontmatter.
    expect(result.stderr).toContain('content/faq/bad.mdx:2:1  error  frontmatter-invalid  updated is missing');
    expect(result.stderr).toContain('Build failed: 2 content errors');
    expect(readFileSync(join(scratch, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
    expect(existsSync(join(scratch, '.build.lock'))).toBe(false);
  });

  it('leaves the previous dist/ in place when Astro itself fails mid-build', () => {
    useContent('build-render-error');
    const result = build(scratch);
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain('missingVariable');
    expect(readFileSync(join(scratch, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(scratch, '.dist-staging'))).toBe(false);
  }, 120_000);
});
