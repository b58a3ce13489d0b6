/**
 * Query understanding: a typed query becomes a plan of slots. A slot is one
 * idea of the query (a word, a synonym phrase, an identifier) with the
 * alternatives that satisfy it; a page matches the query in the measure of the
 * slots it matches. Stop words are dropped; words naming a partner role or a
 * part of the site become ranking hints.
 */
import { isIdentifier, stem, STOP_WORDS, words } from './text.ts';

/** Groups of interchangeable terms, as `content/search-synonyms.yaml` lists them. */
export type SynonymGroups = readonly (readonly string[])[];

export interface Slot {
  /** What the user typed for this slot. */
  label: string;
  /** Pagefind queries that satisfy the slot, the typed one first. */
  alternatives: string[];
  /** A synonym group matched the slot (its alternatives are the group's terms). */
  synonym: boolean;
  /** Searched as typed: never corrected, never dropped. */
  identifier: boolean;
  /** The last word of a query typed without a trailing space: may be unfinished. */
  partial: boolean;
}

export interface QueryPlan {
  query: string;
  slots: Slot[];
  /** Partner roles the query names ("as a reseller …"): pages for them rank higher. */
  roles: string[];
  /** Parts of the site the query names ("… api"): their pages rank higher. */
  parts: string[];
  /** The whole query is one identifier (an error code, a path, a field name). */
  identifier: boolean;
}

/** Role words anywhere in a query; a customer only in "as a customer" / "I am a customer". */
const ROLE_TERMS: [string[], string][] = [
  [['resel'], 'reseller'],
  [['distributor'], 'distributor'],
  [['csp'], 'solution-provider'],
  [['solut', 'provid'], 'solution-provider'],
  [['solut', 'partner'], 'solution-provider'],
];
const CUSTOMER_ROLE = /\b(?:as an?|i am an?|i'm an?|we are an?)\s+(?:customer|client|end user)\b/i;

/** Words that name a part of the site: a hint, not a required word. */
const PART_WORDS: Record<string, string> = { api: 'api', apis: 'api', endpoint: 'api', endpoints: 'api', faq: 'faq', faqs: 'faq' };

interface Token {
  text: string;
  stem: string;
  identifier: boolean;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of query.trim().split(/\s+/).filter(Boolean)) {
    const trimmed = raw.replace(/^[("'“‘]+|[)"'”’?!,;:]+$/g, '').replace(/\.$/, '');
    if (trimmed && isIdentifier(trimmed)) tokens.push({ text: trimmed, stem: trimmed.toLowerCase(), identifier: true });
    else for (const word of words(trimmed)) tokens.push({ text: word, stem: stem(word), identifier: false });
  }
  return tokens;
}

/** A synonym term as stems, stop words dropped the same way as in queries. */
function termStems(term: string): string[] {
  return tokenize(term)
    .filter((token) => !STOP_WORDS.has(token.text))
    .map((token) => token.stem);
}

/** Where `needle` starts in `haystack` (both stem lists), or -1. */
function indexOfRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let at = from; at + needle.length <= haystack.length; at++) {
    for (let i = 0; i < needle.length; i++) if (haystack[at + i] !== needle[i]) continue outer;
    return at;
  }
  return -1;
}

/**
 * Positions of a multi-word term in a query, in order, allowing one other
 * word between two of its words ("stop a customer buying" holds "stop
 * buying"). Taken positions are skipped. Undefined when absent.
 */
function findTerm(stems: readonly string[], term: readonly string[], taken: readonly unknown[]): number[] | undefined {
  for (let start = 0; start < stems.length; start++) {
    if (taken[start] || stems[start] !== term[0]) continue;
    const positions = [start];
    for (const next of term.slice(1)) {
      const at = positions.at(-1)! + 1;
      if (!taken[at] && stems[at] === next) positions.push(at);
      else if (term.length > 1 && !taken[at + 1] && stems[at + 1] === next && positions.length === positions.at(-1)! - start + 1) positions.push(at + 1);
      else break;
    }
    if (positions.length === term.length) return positions;
  }
  return undefined;
}

/** Parses a query into slots and hints. `partial`: the user may still be typing the last word. */
export function planQuery(query: string, synonyms: SynonymGroups = [], { partial = false } = {}): QueryPlan {
  const typed = query.trim().replace(/\s+/g, ' ');
  const all = tokenize(typed);
  const stemsAll = all.map((token) => token.stem);
  const roles = new Set<string>();
  for (const [run, role] of ROLE_TERMS) if (indexOfRun(stemsAll, run, 0) >= 0) roles.add(role);
  if (CUSTOMER_ROLE.test(typed)) roles.add('customer');
  const parts = new Set(all.map((token) => PART_WORDS[token.text]).filter((part): part is string => Boolean(part)));

  // Stop words go, unless nothing else is left ("how to" is still a query).
  let tokens = all.filter((token) => token.identifier || !STOP_WORDS.has(token.text));
  if (tokens.length === 0) tokens = all;
  // Part words are hints; they stay words only when they are all there is ("api").
  const content = tokens.filter((token) => token.identifier || !PART_WORDS[token.text]);
  if (content.length > 0) tokens = content;

  const stems = tokens.map((token) => token.stem);
  const covered: (Slot | undefined)[] = new Array(tokens.length);
  // Longest synonym terms first, so "cloud solution provider" wins over "solution provider".
  const terms = synonyms
    .flatMap((group) => group.map((term) => ({ group, stems: termStems(term) })))
    .filter((term) => term.stems.length > 0)
    .sort((a, b) => b.stems.length - a.stems.length);
  for (const term of terms) {
    for (let positions = findTerm(stems, term.stems, covered); positions; positions = findTerm(stems, term.stems, covered)) {
      const label = positions.map((at) => tokens[at]!.text).join(' ');
      const others = term.group.filter((other) => termStems(other).join(' ') !== term.stems.join(' '));
      const slot: Slot = { label, alternatives: [label, ...others], synonym: true, identifier: false, partial: false };
      for (const at of positions) covered[at] = slot;
    }
  }

  const slots: Slot[] = [];
  tokens.forEach((token, index) => {
    const slot = covered[index];
    if (slot) {
      if (!slots.includes(slot)) slots.push(slot);
      return;
    }
    // The same word twice is one slot.
    if (slots.some((known) => !known.synonym && known.label === token.text)) return;
    slots.push({ label: token.text, alternatives: [token.text], synonym: false, identifier: token.identifier, partial: false });
  });
  const last = slots.at(-1);
  if (partial && last && !last.synonym && !last.identifier && tokens.at(-1)?.text === last.label && /[\p{L}\p{N}]$/u.test(query)) last.partial = true;

  return {
    query: typed,
    slots,
    roles: [...roles],
    parts: [...parts],
    identifier: all.length === 1 && all[0]!.identifier,
  };
}
