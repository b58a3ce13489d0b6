/**
 * Builds the Pagefind index over a built site. Only `data-pagefind-body`
 * content is indexed (set on the article), so chrome, nav and screen-reader
 * text stay out of results.
 *
 * The index files are taken from Pagefind in memory and written here:
 * Pagefind's own `writeFiles` could answer before its service had finished
 * writing, and closing the service then left truncated or missing files
 * (seen: a 32 KB `pagefind-worker.js` and no WebAssembly). Writing them
 * ourselves also leaves out Pagefind's ready-made UIs, which the site does
 * not use (~430 KB never loaded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { stablePagefindFiles } from './pagefind-stable.ts';

/** Pagefind's ready-made UIs: the site has its own UI over `pagefind.js`. */
export const UNUSED_PAGEFIND_FILES = new Set([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]);

export interface SearchIndexResult {
  pages: number;
  files: number;
  errors: string[];
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, files: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const { files, errors: fileErrors } = await index.getFiles();
    const outputPath = join(siteDir, 'pagefind');
    let written = 0;
    // Same pages, same bytes: Pagefind orders filters by hash map (see pagefind-stable.ts).
    for (const file of stablePagefindFiles(files)) {
      if (UNUSED_PAGEFIND_FILES.has(file.path)) continue;
      const target = join(outputPath, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      written++;
    }
    return { pages: added.page_count, files: written, errors: [...errors, ...added.errors, ...fileErrors] };
  } finally {
    await pagefind.close();
  }
}
