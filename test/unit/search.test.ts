import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { combine, type SlotHits } from '../../src/lib/search/combine.ts';
import { buildExcerpt, escapeHtml, type MatchTerm } from '../../src/lib/search/excerpt.ts';
import { applyFilters, facetCounts, type Membership } from '../../src/lib/search/facets.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { matchTier, rerank } from '../../src/lib/search/rank.ts';
import { isIdentifier, stem, words } from '../../src/lib/search/text.ts';
import { completes, editDistance, nearestWord, shardKey } from '../../src/lib/search/typo.ts';
import { buildVocabulary } from '../../src/lib/search/vocabulary.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';

const synonyms = [
  ['unfreeze', 'unrestrict'],
  ['CSP', 'solution provider', 'cloud solution provider'],
  ['top up', 'recharge'],
  ['freeze', 'restrict purchase', 'stop buying'],
  ['customer', 'client'],
];

const labels = (query: string, options = {}) => planQuery(query, synonyms, options).slots.map((slot) => slot.label);

describe('words and identifiers', () => {
  it('splits text into lower-case words and drops possessive endings', () => {
    expect(words("The customer's Budget, can't change")).toEqual(['the', 'customer', 'budget', "can't", 'change']);
  });

  it('stems as the Snowball (Porter2) English stemmer does', () => {
    expect(['buying', 'associations', 'budgets', 'invoices', 'resellers'].map(stem)).toEqual(['buy', 'associ', 'budget', 'invoic', 'resel']);
  });

  it('recognizes error codes, paths, field names and AK/SK as identifiers', () => {
    for (const token of ['CBC.5004', '/v2/partners/sub-customers/query', 'customer_id', 'xaccountType', 'AK/SK']) expect(isIdentifier(token), token).toBe(true);
    for (const token of ['budget', 'yearly-monthly', 'e.g.', 'Budget']) expect(isIdentifier(token), token).toBe(false);
  });
});

describe('query plans', () => {
  it('drops question words and fillers but keeps every topic word', () => {
    expect(labels('How do I stop a customer from buying more?')).toEqual(['stop buying', 'customer']);
    expect(labels('why cant my reseller see the discount I gave')).toEqual(['reseller', 'discount']);
  });

  it('keeps a query made only of stop words as it is', () => {
    expect(labels('how to')).toEqual(['how', 'to']);
  });

  it('makes one slot of a synonym term, with the group as alternatives, longest term first', () => {
    const plan = planQuery('cloud solution provider certificate', synonyms);
    expect(plan.slots[0]).toMatchObject({ label: 'cloud solution provider', synonym: true });
    expect(plan.slots[0]!.alternatives).toEqual(['cloud solution provider', 'CSP', 'solution provider']);
    expect(plan.slots[1]).toMatchObject({ label: 'certificate', synonym: false, alternatives: ['certificate'] });
  });

  it('matches a synonym term with one other word between its words', () => {
    const plan = planQuery('stop customer buying', synonyms);
    expect(plan.slots.map((slot) => slot.label)).toEqual(['stop buying', 'customer']);
  });

  it('keeps identifiers whole and marks a one-identifier query', () => {
    expect(planQuery('CBC.5004').identifier).toBe(true);
    expect(planQuery('CBC.5004').slots[0]).toMatchObject({ label: 'CBC.5004', identifier: true });
    expect(planQuery('error CBC.5004').identifier).toBe(false);
    expect(labels('/v2/partners/sub-customers/query')).toEqual(['/v2/partners/sub-customers/query']);
  });

  it('turns role and part words into hints; part words stay out of the slots', () => {
    const plan = planQuery('as a reseller how do I set a budget api', synonyms);
    expect(plan.roles).toEqual(['reseller']);
    expect(plan.parts).toEqual(['api']);
    expect(plan.slots.map((slot) => slot.label)).toEqual(['reseller', 'set', 'budget']);
    expect(planQuery('solution providers and distributors').roles.sort()).toEqual(['distributor', 'solution-provider']);
    expect(planQuery('as a customer how do I pay').roles).toEqual(['customer']);
    expect(planQuery('freeze customer account').roles).toEqual([]);
    expect(labels('api')).toEqual(['api']);
  });

  it('marks the last word as unfinished only while typing', () => {
    expect(planQuery('monthly bud', [], { partial: true }).slots.at(-1)!.partial).toBe(true);
    expect(planQuery('monthly bud ', [], { partial: true }).slots.at(-1)!.partial).toBe(false);
    expect(planQuery('monthly bud').slots.at(-1)!.partial).toBe(false);
  });
});

function hits(entries: Record<string, number>, first = 100): SlotHits {
  return new Map(Object.entries(entries).map(([id, score]) => [id, { score, first }]));
}

describe('relaxed matching', () => {
  it('ranks pages holding every slot first, then those missing only common words', () => {
    // "rare" is on two pages of 100, "common" on 60.
    const rare = hits({ a: 2, b: 2 });
    const common = hits(Object.fromEntries([...Array(60).keys()].map((i) => [`p${i}`, 1]).concat([['a', 1]])));
    const ranked = combine([rare, common], { totalPages: 100 });
    expect(ranked[0]!.id).toBe('a');
    expect(ranked[0]!.coverage).toBeCloseTo(1);
    expect(ranked[1]!.id).toBe('b'); // has the rare word only: close behind
    // Pages with only the common word hold too little of the query and are left out.
    expect(ranked.map((page) => page.id)).not.toContain('p1');
  });

  it('never empties the result list because one word matched nothing', () => {
    const ranked = combine([hits({ a: 1, b: 2 }), new Map()], { totalPages: 10 });
    expect(ranked.map((page) => page.id)).toEqual(['b', 'a']);
  });

  it('lowers pages being brought offline and raises lead matches, phrases and hinted pages', () => {
    const slot = hits({ old: 1, current: 1 });
    expect(combine([slot], { totalPages: 10, demote: new Set(['old']) }).map((page) => page.id)).toEqual(['current', 'old']);
    const lead = new Map([['x', { score: 1, first: 200 }], ['y', { score: 1, first: 3 }]]);
    expect(combine([lead], { totalPages: 10 }).map((page) => page.id)).toEqual(['y', 'x']);
    expect(combine([hits({ x: 1, y: 1 })], { totalPages: 10, phrases: new Map([['y', 1]]) })[0]!.id).toBe('y');
    expect(combine([hits({ x: 1, y: 1 })], { totalPages: 10, promote: new Set(['y']) })[0]!.id).toBe('y');
    expect(combine([hits({ x: 1, y: 1 })], { totalPages: 10, later: new Set(['x']) })[0]!.id).toBe('y');
  });
});

describe('typo correction', () => {
  const shard = { words: ['budget', 'budgets', 'bank', 'bill', 'buy'], pages: [80, 30, 20, 40, 60] };

  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('budjet', 'budget')).toBe(1);
    expect(editDistance('invioce', 'invoice')).toBe(1);
    expect(editDistance('reseler', 'reseller')).toBe(1);
    expect(editDistance('budget', 'bank', 1)).toBe(2); // stops early past the limit
  });

  it('corrects to the nearest word, ties going to the word more pages use', () => {
    expect(nearestWord('budjet', [shard])).toBe('budget');
    expect(nearestWord('bils', [shard])).toBe('bill');
    expect(nearestWord('xyzzyq', [shard])).toBeUndefined();
    expect(nearestWord('bux', [shard])).toBeUndefined(); // three letters: never corrected
  });

  it('treats a prefix of a site word as a word still being typed', () => {
    expect(completes('budg', shard)).toBe(true);
    expect(completes('budj', shard)).toBe(false);
  });

  it('shards the vocabulary by first letter, deterministically, with page counts', () => {
    expect(shardKey('budget')).toBe('b');
    expect(shardKey('5004')).toBe('0');
    const vocabulary = buildVocabulary(['Budget and budgets', 'budget bank', 'Ab 42 x']);
    expect(vocabulary.b).toEqual({ words: ['budget', 'bank', 'budgets'], pages: [2, 1, 1] });
    expect(vocabulary.a).toEqual({ words: ['and'], pages: [1] });
  });
});

describe('excerpts', () => {
  const term = (word: string, weight = 1): MatchTerm => ({ stems: new Set([stem(word)]), weight });
  const content =
    'Can a Customer Change Partners? change partner; switch partner. Yes. A customer can leave one partner for another. ' +
    'Before you start. The budget stays with the account until the partner removes it. ' +
    'Procedure. Open My Partner and choose Disassociate.';
  const anchors = [
    { element: 'h2', id: 'before-you-start', text: 'Before you start', location: 18 },
    { element: 'h2', id: 'procedure', text: 'Procedure', location: 32 },
  ];

  it('shows the matching sentence with the words marked, never the title or the keywords line', () => {
    const excerpt = buildExcerpt({ content, title: 'Can a Customer Change Partners?', keywords: 'change partner; switch partner', anchors, faq: false }, [term('budget')]);
    expect(excerpt.html).toBe('The <mark>budget</mark> stays with the account until the partner removes it.');
    expect(excerpt.sections.map((section) => section.id)).toEqual(['before-you-start']);
  });

  it("leads an FAQ answer with its opening sentence, and adds the matching sentence when the opening has no match", () => {
    const excerpt = buildExcerpt({ content, title: 'Can a Customer Change Partners?', keywords: 'change partner; switch partner', anchors, faq: true }, [term('budget')]);
    expect(excerpt.html).toBe('Yes. A customer can leave one partner for another. … The <mark>budget</mark> stays with the account until the partner removes it. …');
    expect(excerpt.html).not.toContain('switch');
  });

  it('escapes page text', () => {
    expect(escapeHtml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
    const excerpt = buildExcerpt({ content: 'T. Use <token> in the header for the budget call here now.', title: 'T.', keywords: '', anchors: [], faq: false }, [term('budget')]);
    expect(excerpt.html).toContain('&#60;token&#62;');
    expect(excerpt.html).not.toContain('<token>');
  });

  it('takes an identifier that is a heading as the answer: its section, its sentence', () => {
    const registry = 'Error Codes. Each code has its own anchor, such as CBC.5004 here. CBC.5004. 403. You have no permission to operate on this customer.';
    const result = buildExcerpt(
      { content: registry, title: 'Error Codes.', keywords: '', anchors: [{ element: 'h3', id: 'CBC.5004', text: 'CBC.5004', location: 11 }], faq: false },
      [{ stems: new Set(), identifier: 'cbc5004', weight: 1 }],
    );
    expect(result.sections[0]).toMatchObject({ id: 'CBC.5004' });
    expect(result.sections[0]!.score).toBeGreaterThanOrEqual(100);
    expect(result.html).toContain('You have no permission');
  });
});

describe('filters and counts', () => {
  const membership: Membership = {
    part: { faq: new Set(['a', 'b']), api: new Set(['c']) },
    role: { reseller: new Set(['a', 'c']), distributor: new Set(['b']) },
  };
  const ids = ['a', 'b', 'c'];

  it('applies any value within a group and all groups together', () => {
    expect(applyFilters(ids, { part: ['faq', 'api'] }, membership)).toEqual(['a', 'b', 'c']);
    expect(applyFilters(ids, { part: ['faq'], role: ['reseller'] }, membership)).toEqual(['a']);
  });

  it("counts each group under the other groups' selections, not its own", () => {
    expect(facetCounts(ids, { part: ['faq'] }, membership)).toEqual({ part: { faq: 2, api: 1 }, role: { reseller: 1, distributor: 1 } });
  });
});

describe('re-ranking by title and keywords', () => {
  const plan = (query: string) => planQuery(query, synonyms);

  it('weighs the title that is the query most, then titles holding every slot, then keywords, times the score', () => {
    const items = [
      { title: 'Setting Purchase Restriction for Resellers', keywords: ['reseller permissions'], score: 1 },
      { title: 'Placing Orders', keywords: ['freeze customer account'], score: 1 },
      { title: 'Freezing a Customer Account', keywords: [], score: 1 },
      { title: 'Freeze Customer Account?', keywords: [], score: 1 },
      { title: 'Freezing a Customer Account (Old)', keywords: [], score: 0.2 },
    ];
    expect(rerank(items, plan('freeze customer account')).map((item) => item.title)).toEqual([
      'Freeze Customer Account?', // the title is the query (case and punctuation ignored)
      'Freezing a Customer Account', // the title holds every slot (stems)
      'Placing Orders', // a keyword is the query
      'Setting Purchase Restriction for Resellers', // neither: incoming order kept
      'Freezing a Customer Account (Old)', // ranked low for a reason: the title does not lift it back up
    ]);
  });

  it('accepts any alternative of a slot, and needs the words in one keyword', () => {
    expect(matchTier({ title: 'Restrict Purchase', keywords: [] }, plan('freeze'))).toBe(1);
    expect(matchTier({ title: 'Changing a Password', keywords: ['partner account'] }, plan('change partner'))).toBe(3);
    expect(matchTier({ title: 'Querying Customers', keywords: [], path: '/v2/partners/sub-customers/query' }, plan('/v2/partners/sub-customers/query'))).toBe(0);
  });

  it('keeps the site synonym file valid', () => {
    expect(() => synonymsSchema.parse(parse(readFileSync('content/search-synonyms.yaml', 'utf8')))).not.toThrow();
  });
});
