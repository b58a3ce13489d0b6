/**
 * Search insights for the docs team. The contract for a search UI:
 *
 *   import { searchInsights } from '../feedback/insights.ts';
 *   const insights = searchInsights();         // one per search box
 *   insights.shown({ query, filters, results }); // each time results are rendered
 *   insights.clicked(rank);                      // a result was opened (1-based rank)
 *   insights.end();                              // the search was left (dialog closed)
 *
 * or, for a UI that decides itself when a search has ended:
 *
 *   recordSearch({ query, filters, results, clicked });
 *
 * Leaving the page ends the search too. What is sent, and when, is decided in
 * `src/lib/feedback/insight.ts`: a query that found nothing, or whose results
 * were not opened. Without `FEEDBACK_URL` at build time the page has no
 * `feedback-endpoint` and every call does nothing.
 */
import { createSearchTracker, insightFor, type SearchOutcome, type SearchTracker } from '../../lib/feedback/insight.ts';
import type { SearchInsight } from '../../lib/feedback/schemas.ts';

const NOTHING: SearchTracker = { shown: () => undefined, clicked: () => undefined, end: () => undefined };

function post(endpoint: string, insight: SearchInsight): void {
  // keepalive: the request outlives the page when the reader has just opened a result or left.
  void fetch(`${endpoint}/v1/search`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(insight), credentials: 'omit', keepalive: true }).catch(() => undefined);
}

const endpoint = () => document.querySelector<HTMLMetaElement>('meta[name="feedback-endpoint"]')?.content;

/** Report one ended search (sent only if it found nothing or nothing was opened). */
export function recordSearch(outcome: SearchOutcome): void {
  const url = endpoint();
  const insight = url && insightFor(outcome);
  if (insight) post(url, insight);
}

/** The 1-based rank of the result a click in a result list opened, if it opened one. */
export function clickedRank(event: Event, list: Element): number | undefined {
  const link = (event.target as Element).closest('a');
  const item = link && [...list.children].find((child) => child.contains(link));
  return item ? [...list.children].indexOf(item) + 1 : undefined;
}

export function searchInsights(): SearchTracker {
  const url = endpoint();
  if (!url) return NOTHING;
  const tracker = createSearchTracker((insight) => post(url, insight));
  addEventListener('pagehide', () => tracker.end());
  return tracker;
}
