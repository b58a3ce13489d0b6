/**
 * Relaxed matching. Pagefind answers one slot at a time (every page holding
 * the word, scored by BM25 with the title and keywords weighted); here the
 * slots are merged. A page's score is the sum of its slot scores (BM25 over
 * the words it has) times the square of its coverage: the share of the
 * query's information it holds, each slot counting by how rare it is (IDF).
 * A page with every word ranks first; a page missing only a common word
 * ("more", "customer") stays close; a page missing the rare word falls back.
 * So no question comes back empty because of one extra word, and the least
 * informative words are, in effect, dropped first. Matches in a page's lead
 * (title, keywords, opening sentence) and query words found side by side
 * raise the score; operations being brought offline are lowered, and API
 * operations come a little after guides and FAQs unless the query asks for
 * the API (most readers are partners working in the console).
 */

/** One page's match of one slot: Pagefind's score and the first word position matched. */
export interface SlotHit {
  score: number;
  /** Word position of the first match; the title and keywords come first on every page. */
  first: number;
}

/** Pagefind's hits for one slot: page id → best hit among the slot's alternatives. */
export type SlotHits = ReadonlyMap<string, SlotHit>;

/** Matches before this word position are in the title, the keywords or the opening sentence. */
export const LEAD_WORDS = 40;

export interface Ranked {
  id: string;
  score: number;
  /** Share of the query's information (IDF-weighted slots) the page holds, 0–1. */
  coverage: number;
}

export interface CombineOptions {
  /** Pages in the index, for IDF. */
  totalPages: number;
  /** Pages to rank lower (operations being brought offline). */
  demote?: ReadonlySet<string>;
  /** Pages to rank higher (of a role or part the query names). */
  promote?: ReadonlySet<string>;
  /** Share (0–1) of the query's neighbouring word pairs a page holds side by side. */
  phrases?: ReadonlyMap<string, number>;
  /** Pages of a part that plain-language queries should find after the guides (API operations). */
  later?: ReadonlySet<string>;
  /** Folder listings: they lead to answers, so they rank after them. */
  folders?: ReadonlySet<string>;
  /** Drop pages below this share of the best coverage found. */
  minShare?: number;
}

/**
 * A query word that no page has in its lead (title, keywords, opening) is
 * not what any page is about: "big" in "how big a discount", "allowed" in
 * "am I allowed". It still counts, but much less than a topic word, however
 * rare it is.
 */
export function topicality(hits: SlotHits): number {
  for (const hit of hits.values()) if (hit.first < LEAD_WORDS) return 1;
  return 0.3;
}

/** Inverse document frequency as BM25 (and Pagefind) computes it. */
export function idf(pagesWithTerm: number, totalPages: number): number {
  return Math.log(1 + (totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

/** Merges per-slot hits into one ranking. Slots that match nothing are ignored. */
export function combine(slots: readonly SlotHits[], { totalPages, demote, promote, phrases, later, folders, minShare = 0.5 }: CombineOptions): Ranked[] {
  const live = slots.filter((hits) => hits.size > 0);
  const weights = live.map((hits) => idf(hits.size, Math.max(totalPages, hits.size)) * topicality(hits));
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const pages = new Map<string, { score: number; info: number; lead: number }>();
  live.forEach((hits, slot) => {
    for (const [id, hit] of hits) {
      const page = pages.get(id) ?? { score: 0, info: 0, lead: 0 };
      page.score += hit.score;
      page.info += weights[slot]!;
      if (hit.first < LEAD_WORDS) page.lead += weights[slot]!;
      pages.set(id, page);
    }
  });
  let best = 0;
  for (const page of pages.values()) best = Math.max(best, page.info / total);
  const ranked: Ranked[] = [];
  for (const [id, page] of pages) {
    const coverage = page.info / total;
    if (coverage < best * minShare - 1e-9) continue;
    // What the title, keywords and opening say counts more than a mention further down.
    let score = page.score * coverage * coverage * (1 + page.lead / total);
    score *= 1 + 1.5 * (phrases?.get(id) ?? 0);
    if (demote?.has(id)) score *= 0.5;
    if (later?.has(id)) score *= 0.65;
    if (folders?.has(id)) score *= 0.5;
    if (promote?.has(id)) score *= 1.3;
    ranked.push({ id, score, coverage });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
