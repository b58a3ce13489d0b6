/**
 * Search in Chromium: the dialog and its keyboard, loading on first use, the
 * shareable search page with filters, and the message without JavaScript.
 */
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
    expect(requests.filter((path) => path.startsWith('/pagefind/') || path.includes('dialog') || path.includes('search-synonyms'))).toEqual([]);
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

  it('says search needs JavaScript, and links the FAQs, when JavaScript is off', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/search/?q=budget`);
    await expect(page.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
    await expect(page.locator('main a[href="/faq/"]').count()).resolves.toBe(1);
    await context.close();
  });
});
