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
import { stablePagefindFiles } from './pagefind-stable.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** Where the typo-correction vocabulary goes, one JSON file per first letter (`/search-vocab/b.json`). */
export const VOCABULARY_DIR = 'search-vocab';
/** Ids of pages that rank lower (see `writeRanking`). */
export const RANKING_FILE = 'search-ranking.json';

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

interface Fragment {
  content: string;
  filters: Record<string, string[]>;
}

/** A Pagefind fragment file (gzip of `pagefind_dcd` + JSON): the page's indexed text and filters. */
function readFragment(content: Uint8Array): Fragment {
  const json = gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, '');
  return JSON.parse(json) as Fragment;
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

/**
 * `/search-ranking.json`: the Pagefind ids of the pages ranking lowers
 * (operations being brought offline, API pages for plain-language queries,
 * folder listings). A few bytes per such page, so the dialog ranks without
 * loading filter data.
 */
function writeRanking(siteDir: string, fragments: Map<string, Fragment>): void {
  const ranking = { deprecated: [] as string[], api: [] as string[], folder: [] as string[] };
  for (const [id, fragment] of [...fragments].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (fragment.filters.status?.includes('deprecated')) ranking.deprecated.push(id);
    if (fragment.filters.part?.includes('api')) ranking.api.push(id);
    if (fragment.filters.type?.includes('folder')) ranking.folder.push(id);
  }
  writeFileSync(join(siteDir, RANKING_FILE), JSON.stringify(ranking));
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, files: 0, words: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const { files, errors: fileErrors } = await index.getFiles();
    const outputPath = join(siteDir, 'pagefind');
    let written = 0;
    const fragments = new Map<string, Fragment>();
    // Same pages, same bytes: Pagefind orders filters by hash map (see pagefind-stable.ts).
    for (const file of stablePagefindFiles(files)) {
      if (UNUSED_PAGEFIND_FILES.has(file.path)) continue;
      const target = join(outputPath, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      written++;
      const fragment = /^fragment\/(.+)\.pf_fragment$/.exec(file.path);
      if (fragment) fragments.set(fragment[1]!, readFragment(file.content));
    }
    const words = writeVocabulary(siteDir, [...fragments.values()].map((fragment) => fragment.content));
    writeRanking(siteDir, fragments);
    return { pages: added.page_count, files: written, words, errors: [...errors, ...added.errors, ...fileErrors] };
  } finally {
    await pagefind.close();
  }
}
