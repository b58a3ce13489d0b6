/**
 * Excerpts and section links, built from the page text Pagefind stores with
 * each page: the sentence that matches the query best (for an FAQ, the
 * answer's opening sentence, which answers the question), with the query's
 * words marked, and the sections (headings) that match. The title and the
 * keywords line are left out, so keywords count for ranking but are never
 * shown as text.
 */
import { PAGE_TOKEN, squash, stem, words } from './text.ts';

/** What an excerpt needs to know of one query slot. */
export interface MatchTerm {
  /** Stems of the slot's words, alternatives included. */
  stems: ReadonlySet<string>;
  /** The slot's word may be unfinished: any word starting with it matches. */
  prefix?: string;
  /** Identifier slots compare squashed tokens (`CBC.5004` ↔ `cbc5004`). */
  identifier?: string;
  /** How much the slot counts (its IDF). */
  weight: number;
}

/** A heading of the page, as Pagefind records it: its text, id, and word position. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface ExcerptInput {
  content: string;
  title: string;
  /** The keywords line as indexed (`a; b; c`), or empty. */
  keywords: string;
  /** An API page's path, indexed after the keywords and not shown either. */
  path?: string;
  anchors: readonly Anchor[];
  /** The page answers one question: lead with its opening sentence. */
  faq: boolean;
}

export interface Section {
  title: string;
  id: string;
  score: number;
}

export interface Excerpt {
  /** Escaped HTML with `<mark>` around matched words. */
  html: string;
  /** Best-matching sections, best first. */
  sections: Section[];
}

const MAX_WORDS = 32;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Which slot (index) a content token matches, or -1. */
function matchToken(token: string, terms: readonly MatchTerm[]): number {
  const squashed = squash(token);
  const tokenStems = words(token).map(stem);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.identifier !== undefined) {
      if (squashed === term.identifier || (term.identifier.length >= 4 && squashed.includes(term.identifier))) return i;
      continue;
    }
    if (tokenStems.some((word) => term.stems.has(word) || (term.prefix !== undefined && word.startsWith(term.prefix)))) return i;
  }
  return -1;
}

/**
 * Word ranges [start, end) of sentences. Headings are not shown (their text
 * is skipped) and end a sentence; very short sentences (table cells) join
 * the next one.
 */
function sentences(tokens: readonly string[], from: number, headings: readonly Anchor[]): [number, number][] {
  const skip = new Set<number>();
  const breaks = new Set<number>();
  for (const heading of headings) {
    const length = heading.text.split(/\s+/).filter(Boolean).length;
    for (let i = heading.location; i < heading.location + length; i++) skip.add(i);
    breaks.add(heading.location + length);
  }
  const ranges: [number, number][] = [];
  let start = from;
  const close = (end: number) => {
    if (end > start) ranges.push([start, end]);
    start = end;
  };
  for (let i = from; i < tokens.length; i++) {
    if (skip.has(i)) {
      close(i);
      start = i + 1;
      continue;
    }
    if (breaks.has(i)) close(i);
    const ends = /[.?!:]$/.test(tokens[i]!) && !/^(?:e\.g|i\.e|etc|vs)\.$/i.test(tokens[i]!);
    const nextStarts = i + 1 >= tokens.length || /^["'(\p{Lu}\p{N}/]/u.test(tokens[i + 1]!);
    if ((ends && nextStarts && i + 1 - start >= 6) || i === tokens.length - 1 || skip.has(i + 1) || breaks.has(i + 1)) close(i + 1);
  }
  return ranges;
}

function render(tokens: readonly string[], matched: readonly number[], [start, end]: [number, number], cut: boolean): string {
  const out: string[] = [];
  for (let i = start; i < end; i++) out.push(matched[i]! >= 0 ? `<mark>${escapeHtml(tokens[i]!)}</mark>` : escapeHtml(tokens[i]!));
  return `${cut && start > 0 ? '… ' : ''}${out.join(' ')}${cut ? ' …' : ''}`;
}

/** Narrows a long sentence to a window around its first match. */
function windowOf(range: [number, number], matched: readonly number[], size: number): [[number, number], boolean] {
  const [start, end] = range;
  if (end - start <= size) return [range, false];
  let first = start;
  while (first < end && matched[first]! < 0) first++;
  if (first === end) first = start;
  const from = Math.max(start, Math.min(first - Math.floor(size / 3), end - size));
  return [[from, from + size], true];
}

/** Builds the excerpt and section links of one result. */
export function buildExcerpt(input: ExcerptInput, terms: readonly MatchTerm[]): Excerpt {
  const content = input.content.replace(/\u200B/g, '');
  const tokens = content.split(/[\r\n\s]+/g);
  // The title opens the text; the page token follows it. Neither is shown.
  let skip = input.title.split(/\s+/).filter(Boolean).length;
  const token = tokens.findIndex((word, index) => index >= skip && index < skip + 3 && word.replace(/\W+$/, '') === PAGE_TOKEN);
  if (token >= 0) skip = token + 1;
  // Then the search-only lines: keywords, and an API page's path.
  for (const line of [input.keywords, input.path ?? '']) {
    if (!line) continue;
    const at = content.indexOf(line);
    if (at >= 0) skip = Math.max(skip, content.slice(0, at + line.length).split(/[\r\n\s]+/g).length);
  }
  const matched = tokens.map((token, index) => (index < skip ? -1 : matchToken(token, terms)));

  const sections = matchSections(input.anchors, tokens.length, matched, terms);
  let ranges = sentences(tokens, Math.min(skip, tokens.length), headingsOf(input.anchors));
  // An identifier that is a heading (an error code's row): the excerpt comes from that section.
  const exact = sections[0] && sections[0].score >= IDENTIFIER_HEADING ? sections[0] : undefined;
  if (exact) ranges = ranges.filter(([start]) => start >= exact.start && start < exact.end);
  const scoreOf = ([start, end]: [number, number]) => {
    const seen = new Set<number>();
    for (let i = start; i < end; i++) if (matched[i]! >= 0) seen.add(matched[i]!);
    return [...seen].reduce((sum, slot) => sum + (terms[slot]?.weight ?? 0), 0);
  };
  let best = ranges[0];
  let bestScore = best ? scoreOf(best) : 0;
  for (const range of ranges) {
    const score = scoreOf(range);
    if (score > bestScore) [best, bestScore] = [range, score];
  }

  let html = '';
  const opening = ranges[0];
  if (opening && !exact && (input.faq || !best || bestScore === 0)) {
    const [range, cut] = windowOf(opening, matched, MAX_WORDS);
    html = render(tokens, matched, range, cut);
    if (best && best !== opening && bestScore > 0 && scoreOf(opening) === 0) {
      const [extra] = windowOf(best, matched, 18);
      html += ` … ${render(tokens, matched, extra, false)} …`;
    }
  } else if (best) {
    const [range, cut] = windowOf(best, matched, MAX_WORDS);
    html = render(tokens, matched, range, cut);
  }

  return { html, sections: sections.map(({ title, id, score }) => ({ title, id, score })) };
}

/** A section score at or above this means its heading is the identifier searched for. */
export const IDENTIFIER_HEADING = 100;

/** The page's section headings (h2–h6 with an id), in order. */
function headingsOf(anchors: readonly Anchor[]): Anchor[] {
  return anchors.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id && anchor.text.trim()).sort((a, b) => a.location - b.location);
}

/** Sections whose text or heading matches, best first, at most three, with their word ranges. */
function matchSections(anchors: readonly Anchor[], length: number, matched: readonly number[], terms: readonly MatchTerm[]): (Section & { start: number; end: number })[] {
  const headings = headingsOf(anchors);
  const sections: (Section & { start: number; end: number })[] = [];
  headings.forEach((anchor, index) => {
    const end = headings[index + 1]?.location ?? length;
    const seen = new Set<number>();
    for (let i = anchor.location; i < end; i++) if (matched[i]! >= 0) seen.add(matched[i]!);
    let score = [...seen].reduce((sum, slot) => sum + (terms[slot]?.weight ?? 0), 0);
    // A heading that is the identifier searched for is the answer itself.
    if (terms.some((term) => term.identifier !== undefined && squash(anchor.text) === term.identifier)) score += IDENTIFIER_HEADING;
    if (score > 0) sections.push({ title: anchor.text, id: anchor.id, score, start: anchor.location, end });
  });
  const top = Math.max(0, ...sections.map((section) => section.score));
  return sections
    .filter((section) => section.score >= top * 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
}
