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

/** Exact title matches first (in their score order), then the rest, unchanged. */
export function titleFirst<T extends { title: string }>(items: readonly T[], query: string): T[] {
  const wanted = normalizeTitle(query);
  if (!wanted) return [...items];
  const exact = items.filter((item) => normalizeTitle(item.title) === wanted);
  return [...exact, ...items.filter((item) => !exact.includes(item))];
}

/** A keyword as indexed and as looked up: lower case, spaces collapsed. */
export function keywordValue(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
