/**
 * The search engine in the browser, shared by the dialog and the search page.
 * Pagefind (loaded on first use) answers one slot of the query at a time; the
 * pure logic in `src/lib/search/` plans the query (stop words, synonyms,
 * hints), corrects unknown words against the site's vocabulary (fetched per
 * first letter, only when a word is unknown), merges the slots with relaxed,
 * IDF-weighted matching, applies filters with true counts, and builds the
 * excerpts of the results shown.
 */
import { combine, idf, type Ranked, type SlotHit, type SlotHits } from '../../lib/search/combine.ts';
import { buildExcerpt, IDENTIFIER_HEADING, type MatchTerm } from '../../lib/search/excerpt.ts';
import { applyFilters, facetCounts, type Filters } from '../../lib/search/facets.ts';
import { ask, correction, exactly, having, loadMembership, loadSearch, type Pagefind, type PagefindFragment, type PagefindResult } from './backend.ts';
import { planQuery, type QueryPlan, type Slot } from '../../lib/search/query.ts';
import { rerank } from '../../lib/search/rank.ts';
import { squash, stemsOf } from '../../lib/search/text.ts';

export type { Filters } from '../../lib/search/facets.ts';
export { loadSearch, popularFaqs } from './backend.ts';

export interface ResultItem {
  id: string;
  url: string;
  title: string;
  breadcrumb: string;
  /** Escaped HTML with `<mark>`s. */
  excerpt: string;
  sections: { title: string; url: string }[];
  deprecated: boolean;
}

export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** The query searched, after corrections. */
  plan: QueryPlan;
  /** Words replaced by the nearest word of the site: "Showing results for …". */
  corrections: { from: string; to: string }[];
  /** Words no page holds and that have no close match: left out. */
  dropped: string[];
  /** Result ids in rank order, filters applied. */
  ids: string[];
  /** Results before filters. */
  unfiltered: number;
  /** Count per filter value, each group under the other groups' selections (when asked for). */
  counts?: Record<string, Record<string, number>>;
  /** Renders results `from`–`to` (fetches their text). */
  load(from: number, to: number): Promise<ResultItem[]>;
}

export interface SearchOptions {
  filters?: Filters;
  /** Compute per-value counts for the filter panel. */
  facets?: boolean;
  /** Replace unknown words with the nearest site word (default). False: "search instead for". */
  correct?: boolean;
  /** The user may still be typing the last word. */
  partial?: boolean;
}

/** Checks each plain word of the plan: corrections, words to drop (unknown, no near word). */
async function checkWords(pagefind: Pagefind, plan: QueryPlan, correct: boolean) {
  const corrections: { from: string; to: string }[] = [];
  const dropped: string[] = [];
  await Promise.all(
    plan.slots.map(async (slot) => {
      if (slot.synonym || slot.identifier) return;
      if ((await exactly(pagefind, slot.label)).length > 0) return;
      // Numbers and codes are never corrected: unknown, they are left out.
      if (/\d/.test(slot.label)) return void dropped.push(slot.label);
      const fix = await correction(slot.label);
      if (fix.prefix) return;
      if (correct && fix.to) corrections.push({ from: slot.label, to: fix.to });
      else dropped.push(slot.label);
    }),
  );
  return { corrections, dropped };
}

/** A page matched through a synonym counts this much of one that uses the word typed. */
const SYNONYM_WEIGHT = 0.7;
/** A word on fewer than this share of pages is rare: its synonyms are searched too. */
const RARE_SHARE = 0.03;
/**
 * A word on more than this share of pages tells little about which page is
 * meant; beside rarer words it is not scored, only counted (on a large site
 * scoring it means ranking most of the index, for almost nothing).
 */
const COMMON_SHARE = 0.6;
/** Neighbouring words are checked as a phrase only when one of them is on fewer than this share of pages. */
const PHRASE_SHARE = 0.25;

/** A single finished word: only pages holding the word itself (its stem) count, not longer words. */
function isSingle(slot: Slot, alternative: string): boolean {
  return !slot.partial && !slot.identifier && !/\s/.test(alternative.trim());
}

/**
 * Hits of one slot: the best score of each page over the slot's alternatives
 * (the typed one counts most). Pagefind also matches longer words that start
 * with a query word ("big" finds "BigDecimal"); for a finished single word
 * only pages holding the word itself count, which the exact search tells.
 * `common`: the slot is counted for coverage, not scored.
 */
async function slotHits(pagefind: Pagefind, slot: Slot, results: Map<string, PagefindResult>, totalPages: number, common: boolean): Promise<{ hits: SlotHits; searched: string[] }> {
  const hits = new Map<string, SlotHit>();
  const search = async (alternative: string) => {
    if (!isSingle(slot, alternative)) return ask(pagefind, alternative);
    if (common) return exactly(pagefind, alternative);
    const [loose, exact] = await Promise.all([ask(pagefind, alternative), exactly(pagefind, alternative)]);
    const holding = new Set(exact.map((result) => result.id));
    return loose.filter((result) => holding.has(result.id));
  };
  // Synonyms are searched only when the word typed is rare on the site: each costs an index chunk.
  const typed = await search(slot.alternatives[0]!);
  const others = typed.length < Math.max(5, totalPages * RARE_SHARE) ? await Promise.all(slot.alternatives.slice(1).map(search)) : [];
  const lists = [typed, ...others];
  const searched = slot.alternatives.slice(0, lists.length);
  lists.forEach((list, index) => {
    const weight = common ? 0 : index === 0 ? 1 : SYNONYM_WEIGHT;
    for (const result of list) {
      results.set(result.id, result);
      const known = hits.get(result.id);
      let first = known?.first ?? Infinity;
      for (const word of result.words) if (word < first) first = word;
      hits.set(result.id, { score: Math.max(result.score * weight, known?.score ?? 0), first });
    }
  });
  return { hits, searched };
}

/** Share of the query's neighbouring word pairs each page holds side by side (Pagefind's exact phrase search). */
async function phraseShares(pagefind: Pagefind, plan: QueryPlan, sizes: ReadonlyMap<Slot, number>, totalPages: number): Promise<Map<string, number>> {
  const shares = new Map<string, number>();
  const plain = plan.slots.filter((slot) => !slot.synonym && !slot.partial);
  const pairs = plain.slice(1).map((slot, index) => [plain[index]!, slot] as const);
  // A phrase of two words found on most pages costs much and tells little.
  const worth = pairs.filter((pair) => Math.min(...pair.map((slot) => sizes.get(slot) ?? 0)) < totalPages * PHRASE_SHARE);
  const lists = await Promise.all(worth.map(([a, b]) => exactly(pagefind, `${a.label} ${b.label}`)));
  for (const list of lists) for (const result of list) shares.set(result.id, (shares.get(result.id) ?? 0) + 1 / pairs.length);
  return shares;
}

/** What excerpts match: each slot's stems (alternatives included), weighted by IDF. */
function matchTerms(plan: QueryPlan, slotSizes: readonly number[], totalPages: number): MatchTerm[] {
  return plan.slots.map((slot, index) => ({
    stems: new Set(slot.alternatives.flatMap((alternative) => stemsOf(alternative))),
    prefix: slot.partial ? slot.label : undefined,
    identifier: slot.identifier ? squash(slot.label) : undefined,
    weight: idf(slotSizes[index] ?? 0, Math.max(totalPages, slotSizes[index] ?? 0)),
  }));
}

export async function runSearch(query: string, { filters = {}, facets = false, correct = true, partial = false }: SearchOptions = {}): Promise<SearchOutcome> {
  const { pagefind, config, totalPages, ranking } = await loadSearch();
  const filtered = Object.values(filters).some((values) => values.length > 0);
  let plan = planQuery(query, config.synonyms, { partial });
  const { corrections, dropped } = plan.slots.length > 0 ? await checkWords(pagefind, plan, correct) : { corrections: [], dropped: [] };
  if (corrections.length > 0) {
    let fixed = plan.query;
    for (const { from, to } of corrections) fixed = fixed.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${from}(?=$|[^\\p{L}\\p{N}])`, 'iu'), `$1${to}`);
    plan = planQuery(fixed, config.synonyms, { partial: false });
  }
  const live: QueryPlan = { ...plan, slots: plan.slots.filter((slot) => !dropped.includes(slot.label)) };

  const results = new Map<string, PagefindResult>();
  // How many pages hold each plain word (the exact searches are already done, for typo checks).
  const sizes = new Map<Slot, number>();
  await Promise.all(live.slots.map(async (slot) => isSingle(slot, slot.label) && sizes.set(slot, (await exactly(pagefind, slot.label)).length)));
  const rarest = Math.min(...live.slots.map((slot) => sizes.get(slot) ?? 0));
  const isCommon = (slot: Slot) => (sizes.get(slot) ?? 0) > totalPages * COMMON_SHARE && (sizes.get(slot) ?? 0) > rarest;
  const [slotResults, phrases] = await Promise.all([
    Promise.all(live.slots.map((slot) => slotHits(pagefind, slot, results, totalPages, isCommon(slot)))),
    live.slots.length > 1 ? phraseShares(pagefind, live, sizes, totalPages) : undefined,
  ]);
  const hits = slotResults.map((slot) => slot.hits);
  // Excerpts mark the words searched: a synonym that was not searched is not marked either.
  const marked: QueryPlan = { ...live, slots: live.slots.map((slot, index) => ({ ...slot, alternatives: slotResults[index]!.searched })) };
  const developer = live.slots.some((slot) => slot.identifier) || live.parts.includes('api');
  const hinted = live.roles.length > 0 || live.parts.length > 0;
  const membership = facets || filtered || hinted ? await loadMembership(pagefind, config.filters) : {};
  const roles = live.roles.length > 0 ? having(membership, 'role', live.roles) : undefined;
  const parts = live.parts.length > 0 ? having(membership, 'part', live.parts) : undefined;
  const promote = roles && parts ? new Set([...roles].filter((id) => parts.has(id))) : (roles ?? parts);
  const ranked: Ranked[] = combine(hits, {
    totalPages,
    demote: ranking.deprecated,
    later: developer ? undefined : ranking.api,
    folders: ranking.folder,
    promote,
    phrases,
  });
  const all = ranked.map((page) => page.id);
  const scores = new Map(ranked.map((page) => [page.id, page.score]));
  const ids = applyFilters(all, filters, membership);
  const terms = matchTerms(marked, hits.map((slot) => slot.size), totalPages);

  return {
    query: query.trim(),
    plan: live,
    corrections,
    dropped,
    ids,
    unfiltered: all.length,
    counts: facets ? facetCounts(all, filters, membership) : undefined,
    load: async (from, to) => {
      const window = ids.slice(from, to);
      const pages = await Promise.all(window.map((id) => results.get(id)!.data()));
      const items = pages.map((page, index) => ({ ...toItem(window[index]!, page, terms, ranking.deprecated.has(window[index]!)), score: scores.get(window[index]!)! }));
      return rerank(items, live).map(({ item }) => item);
    },
  };
}

/** A result as the UI shows it, with the re-ranking facts alongside. */
function toItem(id: string, page: PagefindFragment, terms: readonly MatchTerm[], deprecated: boolean) {
  const title = page.meta.title ?? page.url;
  const keywords = page.meta.keywords ? page.meta.keywords.split('; ') : [];
  const faq = page.filters.part?.includes('faq') ?? false;
  const excerpt = buildExcerpt({ content: page.content, title, keywords: page.meta.keywords ?? '', path: page.meta.path && page.meta.method ? `${page.meta.method} ${page.meta.path}` : page.meta.path, anchors: page.anchors, faq }, terms);
  const sections = excerpt.sections.map((section) => ({ title: section.title, url: `${page.url}#${section.id}`, score: section.score }));
  // An identifier that is a heading of the page (an error code's row): the result opens at it.
  const exact = sections.find((section) => section.score >= IDENTIFIER_HEADING);
  const item: ResultItem = {
    id,
    url: exact?.url ?? page.url,
    title,
    breadcrumb: page.meta.breadcrumb ?? '',
    excerpt: excerpt.html,
    sections: sections.filter((section) => section !== exact).map(({ title: text, url }) => ({ title: text, url })),
    deprecated,
  };
  return { item, title, keywords, path: page.meta.path };
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
