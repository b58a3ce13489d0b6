/**
 * API Reference pages in Chromium: the vendor's sections and tables, error
 * codes linking the registry, the deprecation banner, the generated "API to
 * Be Brought Offline" list, and the code-sample language remembered across
 * pages.
 */
import { expect, it } from 'vitest';
import { describeE2E, watchErrors } from './support.ts';

const OPERATION = '/api/list-sub-customers/';
const OTHER_OPERATION = '/api/create-sub-customer/';
const DEPRECATED = '/api/query-customer-v1/';

describeE2E('API Reference', (ctx) => {
  it('shows the sections in the vendor order, with parameter tables and linked error codes', async () => {
    const page = await ctx.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${ctx.baseUrl}${OPERATION}`);
    const sections = await page.locator('article h2').evaluateAll((headings) => headings.map((h) => h.id));
    expect(sections).toEqual(['function', 'constraints', 'uri', 'request', 'example-request', 'response', 'example-response', 'status-codes', 'error-codes', 'code-samples']);
    await expect(page.locator('.endpoint').textContent()).resolves.toContain('/v2/partners/sub-customers/query');

    // Every table has the same two columns: the field (name, type, mandatory) and its description,
    // which holds the constraints and the allowed values; nested objects link to their own table.
    const request = page.locator('.param-table').first();
    await expect(request.locator('thead th').allTextContents()).resolves.toEqual(['Parameter', 'Description']);
    await expect(request.locator('tbody tr').first().locator('td').first().textContent()).resolves.toMatch(/^\S+ (String|Integer|Long|Double|BigDecimal|Boolean|Object|List<\w+>) (Mandatory|Optional)$/);
    const widths = await page.locator('.param-table').evaluateAll((tables) => [...new Set(tables.map((t) => Math.round(t.querySelector('td')!.getBoundingClientRect().width)))]);
    expect(widths).toHaveLength(1);
    await expect(page.locator('.param-table td:nth-child(2) ul.enum li').count()).resolves.toBeGreaterThan(0);
    const nested = page.locator('.param-table a[href^="#"]').first();
    const target = await nested.getAttribute('href');
    await nested.click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(target);
    await expect(page.locator(`[id="${target!.slice(1)}"]`).isVisible()).resolves.toBe(true);

    // Every error code links to its row in the registry, and the row is there.
    const codeLink = page.locator('a[href^="/api/api-error-codes/#CBC."]').first();
    const href = await codeLink.getAttribute('href');
    await codeLink.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator(`[id="${href!.split('#')[1]}"]`).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remembers the chosen code-sample language on the next API page', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}${OPERATION}`);
    await expect(page.locator('.sample-panel[data-lang="curl"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.sample-panel[data-lang="python"]').isVisible()).resolves.toBe(false);

    await page.locator('[role="tab"][data-lang="python"]').click();
    await expect(page.locator('.sample-panel[data-lang="python"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.sample-panel[data-lang="curl"]').isVisible()).resolves.toBe(false);

    await page.goto(`${ctx.baseUrl}${OTHER_OPERATION}`);
    await expect(page.locator('[role="tab"][data-lang="python"]').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('.sample-panel[data-lang="python"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.sample-panel[data-lang="python"] code').textContent()).resolves.toContain('requests.');
    await expect(page.locator('.sample-panel[data-lang="curl"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('marks a deprecated operation and lists it under API to Be Brought Offline', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}${DEPRECATED}`);
    const banner = page.locator('.deprecated[role="note"]');
    await expect(banner.textContent()).resolves.toContain('being brought offline');
    await expect(banner.locator('a').getAttribute('href')).resolves.toBe(OPERATION);

    // The offline list is generated from the operations marked deprecated, grouped by menu section.
    await page.goto(`${ctx.baseUrl}/api/api-to-be-brought-offline/`);
    const groups = await page.locator('article a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(groups).toContain('/api/api-to-be-brought-offline-customer-management/');
    await page.goto(`${ctx.baseUrl}/api/api-to-be-brought-offline-customer-management/`);
    const listed = await page.locator('article a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed).toContain(DEPRECATED);
    expect(listed).not.toContain(OPERATION);
    await page.close();
  });

  it('says when a deprecated operation has already been taken offline', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}/api/cancel-order-v1/`);
    const banner = page.locator('.deprecated[role="note"]');
    await expect(banner.textContent()).resolves.toContain('This API was taken offline in January 2024.');
    await expect(banner.locator('a').getAttribute('href')).resolves.toBe('/api/cancel-customer-order/');
    await page.close();
  });
});
