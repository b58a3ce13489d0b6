/**
 * Search in Chromium: the dialog and its keyboard, loading on first use, the
 * shareable search page with filters, relaxed matching of questions, typo
 * correction, clean excerpts, ranking, every result reachable with true
 * counts, the empty states, and the message without JavaScript.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, watchErrors } from './support.ts';

const GUIDE = '/user-guide/csp-querying-customers/';

describeE2E('search', (ctx) => {
  it('keeps what is typed while the dialog is still loading', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}${GUIDE}`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('budget', { delay: 0 });
    await page.waitForSelector('.search-dialog[data-rendered-query="budget"]');
    await expect(page.inputValue('.search-dialog input')).resolves.toBe('budget');
    await page.close();
  });

  it('fetches no search code until search is used', async () => {
    const page = await ctx.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${ctx.baseUrl}${GUIDE}`, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/search-') || path.includes('dialog'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.locator('.search-dialog input').fill('budget');
    await page.waitForSelector('.search-dialog[data-rendered-query="budget"]');
    expect(requests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });

  it('opens the dialog with Ctrl+K, "/" and the header box; arrows move through results; Esc closes and restores focus', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}${GUIDE}`);
    await page.locator('.toc a').first().focus();
    const before = await page.evaluate(() => document.activeElement?.textContent);

    const dialog = page.locator('dialog.search-dialog');
    const opened = () => page.waitForFunction(() => document.querySelector<HTMLDialogElement>('dialog.search-dialog')?.open === true);
    await page.keyboard.press('Control+k');
    await opened();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');

    await page.keyboard.type('monthly budget');
    await page.waitForSelector('.search-dialog[data-rendered-query="monthly budget"]');
    const titles = await page.locator('.search-dialog .search-result-title').allTextContents();
    expect(titles.length).toBeGreaterThan(2);
    // Each result shows its breadcrumb and a highlighted excerpt.
    await expect(page.locator('.search-dialog .search-result-crumb').first().textContent()).resolves.toContain('›');
    await expect(page.locator('.search-dialog .search-result-excerpt mark').count()).resolves.toBeGreaterThan(0);

    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(titles[0]);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');

    // Tab stays inside the dialog.
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await expect(dialog.evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(before);

    // "/" opens it too, and so does the header box.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await opened();
    await page.keyboard.press('Escape');
    await expect(dialog.evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
    await page.locator('#header-search').focus();
    await opened();

    // Enter on a result opens it.
    await page.locator('.search-dialog input').fill('unfreeze account');
    await page.waitForSelector('.search-dialog[data-rendered-query="unfreeze account"]');
    const href = await page.locator('.search-dialog .search-result-title').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders a shared search URL, with filters, and keeps the URL in sync', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}/search/?q=test%20coupons&part=faq`);
    await page.waitForSelector('[data-search-page][data-rendered-query="test coupons"]');
    const results = page.locator('[data-search-results] > li > a');
    const urls = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(2);
    expect(urls.every((url) => url!.startsWith('/faq/'))).toBe(true);
    await expect(page.locator('#filter-part-faq').isChecked()).resolves.toBe(true);
    // Counts are shown next to each filter value.
    await expect(page.locator('label[for="filter-part-faq"]').textContent()).resolves.toMatch(/^FAQs \(\d+\)$/);

    // Filters combine: add a role, the URL follows, and every result matches both.
    await page.locator('#filter-role-customer').check();
    await page.waitForURL(/role=customer/);
    expect(new URL(page.url()).searchParams.getAll('part')).toEqual(['faq']);

    // Typing keeps the URL shareable.
    await page.locator('#page-search').fill('cash coupon');
    await page.waitForURL(/q=cash\+coupon/);
    await page.waitForSelector('[data-search-page][data-rendered-query="cash coupon"]');
    const shared = page.url();
    const copy = await ctx.browser.newPage();
    await copy.goto(shared);
    await copy.waitForSelector('[data-search-page][data-rendered-query="cash coupon"]');
    const original = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect(copy.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(original);
    expect(errors).toEqual([]);
    await copy.close();
    await page.close();
  });

  /** The search page's result paths and status for a URL. */
  async function searchPage(page: Page, params: string, query: string) {
    await page.goto(`${ctx.baseUrl}/search/?${params}`);
    await page.waitForSelector(`[data-search-page][data-rendered-query=${JSON.stringify(query)}]`);
    const paths = await page.locator('[data-search-results] > li > a.search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { paths, status: (await page.locator('[data-search-status]').textContent()) ?? '' };
  }

  it('answers a question typed as a sentence, even when no page holds every word', async () => {
    const page = await ctx.browser.newPage();
    const { paths } = await searchPage(page, 'q=how+do+i+stop+a+customer+from+buying+more', 'how do i stop a customer from buying more');
    expect(paths.slice(0, 5)).toContain('/user-guide/csp-freezing-an-account/');
    await page.close();
  });

  it('corrects a misspelling to the site\'s own word, and searches the word as typed on request', async () => {
    const page = await ctx.browser.newPage();
    const { paths } = await searchPage(page, 'q=budjet', 'budjet');
    await expect(page.locator('.search-notice').textContent()).resolves.toBe('Showing results for budget. Search instead for budjet.');
    expect(paths.slice(0, 3).some((path) => path.includes('budget'))).toBe(true);
    await page.locator('.search-notice a').click();
    await page.waitForURL(/exact=1/);
    await page.waitForSelector('.search-empty');
    await expect(page.locator('.search-notice').textContent()).resolves.toContain('No page uses “budjet”');
    await page.close();
  });

  it('finds nothing for words no page has, and then offers the most-asked FAQs', async () => {
    const page = await ctx.browser.newPage();
    const { paths, status } = await searchPage(page, 'q=xyzzyq+kubernetes', 'xyzzyq kubernetes');
    expect(paths).toEqual([]);
    expect(status).toBe('0 results for “xyzzyq kubernetes”');
    await expect(page.locator('.search-empty .search-popular a').count()).resolves.toBeGreaterThan(3);
    await page.close();
  });

  it('offers the query without filters when the filters leave nothing', async () => {
    const page = await ctx.browser.newPage();
    await searchPage(page, 'q=monthly+budget&part=faq&method=delete', 'monthly budget');
    const clear = page.locator('.search-empty .search-clear');
    await expect(clear.textContent()).resolves.toMatch(/^Show all \d+ results without filters$/);
    await clear.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);
    expect(new URL(page.url()).search).toBe('?q=monthly+budget');
    await page.close();
  });

  it('shows excerpts from the text that matched: no code, no copy buttons, no keyword lists', async () => {
    const page = await ctx.browser.newPage();
    for (const [params, query] of [['q=customer_id', 'customer_id'], ['q=retry+policy', 'retry policy'], ['q=budget', 'budget']]) {
      await searchPage(page, params!, query!);
      const excerpts = await page.locator('[data-search-results] .search-result-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/curl -X|X-Auth-Token: <token>|^Copy|import |HTTP\/1\.1/);
        // A keywords line is terms joined by "; ".
        expect(excerpt).not.toMatch(/\w+; \w+; \w+/);
      }
    }
    // An FAQ answer leads with its opening sentence, which answers the question.
    await searchPage(page, 'q=one+partner+at+a+time', 'one partner at a time');
    const faq = page.locator('[data-search-results] > li', { has: page.locator('a[href="/faq/faq-customer-one-partner-at-a-time/"]') });
    await expect(faq.locator('.search-result-excerpt').textContent()).resolves.toMatch(/^Yes, on both counts\./);
    await page.close();
  });

  it('ranks a current operation above the one being brought offline', async () => {
    const page = await ctx.browser.newPage();
    const { paths } = await searchPage(page, 'q=querying+customers&part=api', 'querying customers');
    expect(paths[0]).toBe('/api/list-sub-customers/');
    expect(paths.slice(0, 10)).not.toContain('/api/query-customer-v1/');
    // Asked for by name, the old operation is found, and marked.
    const old = await searchPage(page, 'q=querying+customers+old', 'querying customers old');
    expect(old.paths.slice(0, 3)).toContain('/api/query-customer-v1/');
    await expect(page.locator('[data-search-results] > li', { has: page.locator('a[href="/api/query-customer-v1/"]') }).locator('.search-badge').textContent()).resolves.toBe('Being brought offline');
    await page.close();
  });

  it('reaches every result with "Show more", with counts that stay true under filters', async () => {
    const page = await ctx.browser.newPage();
    const { status } = await searchPage(page, 'q=customer', 'customer');
    const total = Number(/^(\d+) results/.exec(status)![1]);
    expect(total).toBeGreaterThan(40);
    const more = page.locator('[data-search-more]');
    const count = (n: number) => page.waitForFunction((expected) => document.querySelectorAll('[data-search-results] > li').length === expected, n);
    for (let shown = 20; shown < total; shown += 20) {
      await count(shown);
      await more.click();
    }
    await count(total);
    await expect(more.isHidden()).resolves.toBe(true);
    const links = await page.locator('[data-search-results] > li > a.search-result-title').evaluateAll((items) => items.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(total);

    // With one part ticked, the other parts still show how many results they hold.
    await page.locator('#filter-part-faq').check();
    await page.waitForURL(/part=faq/);
    await page.waitForFunction((before) => document.querySelector('[data-search-status]')?.textContent !== before, status);
    await expect(page.locator('label[for="filter-part-user-guide"]').textContent()).resolves.toMatch(/^User Guide \([1-9]\d*\)$/);
    const faqCount = Number(/\((\d+)\)/.exec((await page.locator('label[for="filter-part-faq"]').textContent())!)![1]);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(`${faqCount} results for “customer”`);
    await page.close();
  });

  it('opens an error code at its row when Enter is pressed in the dialog', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}${GUIDE}`);
    await page.keyboard.press('Control+k');
    await page.locator('.search-dialog input').fill('CBC.5004');
    await page.waitForSelector('.search-dialog[data-rendered-query="CBC.5004"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/api/api-error-codes/#CBC.5004');
    await page.close();
  });

  it('says search needs JavaScript, and links the FAQs, when JavaScript is off', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/search/?q=budget`);
    await expect(page.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
    await expect(page.locator('main a[href="/faq/"]').count()).resolves.toBe(1);
    await context.close();
  });
});
