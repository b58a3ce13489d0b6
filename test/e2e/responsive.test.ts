/**
 * Every template at phone, tablet and desktop sizes: nothing scrolls sideways,
 * the header's controls fit and are big enough to tap, the slide-in menu opens
 * at the current page and closes, "On this page" folds on narrow screens, and
 * the search dialog fits. One page per viewport, reused across templates.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, watchErrors } from './support.ts';
import { TEMPLATES } from './templates.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1366, height: 900 },
  { width: 1920, height: 1080 },
] as const;
/** Below this width the menu is behind the header's button (DocLayout: 50rem). */
const MENU_BELOW = 800;
/** Below this width, and on API pages, "On this page" is a bar that opens (DocLayout: 72rem). */
const TOC_BAR_BELOW = 1152;
const WITHOUT_MENU = new Set(['home', 'search', 'not-found']);

/** Problems with the header's controls: outside the viewport, or smaller than 24 × 24 px (WCAG 2.5.8). */
function headerProblems(page: Page): Promise<string[]> {
  return page.$$eval('.site-header :is(a, button, input)', (controls) =>
    controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return []; // not shown at this width
      const name = control.getAttribute('aria-label') ?? control.id ?? control.textContent?.trim();
      const problems: string[] = [];
      if (box.left < 0 || box.right > innerWidth + 0.5 || box.top < 0 || box.bottom > innerHeight) problems.push(`${name} is outside the viewport`);
      if (box.width < 24 || box.height < 24) problems.push(`${name} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
      return problems;
    }),
  );
}

/** Whether an element is visible inside the viewport and inside its scrolling side menu. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    const menu = element.closest('#sidebar')!.getBoundingClientRect();
    return box.height > 0 && box.top >= Math.max(0, menu.top) && box.bottom <= Math.min(innerHeight, menu.bottom) && getComputedStyle(element).visibility === 'visible';
  });
}

describeE2E('every screen size', (ctx) => {
  for (const viewport of VIEWPORTS) {
    it(`fits ${viewport.width}×${viewport.height}: no sideways scrolling, header controls, menu, "On this page", search dialog`, async () => {
      // Reduced motion: the menu closes without its slide, so the test need not wait for it.
      const page = await ctx.browser.newPage({ viewport, reducedMotion: 'reduce' });
      const errors = watchErrors(page);
      const failures: string[] = [];
      for (const [template, path] of Object.entries(TEMPLATES)) {
        await page.goto(`${ctx.baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
        // The not-found template logs its own 404; nothing else may log an error.
        if (template === 'not-found') errors.splice(errors.findIndex((e) => e.includes('404')), 1);
        if (template === 'search') await page.waitForSelector('[data-search-page][data-rendered-query]');
        const where = `${template} at ${viewport.width}px`;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewport.width) failures.push(`${where}: the page is ${width} px wide`);
        for (const problem of await headerProblems(page)) failures.push(`${where}: ${problem}`);

        const menuButton = page.locator('#menu-toggle');
        if (WITHOUT_MENU.has(template)) {
          if ((await menuButton.count()) > 0) failures.push(`${where}: a menu button without a menu`);
        } else if (viewport.width < MENU_BELOW) {
          await menuButton.click();
          await page.waitForSelector('#sidebar[data-open]');
          if (!(await inView(page, '#sidebar [aria-current="page"]'))) failures.push(`${where}: the open menu does not show the current page`);
          if (!(await page.evaluate(() => document.activeElement?.closest('#sidebar') !== null))) failures.push(`${where}: focus did not move into the menu`);
          await page.keyboard.press('Escape');
          await expect.poll(() => page.locator('#sidebar').isVisible()).toBe(false);
          await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('menu-toggle');
        } else if (!(await inView(page, '#sidebar [aria-current="page"]'))) {
          failures.push(`${where}: the side menu does not show the current page`);
        }

        const toggle = page.locator('.toc-toggle');
        if ((await toggle.count()) > 0) {
          const bar = viewport.width < TOC_BAR_BELOW || template === 'api';
          await expect(toggle.isVisible(), `${where}: "On this page" toggle`).resolves.toBe(bar);
          await expect(page.locator('#toc-list').isVisible(), `${where}: "On this page" list`).resolves.toBe(!bar);
          if (bar) {
            await toggle.click();
            await expect(page.locator('#toc-list').isVisible(), `${where}: "On this page" opened`).resolves.toBe(true);
            await toggle.click();
            await expect(page.locator('#toc-list').isVisible(), `${where}: "On this page" closed`).resolves.toBe(false);
          }
        }
      }

      // The search dialog, opened from the header, fits with its Close button.
      await page.goto(`${ctx.baseUrl}${TEMPLATES.guide}`);
      await page.locator('.site-header button[aria-label="Search"]').click();
      await page.waitForSelector('.search-dialog[open]');
      const overflow = await page.$$eval('.search-dialog, .search-dialog input, .search-dialog-close', (elements) =>
        elements.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.left < 0 || box.top < 0 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5 || box.height < 24;
        }).map((element) => element.className),
      );
      if (overflow.length) failures.push(`search dialog at ${viewport.width}px: ${overflow.join(', ')} do not fit`);
      await page.locator('.search-dialog-close').click();
      await expect(page.locator('.search-dialog').isVisible()).resolves.toBe(false);

      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('closes the phone menu with a tap outside it, without following what was under the tap, and with a link', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.baseUrl}${TEMPLATES.guide}`);
    await page.click('#menu-toggle');
    await page.waitForSelector('#sidebar[data-open]');
    await page.mouse.click(380, 600);
    await expect(page.locator('#sidebar').getAttribute('data-open')).resolves.toBeNull();
    expect(page.url()).toBe(`${ctx.baseUrl}${TEMPLATES.guide}`);
    // The page does not scroll behind the open menu.
    await page.click('#menu-toggle');
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).overflow)).resolves.toBe('hidden');
    // The parts are listed at the top of the menu.
    await page.locator('#sidebar .sidebar-parts a', { hasText: 'FAQs' }).click();
    await page.waitForURL('**/faq/');
    await expect(page.locator('#sidebar').getAttribute('data-open')).resolves.toBeNull();
    await page.close();
  });

  it('opens the side menu scrolled to a page deep in a long part', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 } });
    for (const path of ['/faq/faq-customer-one-partner-at-a-time/', '/api/api-error-codes/']) {
      await page.goto(`${ctx.baseUrl}${path}`);
      await expect(inView(page, '#sidebar [aria-current="page"]'), path).resolves.toBe(true);
    }
    await page.close();
  });

  it('marks the section being read in "On this page", and names it in the bar on a phone', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${ctx.baseUrl}${TEMPLATES.guide}`);
    await expect(page.locator('.toc a[aria-current]').count()).resolves.toBe(0);
    const second = page.locator('.toc li a').nth(1);
    const id = decodeURIComponent((await second.getAttribute('href'))!.slice(1));
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
    await expect.poll(() => page.locator('.toc a[aria-current]').getAttribute('href')).toBe(`#${id}`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
    await expect.poll(() => page.locator('.toc-current').textContent()).toBe(await second.textContent());
    // A link in the open bar jumps there and folds the list away.
    await page.locator('.toc-toggle').click();
    await page.locator('.toc li a').first().click();
    await expect(page.locator('#toc-list').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
