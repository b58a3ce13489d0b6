/**
 * Final ordering of the results shown: what the title and keywords say
 * outranks where the text happens to mention the words. Applied to the
 * results being displayed, after relaxed matching has ordered all of them.
 */
import type { QueryPlan } from './query.ts';
import { squash, stemsOf } from './text.ts';

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
  /** API operation path (`/v2/…`), for identifier queries. */
  path?: string;
}

/** Stems of each alternative of each slot. */
function slotStems(plan: QueryPlan): string[][][] {
  return plan.slots.map((slot) => slot.alternatives.map((alternative) => stemsOf(alternative)));
}

/**
 * How strongly a result's title and keywords match the query (lower is
 * stronger): 0 the title is the query, or the query is an identifier that is
 * the operation's path or one of the page's keywords (an operation ID);
 * 1 the title holds every slot of the query (any alternative, compared by
 * stems); 2 one keyword is the query or holds every slot; 3 anything else.
 * A keyword counts less than the title: keywords list what a page also
 * answers, the title what it is about.
 */
export function matchTier(item: Rankable, plan: QueryPlan, stems = slotStems(plan)): number {
  const query = normalizeTitle(plan.query);
  if (!query) return 3;
  if (normalizeTitle(item.title) === query) return 0;
  if (plan.identifier && (item.path ? [item.path, ...item.keywords] : item.keywords).some((name) => squash(name) === squash(plan.query))) return 0;
  if (stems.length === 0) return 3;
  const partial = plan.slots.at(-1)?.partial ? plan.slots.length - 1 : -1;
  const holds = (phrase: string) => {
    const words = new Set(stemsOf(phrase));
    return stems.every((alternatives, slot) =>
      alternatives.some((alternative) => alternative.every((word) => words.has(word) || (slot === partial && [...words].some((known) => known.startsWith(word))))),
    );
  };
  if (holds(item.title)) return 1;
  if (item.keywords.some((keyword) => normalizeTitle(keyword) === query || holds(keyword))) return 2;
  return 3;
}

/** How much each tier multiplies a result's relevance score. */
export const TIER_BOOST = [4, 2, 1.4, 1] as const;

/**
 * Re-orders the results shown by their score times their tier's boost: the
 * title and keywords weigh most, but a page ranked lower for a reason (being
 * brought offline, an API page for a plain question) does not jump back up
 * just because its title matches.
 */
export function rerank<T extends Rankable & { score: number }>(items: readonly T[], plan: QueryPlan): T[] {
  const stems = slotStems(plan);
  return items
    .map((item, index) => ({ item, index, value: item.score * TIER_BOOST[matchTier(item, plan, stems)]! }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .map(({ item }) => item);
}
