/**
 * What the built HTML must say, checked over `dist/` without a browser:
 * procedures stay one numbered list across shared passages, API pages link
 * the OpenAPI document and never skip a heading level, the footer's sentence
 * reads right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage as page, DIST, distBuilt } from './dist.ts';

const built = distBuilt('built pages');
/** Folders of API pages (operations and guides) under `dist/api/`. */
const apiPages = () => readdirSync(join(DIST, 'api'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)![0];

/** Top-level `<ol>`s of an article: their number of steps and the number they start at. */
function orderedLists(html: string): { items: number; start: number }[] {
  const lists: { items: number; start: number }[] = [];
  const open: string[] = [];
  for (const [, close, tag, attributes] of article(html).matchAll(/<(\/?)(ol|ul|li)\b([^>]*)>/g)) {
    if (tag === 'ol' || tag === 'ul') {
      if (close) open.pop();
      else open.push(tag);
    }
    if (tag === 'ol' && !close && open.length === 1) lists.push({ items: 0, start: Number(/start="(\d+)"/.exec(attributes!)?.[1] ?? 1) });
    if (tag === 'li' && !close && open.length === 1 && open[0] === 'ol') lists.at(-1)!.items++;
  }
  return lists;
}

describe.skipIf(!built)('built pages', () => {
  it('keeps a procedure built from shared passages one numbered list', () => {
    // Steps 1-3 and 4-6 come from two partials: one list of six, then the next procedure's two.
    const lists = orderedLists(page('user-guide/csp-managing-customer-association'));
    expect(lists.map((list) => list.items)).toEqual([6, 2]);
    // A passage between two runs of steps (the search criteria) is a paragraph of step 3, not a break.
    expect(orderedLists(page('user-guide/res-placing-orders-for-customers'))[0]!.items).toBe(6);
  });

  it('has no page where a numbered list goes on in a second list (one that starts after 1)', () => {
    const split: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && !['pagefind', 'nav', '_astro'].includes(entry.name)) walk(join(dir, entry.name));
        else if (entry.name === 'index.html') {
          const html = readFileSync(join(dir, entry.name), 'utf8');
          if (html.includes('<article') && orderedLists(html).some((list) => list.start > 1)) split.push(dir);
        }
      }
    };
    walk(DIST);
    expect(split).toEqual([]);
  });

  it('links the OpenAPI document from the API index and every operation page', () => {
    expect(page('api')).toContain('href="/openapi.json"');
    const operations = apiPages().filter((name) => page(`api/${name}`).includes('class="endpoint"'));
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((name) => !page(`api/${name}`).includes('href="/openapi.json"'))).toEqual([]);
  });

  it('never skips a heading level on an API operation page', () => {
    const skips: string[] = [];
    for (const name of apiPages()) {
      const html = page(`api/${name}`);
      if (!html.includes('class="endpoint"')) continue;
      let previous = 1;
      for (const [, level, id] of article(html).matchAll(/<h([1-6])(?: id="([^"]*)")?/g)) {
        if (Number(level) > previous + 1) skips.push(`${name}: h${level} #${id} follows an h${previous}`);
        previous = Number(level);
      }
    }
    expect(skips).toEqual([]);
  });

  it('spaces the footer sentence and leaves the page itself out of its breadcrumb', () => {
    const html = page('faq/faq-customer-one-partner-at-a-time');
    expect(html).toMatch(/checked against the <a [^>]*>Huawei Cloud Help Center<\/a>/);
    const crumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(crumbs).toContain('Association and Disassociation');
    expect(crumbs).not.toContain('Reassociate');
  });
});
