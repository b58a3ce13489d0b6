import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matchTier, mergeHits, rerank } from '../../src/lib/search/rank.ts';
import { expandQuery } from '../../src/lib/search/synonyms.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';

const groups = [
  ['unfreeze', 'unrestrict'],
  ['CSP', 'solution provider'],
  ['top up', 'recharge'],
];

describe('synonym expansion', () => {
  it('runs the query with each other term of a matched group', () => {
    expect(expandQuery('unfreeze account', groups)).toEqual(['unfreeze account', 'unrestrict account']);
    expect(expandQuery('how to top up', groups)).toEqual(['how to top up', 'how to recharge']);
    expect(expandQuery('CSP certificate', groups)).toEqual(['CSP certificate', 'solution provider certificate']);
  });

  it('matches whole words only, case-insensitively', () => {
    expect(expandQuery('freeze', groups)).toEqual(['freeze']);
    expect(expandQuery('Recharge', groups)).toEqual(['Recharge', 'top up']);
  });

  it('leaves queries without synonyms alone', () => {
    expect(expandQuery('  CBC.5004  ', groups)).toEqual(['CBC.5004']);
    expect(expandQuery('', groups)).toEqual(['']);
  });

  it('keeps the site synonym file valid', () => {
    expect(() => synonymsSchema.parse(parse(readFileSync('content/search-synonyms.yaml', 'utf8')))).not.toThrow();
  });
});

describe('ranking', () => {
  it('keeps the best score of a page found by several variants', () => {
    expect(mergeHits([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]])).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });

  it('ranks by title and keywords before body text, keeping the engine order within a tier', () => {
    const items = [
      { title: 'Setting Purchase Restriction for Resellers', keywords: ['reseller permissions'] },
      { title: 'Freezing an Account', keywords: ['Freeze customer account'] },
      { title: 'Freezing Both an Account and Resources', keywords: [] },
      { title: 'Freeze Customer Account?', keywords: [] },
    ];
    expect(rerank(items, ['freeze customer account']).map((item) => item.title)).toEqual([
      'Freeze Customer Account?', // title is the query (case and punctuation ignored)
      'Freezing an Account', // a keyword is the query
      'Setting Purchase Restriction for Resellers', // neither: engine order kept
      'Freezing Both an Account and Resources',
    ]);
  });

  it('counts a title or keyword that holds every query word, stems compared', () => {
    expect(matchTier({ title: 'How Do I Change My Partner?', keywords: [] }, ['change partner'])).toBe(2);
    expect(matchTier({ title: 'Payment Request', keywords: ['FH payment'] }, ['FH payment request'])).toBe(2);
    expect(matchTier({ title: 'Changing a Password', keywords: [] }, ['change partner'])).toBe(3);
    // The words must meet in the title or in one keyword, not across several.
    expect(matchTier({ title: 'Changing a Password', keywords: ['partner account'] }, ['change partner'])).toBe(3);
  });

  it('uses the best of the synonym variants', () => {
    expect(matchTier({ title: 'Unfreezing an Account', keywords: ['unfreeze'] }, ['unrestrict', 'unfreeze'])).toBe(1);
  });
});
