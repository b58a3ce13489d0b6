/**
 * Gates over the whole built site: every HTML page validates (html-validate),
 * a maintained crawler (linkinator) finds no broken link or anchor when the
 * site is served, and each template stays within its size budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, type RuleConfig } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { DIST, distBuilt } from './dist.ts';
import { TEMPLATES, type Template } from './templates.ts';

const built = distBuilt('site gates');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe.skipIf(!built)('site gates', () => {
  it('every built page is valid HTML (html-validate, recommended rules)', async () => {
    const rules: RuleConfig = {
      // Error-code anchors are the codes themselves (`#CBC.5004`): valid HTML5 ids, which the strict mode rejects.
      'valid-id': ['error', { relaxed: true }],
      // An SEO heuristic, not validity: FAQ titles are the full questions partners search for.
      'long-title': 'off',
    };
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules });
    // Nav fragments are partial HTML inserted into a page: validated as fragments, without document rules.
    const fragments = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { ...rules, 'missing-doctype': 'off', 'no-missing-references': 'off' } });
    const errors: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const isFragment = relative(DIST, file).startsWith('nav/');
      const report = await (isFragment ? fragments : validator).validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('has no broken links or anchors (linkinator over the served site)', async () => {
    const { server, url } = await serve({ dir: DIST, port: 0 });
    try {
      const result = await new LinkChecker().check({
        path: `${url}/`,
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        // The crawler has no network; external links are checked for form by `npm run check`.
        linksToSkip: async (link) => !link.startsWith(url),
      });
      const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (from ${link.parent})`);
      expect(broken).toEqual([]);
      expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(50);
    } finally {
      server.close();
    }
  }, 300_000);

  it('keeps every template within its size budget (gzip)', () => {
    const budgets = JSON.parse(readFileSync('test/budgets.json', 'utf8')) as Record<Template, { html: number; css: number; js: number }>;
    const breaches: string[] = [];
    for (const [template, path] of Object.entries(TEMPLATES) as [Template, string][]) {
      const file = template === 'not-found' ? join(DIST, '404.html') : join(DIST, path.split('?')[0]!, 'index.html');
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!)));
      const js = [
        ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!))),
        ...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)),
      ];
      const sizes = { html: gzipSync(html).length, css: css.reduce((s, b) => s + gzipSync(b).length, 0), js: js.reduce((s, b) => s + gzipSync(b).length, 0) };
      for (const kind of ['html', 'css', 'js'] as const) {
        const excess = sizes[kind] - budgets[template][kind];
        if (excess > 0) breaches.push(`${template} (${path}): ${kind} is ${sizes[kind]} B gzip, ${excess} B over its budget of ${budgets[template][kind]} B`);
      }
    }
    expect(breaches).toEqual([]);
  });
});
