/**
 * Merging and ordering of search hits: the same page found by several query
 * variants keeps its best score, and a page whose title is exactly the query
 * comes first.
 */
export interface Hit {
  id: string;
  score: number;
}

/** One list of hits per query variant → one list, best score per page, by score. */
export function mergeHits<T extends Hit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const hit of list) {
      const known = best.get(hit.id);
      if (!known || hit.score > known.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Lower case, punctuation dropped, spaces collapsed: for comparing a query with a title. */
export function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What re-ranking needs to know about a result. */
export interface Rankable {
  title: string;
  keywords: readonly string[];
}

/** The first letters of a word that must match: a crude stem, so "freeze" matches "freezing". */
function stem(word: string): string {
  return word.slice(0, Math.min(word.length, 5));
}

/**
 * How strongly a result's title and keywords match the query (lower is
 * stronger): 0 the title is the query, 1 a keyword is the query, 2 the title
 * or one keyword holds every query word of three or more letters (compared by
 * their first five letters), 3 anything else. A query has its synonym variants; the best variant counts.
 */
export function matchTier(item: Rankable, variants: readonly string[]): number {
  const title = normalizeTitle(item.title);
  const keywords = item.keywords.map(normalizeTitle);
  const stems = [title, ...keywords].map((phrase) => new Set(phrase.split(' ').map(stem)));
  let best = 3;
  for (const variant of variants.map(normalizeTitle).filter(Boolean)) {
    if (variant === title) return 0;
    if (keywords.includes(variant)) best = Math.min(best, 1);
    const significant = variant.split(' ').filter((word) => word.length >= 3).map(stem);
    if (significant.length > 0 && stems.some((phrase) => significant.every((word) => phrase.has(word)))) best = Math.min(best, 2);
  }
  return best;
}

/**
 * Title and keywords weigh more than body text: results are ordered by match
 * tier, keeping Pagefind's order within a tier (the sort is stable).
 */
export function rerank<T extends Rankable>(items: readonly T[], variants: readonly string[]): T[] {
  return items
    .map((item, index) => ({ item, index, tier: matchTier(item, variants) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ item }) => item);
}
