/**
 * Feedback limits, reasons and text rules without zod, so browser code (the
 * search insights) can use them without shipping the validator.
 */

/** Largest request body the receiver reads, in bytes; anything longer is refused unread. */
export const MAX_BODY_BYTES = 4096;
/** Longest comment, in characters (the widget's textarea says so too). */
export const MAX_COMMENT_LENGTH = 1000;
/** Longest search query kept. */
export const MAX_QUERY_LENGTH = 200;

/** Why a page did not help, in the order the widget offers them, with their labels. */
export const FEEDBACK_REASONS = {
  'wrong-or-outdated': 'Wrong or outdated',
  'missing-information': 'Missing information',
  'hard-to-follow': 'Hard to follow',
  other: 'Other',
} as const;
export type FeedbackReason = keyof typeof FEEDBACK_REASONS;

/** Filters in one canonical form (sorted names and values, empty groups dropped), so equal selections group together. */
export function canonicalFilters(filters: Record<string, string[]> | undefined): string {
  const entries = Object.entries(filters ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => [name, [...new Set(values)].sort()] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

/** A query as it is counted: lower case, single spaces. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What a query must not carry to the receiver: e-mail addresses and long digit
 * runs (phone or account numbers, ten digits or more with single separators, not
 * starting inside a word or after a dot).
 * Error codes such as `CBC.99003647` (eight digits) are kept: they are what
 * support needs to see.
 */
export function redactQuery(query: string): string {
  return query.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[email]').replace(/(?<![\w.])\+?\d(?:[\s().-]?\d){9,}/g, '[number]');
}
