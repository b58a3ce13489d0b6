/**
 * The support loop end to end (issue #15), on a scratch build with SITE_URL
 * and FEEDBACK_URL set, served on loopback next to a real receiver storing
 * into a real SQLite file: the widget with and without JavaScript, a search
 * with no result, Copy answer's exact Markdown, link previews, the Atom feed
 * and the sitemap. The last block checks that `dist/` (built without either
 * variable) has none of the feedback parts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { pagesMap, startReceiver } from '../../src/server/receiver.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import type { FeedbackStore } from '../../src/server/store.ts';
import { freePort, scratchProject, type ScratchProject } from '../support/scratch-site.ts';
import { CHROMIUM_PATH, watchErrors } from './support.ts';
import { TEMPLATES, type Template } from './templates.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAQ = '/faq/faq-customer-view-partners/';
const GUIDE = '/user-guide/csp-querying-customers/';
const missing = !existsSync(CHROMIUM_PATH) ? `Chromium not found at ${CHROMIUM_PATH}` : undefined;
if (missing && !process.env.CI) console.warn(`[e2e] skipping "support loop": ${missing}`);

describe.skipIf(Boolean(missing) && !process.env.CI)('support loop (built with SITE_URL and FEEDBACK_URL)', () => {
  let scratch: ScratchProject;
  let site: string;
  let receiverUrl: string;
  let servers: Server[] = [];
  let store: FeedbackStore;
  let browser: Browser;
  const data = mkdtempSync(join(tmpdir(), 'pd-feedback-'));
  const dbFile = join(data, 'feedback.sqlite');

  beforeAll(async () => {
    if (missing) throw new Error(`[e2e] ${missing}`);
    const [sitePort, receiverPort] = [await freePort(), await freePort()];
    site = `http://127.0.0.1:${sitePort}`;
    receiverUrl = `http://127.0.0.1:${receiverPort}`;
    scratch = scratchProject('pd-support-');
    scratch.build({ SITE_URL: site, FEEDBACK_URL: receiverUrl });
    const dist = join(scratch.root, 'dist');
    servers.push((await serve({ dir: dist, port: sitePort })).server);
    store = openSqliteStore(dbFile);
    const pages = JSON.parse(readFileSync(join(dist, 'feedback-pages.json'), 'utf8'));
    servers.push((await startReceiver({ store, pages: pagesMap(pages), siteUrl: site, port: receiverPort, log: () => undefined })).server);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    await store?.close();
    scratch?.remove();
    rmSync(data, { recursive: true, force: true });
  });

  /** A page that records CSP violations. */
  async function open(context: BrowserContext, path: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
    const page = await context.newPage();
    const violations: string[] = [];
    const errors = watchErrors(page);
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${site}${path}`);
    return { page, violations, errors };
  }

  const report = (format: string) => {
    const result = spawnSync(process.execPath, ['scripts/feedback-report.ts', '--since', '2000-01-01', '--format', format], {
      encoding: 'utf8',
      env: { ...process.env, FEEDBACK_DB: dbFile, FEEDBACK_PAGES: join(scratch.root, 'dist/feedback-pages.json'), FEEDBACK_DATABASE_URL: '' },
    });
    expect(result.stderr).toBe('');
    return result.stdout;
  };

  it('takes a "No" with a reason and a comment, stores it, and the report shows it escaped', async () => {
    const context = await browser.newContext();
    const { page, violations, errors } = await open(context, FAQ);
    await expect(page.locator('.feedback h2').textContent()).resolves.toBe('Did this answer your question?');
    await page.getByText('No', { exact: true }).click();
    await page.getByLabel('Hard to follow').check();
    const comment = 'Step 2 <b>names</b> a menu I cannot find & <script>alert(1)</script>';
    await page.getByLabel('Comment (optional)').fill(comment);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForSelector('.feedback[data-sent] .feedback-thanks', { state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-thanks');
    expect(new URL(page.url()).pathname).toBe(FAQ);
    const [row] = await store.recentComments(new Date(0), 5);
    expect(row).toMatchObject({ page: 'faq-customer-view-partners', helpful: false, reason: 'hard-to-follow', comment });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const markdown = report('md');
    expect(markdown).toContain('1. **How Do Customers View Their Associated Partners?** (`faq-customer-view-partners`, /faq/faq-customer-view-partners/): 1 not helpful, 0 helpful; Hard to follow 1');
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(markdown).not.toContain('<script>');
    const html = report('html');
    expect(html).toContain('Step 2 &lt;b&gt;names&lt;/b&gt; a menu I cannot find &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('works without JavaScript: the form posts, and the page comes back with its thank-you', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, violations } = await open(context, GUIDE);
    await expect(page.locator('.feedback h2').textContent()).resolves.toBe('Was this page helpful?');
    await expect(page.locator('.copy-actions').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.waitForURL(`${site}${GUIDE}#feedback-thanks`);
    await expect(page.locator('#feedback-thanks').isVisible()).resolves.toBe(true);
    await expect(page.locator('.feedback form').isVisible()).resolves.toBe(false);
    // No, with a reason: the details element opens without script.
    await page.goto(`${site}${GUIDE}`);
    await page.getByText('No', { exact: true }).click();
    await page.getByLabel('Missing information').check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL(`${site}${GUIDE}#feedback-thanks`);
    const counts = (await store.feedbackCounts(new Date(0))).filter((c) => c.page === 'csp-querying-customers').sort((a, b) => Number(a.helpful) - Number(b.helpful));
    expect(counts).toEqual([
      { page: 'csp-querying-customers', helpful: false, reason: 'missing-information', count: 1 },
      { page: 'csp-querying-customers', helpful: true, reason: null, count: 1 },
    ]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('records a search that found nothing, and the report lists it', async () => {
    const context = await browser.newContext();
    const { page, violations, errors } = await open(context, GUIDE);
    await page.keyboard.press('Control+k');
    await page.locator('.search-dialog input').fill('zqxwv kubernetes quantum');
    await page.waitForSelector('.search-dialog[data-rendered-query="zqxwv kubernetes quantum"]');
    await expect(page.locator('.search-dialog-status').textContent()).resolves.toBe('0 results for “zqxwv kubernetes quantum”');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await store.searchCounts(new Date(0))).find((s) => s.query === 'zqxwv kubernetes quantum'), { timeout: 5000 }).toEqual({
      query: 'zqxwv kubernetes quantum',
      filters: '{}',
      count: 1,
      noResult: 1,
      noClick: 0,
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    expect(report('md')).toContain('## Searches with no result\n\n- 1 × "zqxwv kubernetes quantum"');
  });

  it('Copy answer puts the question, the answer as Markdown with absolute links and the URL on the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    const { page, errors } = await open(context, FAQ);
    await page.getByRole('button', { name: 'Copy answer' }).click();
    await page.waitForSelector('.copy-actions [data-copy="answer"][data-copied]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`# How Do Customers View Their Associated Partners?

Your associated partner is shown on the **My Partner** page of **My Account**, the account center of the Huawei Cloud console.

## Open the My Partner page

1. Sign in to Huawei Cloud with your own (customer) account.
2. In the drop-down list under your account name, click **Basic Information**.
3. In the navigation pane on the left, choose **My Partner**.

## What else you do on this page

The same page is where you act on your partner relationship:

- On the **Authorization Management** tab, approve or revoke a partner's request to operate your resources for you. A partner associated with you in the Reseller model needs this authorization before it can act on your behalf.
- Under **More Operations > Disassociate** at the bottom of the page, ask to end the association. See [How Can a Customer Disassociate from a Partner?](${site}/faq/faq-customer-disassociate/)
- When your partner asks to end the association, you handle that request here as well.

${site}${FAQ}
`);
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Answer copied as Markdown');
    // Copy link: the page URL; a heading's anchor link: the URL of that section.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${FAQ}`);
    await page.getByRole('link', { name: 'Link to section: Open the My Partner page' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${FAQ}#open-the-my-partner-page`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives every page link-preview tags and serves /favicon.ico', async () => {
    const dist = join(scratch.root, 'dist');
    const html = readFileSync(join(dist, FAQ, 'index.html'), 'utf8');
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:title')).toBe('How Do Customers View Their Associated Partners?');
    expect(meta('og:description')).toBe('Where a customer of a Huawei Cloud partner finds the partner their account is associated with, and what else that console page is used for.');
    expect(meta('og:url')).toBe(`${site}${FAQ}`);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:site_name')).toBe('Partner Docs');
    expect(meta('og:image')).toBe(`${site}/og-image.png`);
    expect(meta('twitter:card')).toBe('summary');
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('nav/'))) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) expect(text, `${file} ${key}`).toContain(`<meta property="${key}"`);
      expect(text, file).toContain('<meta name="twitter:card" content="summary">');
    }
    const icon = await fetch(`${site}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(Buffer.from(await icon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });

  it('publishes a valid Atom feed of changes, newest first, and the /changes/ page lists the same entries', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/changes/`);
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/changes.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const one = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name)[0];
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        feed: ['id', 'title', 'updated'].map((name) => one(doc.documentElement, name)?.textContent ?? null),
        self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
          id: one(entry, 'id')?.textContent ?? '',
          title: one(entry, 'title')?.textContent ?? '',
          updated: one(entry, 'updated')?.textContent ?? '',
          link: one(entry, 'link')?.getAttribute('href') ?? '',
          content: one(entry, 'content')?.textContent ?? '',
        })),
      };
    });
    expect(feed.parseError).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feed.every(Boolean)).toBe(true);
    expect(feed.self).toBe(`${site}/changes.xml`);
    expect(feed.entries.length).toBeGreaterThan(20);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    const dates = feed.entries.map((e) => e.updated);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of feed.entries) expect(entry.link.startsWith(`${site}/`), entry.link).toBe(true);
    const release = feed.entries.find((e) => e.title === 'User Guide release of 2025-01-20')!;
    expect(release.link).toBe(`${site}/user-guide/ug-change-history/`);
    expect(release.content).toContain(`<a href="${site}/user-guide/csp-querying-customers/">Querying Customers</a>`);
    expect(await page.locator('.changes > li').count()).toBe(feed.entries.length);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/changes.xml');
    await page.close();
  });

  it('lists every indexable page in sitemap.xml with its updated date, and robots.txt names it', async () => {
    const dist = join(scratch.root, 'dist');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = new Map([...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => [m[1]!, m[2]]));
    expect(sitemap.match(/<url>/g)?.length).toBe(listed.size);
    const indexable = htmlFiles(dist)
      .filter((file) => !file.startsWith('nav/') && !readFileSync(join(dist, file), 'utf8').includes('<meta name="robots" content="noindex">'))
      .map((file) => `${site}/${file.replace(/index\.html$/, '')}`);
    expect(indexable.length).toBeGreaterThan(300);
    expect([...listed.keys()].sort()).toEqual(indexable.sort());
    expect(listed.get(`${site}${FAQ}`)).toBe('2026-11-24');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });

  it('has no axe violations with the widget open, light and dark, and its markup is valid HTML', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as a script, which the site's CSP rightly blocks.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site}${FAQ}`);
      await page.getByText('No', { exact: true }).click();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ include: ['.feedback', '.copy-actions'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    for (const path of [FAQ, GUIDE, '/changes/']) {
      const report = await validator.validateString(readFileSync(join(scratch.root, 'dist', path, 'index.html'), 'utf8'), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });

  it('allows exactly the receiver origin in connect-src and form-action, and keeps every template within budget', async () => {
    const response = await fetch(`${site}${GUIDE}`);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain(`connect-src 'self' ${receiverUrl};`);
    expect(csp).toContain(`form-action 'self' ${receiverUrl};`);
    expect(csp.split(receiverUrl).length - 1).toBe(2);
    const breaches = budgetBreaches(join(scratch.root, 'dist'));
    expect(breaches).toEqual([]);
  });
});

describe.skipIf(!existsSync('dist/index.html') && !process.env.CI)('dist/ built without FEEDBACK_URL or SITE_URL', () => {
  it('renders no widget, no receiver address, no page list, no sitemap, and keeps the CSP', () => {
    const faq = readFileSync(join('dist', TEMPLATES.faq, 'index.html'), 'utf8');
    expect(faq).not.toContain('class="feedback"');
    expect(faq).not.toContain('feedback-endpoint');
    expect(faq).toContain('data-copy="answer"');
    expect(faq).toContain('<meta property="og:title"');
    expect(faq).not.toContain('og:url');
    for (const file of ['feedback-pages.json', 'sitemap.xml', 'robots.txt']) expect(existsSync(join('dist', file)), file).toBe(false);
    expect(existsSync('dist/changes.xml')).toBe(true);
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain("connect-src 'self';");
    expect(headers).toContain("form-action 'self';");
  });
});

function htmlFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') && entry.name !== '404.html' ? [relative(dist, path)] : [];
    });
  return walk(dist);
}

/** The template budgets of test/budgets.json, checked on another build than `dist/`. */
function budgetBreaches(dist: string): string[] {
  const budgets = JSON.parse(readFileSync('test/budgets.json', 'utf8')) as Record<Template, { html: number; css: number; js: number }>;
  const breaches: string[] = [];
  for (const [template, path] of Object.entries(TEMPLATES) as [Template, string][]) {
    const html = readFileSync(template === 'not-found' ? join(dist, '404.html') : join(dist, path.split('?')[0]!, 'index.html'), 'utf8');
    const files = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!)));
    const sizes = {
      html: gzipSync(html).length,
      css: files(/<link rel="stylesheet" href="([^"]+)"/g).reduce((s, b) => s + gzipSync(b).length, 0),
      js: [...files(/<script[^>]*\bsrc="([^"]+)"/g), ...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!))].reduce((s, b) => s + gzipSync(b).length, 0),
    };
    for (const kind of ['html', 'css', 'js'] as const) if (sizes[kind] > budgets[template][kind]) breaches.push(`${template}: ${kind} ${sizes[kind]} B > ${budgets[template][kind]} B`);
  }
  return breaches;
}
