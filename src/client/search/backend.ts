/**
 * What the search engine runs on, loaded on first use: Pagefind and its
 * answers (remembered for the visit), the search config and page count, the
 * ranking lists, filter membership (only when needed) and the typo-correction
 * vocabulary (per first letter, only for unknown words).
 */
import type { Membership } from '../../lib/search/facets.ts';
import { PAGE_TOKEN } from '../../lib/search/text.ts';
import { completes, nearestWord, shardKey, type VocabularyShard } from '../../lib/search/typo.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: { title?: string; breadcrumb?: string; keywords?: string; path?: string; method?: string };
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions matched. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}
/** `/search-config.json` (`src/pages/search-config.json.ts`). */
export type { SearchConfig } from '../../pages/search-config.json.ts';
import type { SearchConfig } from '../../pages/search-config.json.ts';

export interface Loaded {
  pagefind: Pagefind;
  config: SearchConfig;
  totalPages: number;
  /** Pages that rank lower, by Pagefind id (`/search-ranking.json`). */
  ranking: { deprecated: Set<string>; api: Set<string>; folder: Set<string> };
}

let loading: Promise<Loaded> | undefined;

/** Fetch Pagefind, the search config, the page count and the ranking lists once; later calls reuse them. */
export function loadSearch(): Promise<Loaded> {
  // A variable path keeps the bundler from resolving a file that only exists after the build.
  const path = '/pagefind/pagefind.js';
  loading ??= Promise.all([
    import(/* @vite-ignore */ path) as Promise<Pagefind>,
    fetch('/search-config.json').then((response) => (response.ok ? (response.json() as Promise<SearchConfig>) : { synonyms: [], popular: [], filters: {} })),
    fetch('/pagefind/pagefind-entry.json').then((response) => response.json() as Promise<{ languages: Record<string, { page_count: number }> }>),
    fetch('/search-ranking.json').then((response) => (response.ok ? response.json() : {}) as Promise<Partial<Record<'deprecated' | 'api' | 'folder', string[]>>>),
  ]).then(([pagefind, config, entry, ranking]) => ({
    pagefind,
    config,
    totalPages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
    ranking: { deprecated: new Set(ranking.deprecated), api: new Set(ranking.api), folder: new Set(ranking.folder) },
  }));
  return loading;
}

let membershipLoading: Promise<Membership> | undefined;

/**
 * Every page's filter values, for filters, counts and role/part hints: one
 * exact search of the page token per value, all in one index chunk. Loaded
 * once per visit, and only when needed (the dialog usually never needs it).
 */
export function loadMembership(pagefind: Pagefind, groups: SearchConfig['filters']): Promise<Membership> {
  membershipLoading ??= (async () => {
    const membership: Membership = {};
    await Promise.all(
      Object.entries(groups).map(async ([group, values]) => {
        const lists = await Promise.all(values.map((value) => pagefind.search(`"${PAGE_TOKEN}"`, { filters: { [group]: value } })));
        membership[group] = Object.fromEntries(values.map((value, index) => [value, new Set(lists[index]!.results.map((result) => result.id))]));
      }),
    );
    return membership;
  })();
  return membershipLoading;
}

/** Pages having any of `values` in `group`. */
export function having(membership: Membership, group: string, values: readonly string[]): Set<string> {
  return new Set(values.flatMap((value) => [...(membership[group]?.[value] ?? [])]));
}

/** The most-asked FAQs, for the empty state. */
export async function popularFaqs(): Promise<SearchConfig['popular']> {
  return (await loadSearch()).config.popular;
}

const shards = new Map<string, Promise<VocabularyShard>>();
function shard(key: string): Promise<VocabularyShard> {
  let known = shards.get(key);
  if (!known) {
    known = fetch(`/search-vocab/${key}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<VocabularyShard>) : { words: [], pages: [] }))
      .catch(() => ({ words: [], pages: [] }));
    shards.set(key, known);
  }
  return known;
}

/** Corrects one unknown word: undefined when it is a prefix of a site word (still typing) or has no near word. */
export async function correction(word: string): Promise<{ to?: string; prefix: boolean }> {
  const first = await shard(shardKey(word));
  if (completes(word, first)) return { prefix: true };
  let to = nearestWord(word, [first]);
  // A slip on the first letter ("nivoice"): the word may start with the second.
  if (!to && word.length > 1 && shardKey(word.slice(1)) !== shardKey(word)) to = nearestWord(word, [await shard(shardKey(word.slice(1)))]);
  return { to, prefix: false };
}

/**
 * Pagefind answers, remembered for the visit: typing "monthly budget r"
 * after "monthly budget" searches only the new word. Exact searches (quoted)
 * say whether the index holds a word itself; loose ones score pages (BM25)
 * and also match longer words starting with the query word.
 */
const answers = new Map<string, Promise<PagefindResult[]>>();
export function ask(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  let known = answers.get(query);
  if (!known) {
    if (answers.size > 300) answers.clear();
    known = pagefind.search(query).then((response) => response.results);
    answers.set(query, known);
  }
  return known;
}
export const exactly = (pagefind: Pagefind, words: string) => ask(pagefind, `"${words}"`);

