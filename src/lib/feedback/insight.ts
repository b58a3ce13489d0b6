/**
 * When a search has ended and what its insight says. A search ends when the
 * reader opens a result, leaves (dialog closed, page hidden), or types a new
 * query after the previous one's results had been on screen for a while (a
 * pause, not a keystroke). Only searches that found nothing, or whose results
 * nobody opened, are reported, and never any e-mail address or long number.
 */
import type { SearchInsight } from './schemas.ts';
import { MAX_QUERY_LENGTH, redactQuery } from './text.ts';

/** What the search UI knows about one search. */
export interface SearchOutcome {
  query: string;
  /** Selected filter values by group, e.g. `{ part: ['faq'] }`. */
  filters?: Record<string, readonly string[]>;
  /** How many results it had. */
  results: number;
  /** 1-based rank of the result the reader opened. */
  clicked?: number;
}

/** The insight to send for an ended search, or undefined when there is nothing to learn from it. */
export function insightFor(outcome: SearchOutcome): SearchInsight | undefined {
  const query = redactQuery(outcome.query.trim()).slice(0, MAX_QUERY_LENGTH).trim();
  if (!query) return undefined;
  if (outcome.results > 0 && outcome.clicked !== undefined) return undefined;
  const filters = Object.fromEntries(Object.entries(outcome.filters ?? {}).filter(([, values]) => values.length > 0).map(([name, values]) => [name, [...values]]));
  return { query, results: outcome.results, ...(Object.keys(filters).length > 0 ? { filters } : {}) };
}

/** How long results must have been on screen before a new query ends their search. */
export const SETTLE_MS = 2000;

export interface SearchTracker {
  /** Results for a query are on screen. */
  shown(outcome: Omit<SearchOutcome, 'clicked'>): void;
  /** The reader opened the result at this 1-based rank. */
  clicked(rank: number): void;
  /** The reader left the search (dialog closed, page hidden). */
  end(): void;
}

export function createSearchTracker(send: (insight: SearchInsight) => void, now: () => number = Date.now): SearchTracker {
  let current: (SearchOutcome & { at: number }) | undefined;
  const finish = (clicked?: number) => {
    const insight = current && insightFor({ ...current, clicked });
    current = undefined;
    if (insight) send(insight);
  };
  const same = (a: SearchOutcome, b: SearchOutcome) => a.query.trim() === b.query.trim() && JSON.stringify(a.filters ?? {}) === JSON.stringify(b.filters ?? {});
  return {
    shown(outcome) {
      if (current && !same(current, outcome) && now() - current.at >= SETTLE_MS) finish();
      // A copy: the UI may change its filter object in place.
      const filters = Object.fromEntries(Object.entries(outcome.filters ?? {}).map(([name, values]) => [name, [...values]]));
      current = { query: outcome.query, filters, results: outcome.results, at: current && same(current, outcome) ? current.at : now() };
    },
    clicked: (rank) => finish(rank),
    end: () => finish(),
  };
}
