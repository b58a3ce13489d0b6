/**
 * Typo tolerance: a word the index does not hold is corrected to the nearest
 * word of the site's own vocabulary (built with the index, in shards by first
 * letter, so a correction loads a few kilobytes, and only when a word is
 * unknown). Nearest is the fewest edits (insert, delete, substitute, swap two
 * neighbours); ties go to the word more pages use.
 */

/** One shard of the vocabulary: words of one first letter and how many pages hold each. */
export interface VocabularyShard {
  words: string[];
  pages: number[];
}

/** The shard a word belongs to: its first letter, `0` for digits, `_` for anything else. */
export function shardKey(word: string): string {
  const first = word[0] ?? '';
  if (/[a-z]/.test(first)) return first;
  if (/[0-9]/.test(first)) return '0';
  return '_';
}

/** How many edits a word of this length may need: short words get fewer. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated
 * edits of one substring), stopping early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A word of the shard starts with `prefix` (the user may still be typing it). */
export function completes(prefix: string, shard: VocabularyShard): boolean {
  return shard.words.some((word) => word.startsWith(prefix));
}

/** The nearest vocabulary word within the allowed edits, or undefined. */
export function nearestWord(word: string, shards: readonly VocabularyShard[]): string | undefined {
  const limit = maxEdits(word.length);
  if (limit === 0) return undefined;
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const shard of shards) {
    shard.words.forEach((candidate, index) => {
      if (candidate === word || Math.abs(candidate.length - word.length) > limit) return;
      const distance = editDistance(word, candidate, best ? Math.min(best.distance, limit) : limit);
      if (distance > limit) return;
      const pages = shard.pages[index] ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
    });
  }
  return best?.word;
}
