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
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** Where the typo-correction vocabulary goes, one JSON file per first letter (`/search-vocab/b.json`). */
export const VOCABULARY_DIR = 'search-vocab';

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
  /** Words in the typo-correction vocabulary. */
  words: number;
  errors: string[];
}

/** The text of a Pagefind fragment file (gzip of `pagefind_dcd` + JSON). */
function fragmentText(content: Uint8Array): string {
  const json = gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, '');
  return (JSON.parse(json) as { content: string }).content;
}

/** Writes the vocabulary shards built from the indexed text of every page. */
function writeVocabulary(siteDir: string, texts: string[]): number {
  const shards = buildVocabulary(texts);
  const dir = join(siteDir, VOCABULARY_DIR);
  mkdirSync(dir, { recursive: true });
  let words = 0;
  for (const [key, shard] of Object.entries(shards)) {
    writeFileSync(join(dir, `${key}.json`), JSON.stringify(shard));
    words += shard.words.length;
  }
  return words;
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, files: 0, words: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const { files, errors: fileErrors } = await index.getFiles();
    const outputPath = join(siteDir, 'pagefind');
    let written = 0;
    const texts: string[] = [];
    for (const file of files) {
      if (UNUSED_PAGEFIND_FILES.has(file.path)) continue;
      const target = join(outputPath, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      written++;
      if (file.path.startsWith('fragment/')) texts.push(fragmentText(file.content));
    }
    const words = writeVocabulary(siteDir, texts);
    return { pages: added.page_count, files: written, words, errors: [...errors, ...added.errors, ...fileErrors] };
  } finally {
    await pagefind.close();
  }
}
