/**
 * The site's vocabulary for typo correction, computed at build from the text
 * Pagefind indexed: every word of three letters or more with the number of
 * pages that use it, in shards by first letter (see `typo.ts`).
 */
import { shardKey, type VocabularyShard } from './typo.ts';
import { PAGE_TOKEN, words } from './text.ts';

/** A shard keeps at most this many words (the most used): bounds the download on huge sites. */
export const SHARD_LIMIT = 6000;

/** Builds the shards from page texts. Output is sorted, so the same pages give the same files. */
export function buildVocabulary(texts: Iterable<string>): Record<string, VocabularyShard> {
  const pages = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(words(text))) {
      if (word.length < 3 || !/^[a-z]+$/.test(word) || word === PAGE_TOKEN) continue;
      pages.set(word, (pages.get(word) ?? 0) + 1);
    }
  }
  const shards: Record<string, [string, number][]> = {};
  for (const entry of pages) (shards[shardKey(entry[0])] ??= []).push(entry);
  return Object.fromEntries(
    Object.keys(shards)
      .sort()
      .map((key) => {
        const sorted = shards[key]!.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHARD_LIMIT);
        return [key, { words: sorted.map(([word]) => word), pages: sorted.map(([, count]) => count) }];
      }),
  );
}
