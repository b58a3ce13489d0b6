/**
 * Accessibility (axe-core, light and dark), Content-Security-Policy (served
 * with the site's own _headers, zero violations) and external-link rel on
 * one page of every template.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { describeE2E, watchErrors } from './support.ts';
import { TEMPLATES } from './templates.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describeE2E('quality gates', (ctx) => {
  for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]] as const) {
    it(`has no axe violations on any template (${scheme} theme, ${width} px wide)`, async () => {
      // axe is injected as a script, which the site's own CSP rightly blocks; the CSP has its own test.
      const context = await ctx.browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width, height: width > 800 ? 800 : 844 } });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const [template, path] of Object.entries(TEMPLATES)) {
        await page.goto(`${ctx.baseUrl}${path}`);
        if (template === 'search') await page.waitForSelector('[data-search-page][data-rendered-query]');
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        for (const v of violations) failures.push(`${template} (${path}): ${v.id}: ${v.help} at ${v.nodes.join(', ')}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  it('serves a strict CSP and no template violates it, search included', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    for (const [template, path] of Object.entries(TEMPLATES)) {
      const response = await page.goto(`${ctx.baseUrl}${path}`);
      // The not-found template is expected to log its own 404; nothing else may log an error.
      if (template === 'not-found') errors.splice(errors.findIndex((e) => e.includes('404')), 1);
      const csp = response!.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self' 'sha256-");
      expect(csp).not.toContain("'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      if (path.startsWith('/search/')) await page.waitForSelector('[data-search-page][data-rendered-query]');
    }
    // The dialog and Pagefind (WebAssembly, worker) run under the same policy.
    await page.goto(`${ctx.baseUrl}${TEMPLATES.guide}`);
    await page.keyboard.press('Control+k');
    await page.locator('.search-dialog input').fill('budget');
    await page.waitForSelector('.search-dialog[data-rendered-query="budget"]');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives every external link rel="noopener"', async () => {
    const page = await ctx.browser.newPage();
    const missing: string[] = [];
    for (const path of [TEMPLATES.guide, TEMPLATES.faq, TEMPLATES.api, TEMPLATES.home]) {
      await page.goto(`${ctx.baseUrl}${path}`);
      const links = await page.$$eval('a[href^="http"]', (anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '' })));
      for (const link of links) if (!link.rel.split(/\s+/).includes('noopener')) missing.push(`${path}: ${link.href}`);
    }
    await page.close();
    expect(missing).toEqual([]);
  });
});
