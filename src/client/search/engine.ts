/**
 * The search engine in the browser: Pagefind (loaded on first use only), the
 * site's synonyms, and our ranking. Shared by the search dialog and the
 * search page.
 */
import { mergeHits, rerank } from '../../lib/search/rank.ts';
import { expandQuery, type SynonymGroups } from '../../lib/search/synonyms.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; breadcrumb?: string; updated?: string; keywords?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface ResultItem {
  id: string;
  url: string;
  title: string;
  breadcrumb: string;
  excerpt: string;
  subResults: PagefindSubResult[];
}

export type Filters = Record<string, string[]>;

export interface SearchResponse {
  query: string;
  items: ResultItem[];
  total: number;
  /** Matches per filter value for this query and the other selected filters. */
  counts: Record<string, Record<string, number>>;
}

let loading: Promise<[Pagefind, SynonymGroups]> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/**
 * Fetch Pagefind and the synonym list once; later calls reuse them. With
 * `withFilters`, also load every filter's index, so per-query counts cover all
 * filter groups (the search page needs them; the dialog does not).
 */
export async function loadSearch({ withFilters = false } = {}): Promise<[Pagefind, SynonymGroups]> {
  const loaded = await load();
  if (withFilters) await (filtersLoaded ??= loaded[0].filters());
  return loaded;
}

function load(): Promise<[Pagefind, SynonymGroups]> {
  // A variable path keeps the bundler from resolving a file that only exists after the build.
  const path = '/pagefind/pagefind.js';
  loading ??= Promise.all([
    (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 26 });
      return pagefind;
    }),
    fetch('/search-synonyms.json').then((response) => (response.ok ? (response.json() as Promise<SynonymGroups>) : [])),
  ]);
  return loading;
}

/** Filters in Pagefind's form: any value within a group, all groups together. */
function toPagefindFilters(filters: Filters): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([key, values]) => [key, { any: values }]));
}

export async function runSearch(query: string, filters: Filters = {}, limit = 20): Promise<SearchResponse> {
  const [pagefind, synonyms] = await loadSearch();
  const trimmed = query.trim();
  const options = { filters: toPagefindFilters(filters) };
  const variants = trimmed ? expandQuery(trimmed, synonyms) : [null];
  const searches = await Promise.all(variants.map((variant) => pagefind.search(variant, options)));
  const merged = mergeHits(searches.map((search) => search.results));
  const data = await Promise.all(merged.slice(0, limit).map(async (hit) => ({ hit, data: await hit.data() })));
  const items = data.map(({ hit, data: page }) => ({
    id: hit.id,
    url: page.url,
    title: page.meta.title ?? page.url,
    keywords: page.meta.keywords ? page.meta.keywords.split('; ') : [],
    breadcrumb: page.meta.breadcrumb ?? '',
    excerpt: page.excerpt,
    subResults: page.sub_results.filter((sub) => sub.url !== page.url).slice(0, 3),
  }));
  return { query: trimmed, items: trimmed ? rerank(items, variants as string[]) : items, total: merged.length, counts: searches[0]!.filters };
}

/** Calls `render` only with the response to the latest request: older, slower answers are dropped. */
export function latestOnly<A extends unknown[], R>(run: (...args: A) => Promise<R>, render: (result: R) => void): (...args: A) => Promise<void> {
  let counter = 0;
  return async (...args) => {
    const mine = ++counter;
    const result = await run(...args);
    if (mine === counter) render(result);
  };
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
