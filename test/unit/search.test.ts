import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeHits, titleFirst } from '../../src/lib/search/rank.ts';
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

  it('puts an exact title match first, ignoring case and punctuation', () => {
    const items = [{ title: 'Setting Budgets for Customers' }, { title: 'Querying Customers' }, { title: 'Querying customers?' }];
    expect(titleFirst(items, 'querying customers').map((item) => item.title)).toEqual(['Querying Customers', 'Querying customers?', 'Setting Budgets for Customers']);
  });
});
