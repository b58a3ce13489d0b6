import { expect, it } from 'vitest';
import { describeE2E, watchErrors } from './support.ts';

describeE2E('site smoke test', (ctx) => {
  it('opens a guide page with its chrome, follows a nav link and a breadcrumb', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}/user-guide/csp-querying-customers/`);

    await expect(page.locator('h1').textContent()).resolves.toBe('Querying Customers');
    await expect(page.locator('.page-meta time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('nav.toc a').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('.parent-topic a').textContent()).resolves.toBe('Customer Management');
    // The nav marks the current page, and only it.
    await expect(page.locator('#sidebar [aria-current="page"]').allTextContents()).resolves.toEqual(['Querying Customers']);

    // Follow a nav link to a sibling page.
    await page.locator('#sidebar a', { hasText: 'Setting Monthly Budgets for Customers' }).click();
    await page.waitForURL('**/user-guide/csp-setting-monthly-budgets/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Setting Monthly Budgets for Customers');
    await expect(page.locator('#sidebar [aria-current="page"]').textContent()).resolves.toBe('Setting Monthly Budgets for Customers');

    // Follow a breadcrumb up to the folder, which lists its topics with summaries.
    await page.locator('nav.breadcrumbs a', { hasText: 'Customer Management' }).click();
    await page.waitForURL('**/user-guide/csp-customer-management/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Customer Management');
    await expect(page.locator('.child-list li').count()).resolves.toBeGreaterThan(10);
    await expect(page.locator('.child-list li p').first().textContent()).resolves.not.toBe('');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an FAQ page and an API page', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}/faq/what-is-advanced-cloud-software-validation/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('What Is Advanced Cloud Software Validation?');
    await expect(page.locator('nav.breadcrumbs').textContent()).resolves.toContain('FAQs');

    await page.goto(`${ctx.baseUrl}/api/sync-customer-verified-info-v1/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Synchronizing Customer Real-Name Authentication Information');
    await expect(page.locator('.endpoint').textContent()).resolves.toContain('PUT /v1.0/{partner_id}/partner/customer-mgr/verified-info');
    await expect(page.locator('.deprecated').textContent()).resolves.toContain('being brought offline');
    await expect(page.locator('article table').count()).resolves.toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches theme with the toggle, keeps the choice across pages with no flash, and can return to the system theme', async () => {
    const page = await ctx.browser.newPage({ colorScheme: 'light' });
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}/faq/what-is-advanced-cloud-software-validation/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator('#theme-toggle');
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: system');
    await expect(page.locator('#theme-toggle svg.theme-system').isVisible()).resolves.toBe(true);

    // From the system's light theme, the first click goes dark: every click changes the look.
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: dark');
    expect(await background()).not.toBe(light);

    // The next page is dark before any deferred script runs (no flash of the light theme).
    await page.goto(`${ctx.baseUrl}/user-guide/csp-querying-customers/`, { waitUntil: 'commit' });
    await page.waitForSelector('body');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.waitForLoadState('load');
    await expect(page.locator('#theme-toggle svg.theme-dark').isVisible()).resolves.toBe(true);

    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme ?? null)).resolves.toBeNull();
    await expect(page.evaluate(() => localStorage.getItem('theme'))).resolves.toBeNull();
    await expect(background()).resolves.toBe(light);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a collapsed nav folder by loading its fragment', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}/user-guide/csp-querying-customers/`);
    const toggle = page.locator('#sidebar button[data-fragment="/nav/partner-programs/"]');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    // The collapsed folder's children are not in the page until asked for.
    await expect(page.locator('#sidebar a[href="/user-guide/ug-partner-programs/"]').count()).resolves.toBe(0);
    await toggle.click();
    await page.locator('#nav-partner-programs a', { hasText: 'Partner Programs Overview' }).waitFor();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.getAttribute('aria-controls')).resolves.toBe('nav-partner-programs');
    await toggle.click();
    await expect(page.locator('#nav-partner-programs').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives each h2 a link to itself that appears on focus', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}/user-guide/csp-querying-customers/`);
    const anchor = page.locator('.heading-wrapper.level-h2 .anchor-link').first();
    const id = await page.locator('.heading-wrapper.level-h2 h2').first().getAttribute('id');
    await expect(anchor.getAttribute('href')).resolves.toBe(`#${id}`);
    await expect(anchor.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    await anchor.focus();
    await expect(anchor.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await page.close();
  });

  it('serves a 404 page with a search box for unknown URLs', async () => {
    const page = await ctx.browser.newPage();
    const response = await page.goto(`${ctx.baseUrl}/faq/no-such-question/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('main form[role="search"] input[name="q"]').count()).resolves.toBe(1);
    await page.close();
  });
});
