/**
 * Builds the Pagefind index over a built site. Only `data-pagefind-body`
 * content is indexed (set on the article), so chrome, nav and screen-reader
 * text stay out of results.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made UIs, which it writes next to the index. The site uses
 * its own search UI over `pagefind.js`, so these are never loaded: removing
 * them keeps ~430 KB of dead files off the CDN.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    for (const file of UNUSED_PAGEFIND_FILES) rmSync(join(outputPath, file), { force: true });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
