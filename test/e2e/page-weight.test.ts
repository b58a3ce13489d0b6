import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPage as page, DIST, distBuilt } from './dist.ts';

/** Gzipped bytes of every script a page runs before search is opened: inline and external. */
function scriptBytes(html: string): number {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
  return [...inline, ...external].reduce((sum, code) => sum + gzipSync(code).length, 0);
}

describe.skipIf(!distBuilt('page weight'))('page weight', () => {
  it('runs at most 4 KB (gzip) of JavaScript on a content page before search is opened', () => {
    for (const path of ['user-guide/csp-querying-customers', 'faq/what-is-advanced-cloud-software-validation', 'api/sync-customer-verified-info-v1']) {
      expect(scriptBytes(page(path)), path).toBeLessThanOrEqual(4096);
    }
  });

  it('renders only the page\'s own branch of its part\'s menu, not the whole tree', () => {
    const html = page('user-guide/csp-querying-customers');
    // Its siblings are there...
    expect(html).toContain('href="/user-guide/csp-setting-monthly-budgets/"');
    // ...a collapsed folder of its part is a link and a toggle that loads its children...
    expect(html).toContain('data-fragment="/nav/partner-programs/"');
    expect(html).not.toContain('href="/user-guide/ug-partner-programs/"');
    // ...and other parts are only their tabs.
    expect(html).toContain('href="/faq/"');
    expect(html).not.toContain('href="/faq/faq-partner-sales-management/"');
  });
});
