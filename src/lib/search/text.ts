/**
 * Words as search sees them: tokenizing, stemming (Porter2, the algorithm of
 * the Snowball English stemmer Pagefind uses), stop words, and identifiers
 * that must be searched as typed (error codes, API paths, field names).
 */
import { stem as porter2 } from 'porter2';

/**
 * Words that carry no topic in a question ("how do I …", "why can't my …"),
 * including the everyday verbs and fillers of questions typed in a hurry
 * ("I gave", "can't see anything"). Dropped from queries: they match pages
 * for no reason and cost an index chunk each. Deliberately short: words such as "up" (top up), "in" (log in) and
 * "off" (bring offline) are kept out of it, so phrases keep their meaning.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after all also am an and any are as at be been before being both but by can can't cannot could
  couldn't did didn't do does doesn't doing don't each either even ever every for from had has hasn't have
  haven't having he her here hers him his how however i i'm i've if into is isn't it it's its itself just
  let let's may me might mine more most much must my myself need needs of on once only or other our ours
  please possible really she should shouldn't so some still such than thanks that that's the their theirs
  them then there there's these they this those though to too tried trying us very want wants was wasn't
  way we we're were weren't what what's when where where's whether which while who whom whose why will
  with won't would wouldn't yes yet you you're your yours anyone someone somebody something anything
  again always never know tell help
  cant dont doesnt didnt wont isnt arent wasnt couldnt shouldnt wouldnt havent hasnt im ive id ill youre theyre
  whats hows wheres whos hi hello hey thank dear ok okay
  gave give given gives giving got get gets getting see sees seen saw look looking find found finding
  happen happened happens going go goes went come comes came thing things stuff anything something
  everything nothing say says said saying told`.split(/\s+/),
);

/** Lower case, with typographic apostrophes turned into `'`. */
function clean(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
}

/**
 * The words of a text, lower case, in order. Letters and digits form words;
 * an apostrophe inside a word stays ("can't"), a possessive "'s" goes, and a
 * hyphenated word is one word without its hyphens ("pre-register" is
 * "preregister", as Pagefind indexes it).
 */
export function words(text: string): string[] {
  const found = clean(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:'[\p{L}]+)*/gu) ?? [];
  return found.map((word) => word.replace(/'s$/, '').replace(/-/g, ''));
}

const stems = new Map<string, string>();

/** Porter2 stem of a lower-case word, memoized (excerpts stem the same words again and again). */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    known = /^[a-z']+$/.test(word) ? porter2(word.replace(/'/g, '')) : word;
    if (stems.size > 20_000) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/** Stems of a text's words, stop words kept (for matching phrases and titles). */
export function stemsOf(text: string): string[] {
  return words(text).map(stem);
}

/**
 * A token that names something exactly and must be searched as typed: an
 * error code (`CBC.5004`), an API path (`/v2/partners/sub-customers/query`),
 * a field name (`customer_id`, `xaccountType`) or a pair such as `AK/SK`.
 */
export function isIdentifier(token: string): boolean {
  return (
    /^[A-Za-z]{2,}\.\d+$/.test(token) || // error codes
    /^\/[\w{}.-]+(?:\/[\w{}.-]*)*$/.test(token) || // paths
    /^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/.test(token) || // snake_case
    /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(token) || // camelCase
    /^[A-Za-z]{2,}\/[A-Za-z]{2,}$/.test(token) // AK/SK
  );
}

/** Compares identifiers and headings the way Pagefind indexes them: case and punctuation dropped. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '');
}

/**
 * A word on every page and in no text (see `SearchData.astro`): an exact
 * search for it with a filter lists the pages having that filter value.
 */
export const PAGE_TOKEN = 'zzpdpage';
