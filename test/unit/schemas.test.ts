import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../src/schemas/api.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { navPartSchema } from '../../src/schemas/nav.ts';
import { FrontmatterError, parseWithFriendlyErrors } from '../../src/lib/friendly-errors.ts';

const valid = {
  id: 'csp-querying-customers',
  title: 'Querying Customers',
  description: 'Find the customers associated with you and open their details.',
  updated: '2026-11-24',
  audience: ['solution-provider'],
};
/** An FAQ answer also needs keywords. */
const validFaq = { ...valid, keywords: ['customer list'] };

/** The message a bad frontmatter produces, or a failure if it parses. */
function messageFor(schema: Parameters<typeof parseWithFriendlyErrors>[0], data: unknown, file = 'content/faq/x.mdx'): string {
  try {
    parseWithFriendlyErrors(schema, data, file);
  } catch (error) {
    expect(error).toBeInstanceOf(FrontmatterError);
    return (error as Error).message;
  }
  throw new Error('expected the frontmatter to be rejected');
}

describe('page frontmatter', () => {
  it('accepts a complete page and fills defaults', () => {
    const data = parseWithFriendlyErrors(guideSchema, valid, 'content/guide/x.mdx');
    expect(data.updated).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(data.keywords).toEqual([]);
    expect(data.sources).toEqual([]);
    expect(data.redirectFrom).toEqual([]);
  });

  it('resolves audience "all" to every role', () => {
    expect(parseWithFriendlyErrors(faqSchema, { ...validFaq, audience: 'all' }, 'x').audience).toEqual([
      'solution-provider',
      'distributor',
      'reseller',
      'customer',
    ]);
  });

  it('accepts a YAML Date for updated (js-yaml, as Astro parses it)', () => {
    const data = parseWithFriendlyErrors(faqSchema, { ...validFaq, updated: new Date('2025-01-31T00:00:00Z') }, 'x');
    expect(data.updated.toISOString()).toBe('2025-01-31T00:00:00.000Z');
  });

  it('names the file, each bad field and its fix', () => {
    const { title: _title, ...noTitle } = validFaq;
    const message = messageFor(faqSchema, { ...noTitle, id: 'Bad Id', audience: ['partners'], updated: '2026-02-30' });
    expect(message).toBe(
      [
        'content/faq/x.mdx: invalid frontmatter (4 problems)',
        '  - id must be lower-case letters, digits and single hyphens',
        '    fix: Add a unique id in kebab-case, e.g. `id: csp-querying-customers`.',
        '  - title is missing',
        '    fix: Add the page heading, e.g. `title: Querying Customers`.',
        '  - updated is not a real calendar date',
        '    fix: Write the date you last checked the facts, e.g. `updated: 2026-11-24`.',
        '  - audience must be "all" or a list of roles from: solution-provider, distributor, reseller, customer',
        '    fix: Write `audience: all` or a list, e.g. `audience: [reseller, distributor]`.',
      ].join('\n'),
    );
  });

  it('suggests the field meant by a typo', () => {
    const { description, ...rest } = valid;
    expect(messageFor(guideSchema, { ...rest, descripton: description })).toBe(
      [
        'content/faq/x.mdx: invalid frontmatter (2 problems)',
        '  - description is missing',
        '    fix: Write one sentence saying what the page answers, 20–220 characters.',
        '  - descripton is not a known field',
        '    fix: Did you mean `description`? Otherwise remove it.',
      ].join('\n'),
    );
  });

  it('rejects sources that are not https and empty keywords', () => {
    expect(messageFor(faqSchema, { ...validFaq, sources: ['http://example.com/a'], keywords: ['ok', ' '] })).toBe(
      [
        'content/faq/x.mdx: invalid frontmatter (2 problems)',
        '  - keywords[1] must not be empty',
        '    fix: Write a list, e.g. `keywords: [auto-renew, renewal]`.',
        '  - sources[0] must be an absolute https:// URL',
        '    fix: List the https:// pages the facts come from, one per line.',
      ].join('\n'),
    );
  });

  it('requires keywords on an FAQ answer, not on a guide page', () => {
    const { keywords: _keywords, ...noKeywords } = validFaq;
    expect(parseWithFriendlyErrors(guideSchema, noKeywords, 'x').keywords).toEqual([]);
    const expected = (problem: string) =>
      ['content/faq/x.mdx: invalid frontmatter (1 problem)', `  - keywords ${problem}`, '    fix: Write a list, e.g. `keywords: [auto-renew, renewal]`.'].join('\n');
    expect(messageFor(faqSchema, noKeywords)).toBe(expected('is missing'));
    expect(messageFor(faqSchema, { ...noKeywords, keywords: [] })).toBe(expected('must list at least one word partners would search for'));
  });

  it('rejects a description that is too short to be a summary', () => {
    expect(messageFor(faqSchema, { ...validFaq, description: 'Too short.' })).toContain('  - description must be at least 20 characters');
  });
});

describe('api frontmatter', () => {
  const api = { ...valid, id: 'query-customers', operationId: 'ListSubCustomers', group: 'customer-management', token: 'partner', method: 'POST', path: '/v2/partners/sub-customers/query' };

  it('accepts an operation and defaults deprecated to false', () => {
    const data = parseWithFriendlyErrors(apiSchema, api, 'x');
    expect(data.deprecated).toBe(false);
    expect(data.replacedBy).toBeUndefined();
  });

  it('normalises replacedBy to a list', () => {
    expect(parseWithFriendlyErrors(apiSchema, { ...api, deprecated: true, replacedBy: 'list-sub-customers' }, 'x').replacedBy).toEqual([
      'list-sub-customers',
    ]);
  });

  it('requires deprecated when replacedBy is set', () => {
    expect(messageFor(apiSchema, { ...api, replacedBy: ['list-sub-customers'] }, 'content/api/x.mdx')).toBe(
      [
        'content/api/x.mdx: invalid frontmatter (1 problem)',
        '  - replacedBy is set on an operation that is not deprecated',
        '    fix: Add `deprecated: true`, or remove `replacedBy`.',
      ].join('\n'),
    );
  });

  it('accepts the month an operation was taken offline, only on a deprecated operation', () => {
    expect(parseWithFriendlyErrors(apiSchema, { ...api, deprecated: true, offline: '2024-01' }, 'x').offline).toBe('2024-01');
    expect(messageFor(apiSchema, { ...api, offline: '2024-01' }, 'content/api/x.mdx')).toBe(
      [
        'content/api/x.mdx: invalid frontmatter (1 problem)',
        '  - offline is set on an operation that is not deprecated',
        '    fix: Add `deprecated: true`, or remove `offline`.',
      ].join('\n'),
    );
    expect(messageFor(apiSchema, { ...api, deprecated: true, offline: '2024-13' }, 'content/api/x.mdx')).toContain('  - offline must be a month written YYYY-MM');
  });

  it('rejects a lower-case method and a path without a leading slash', () => {
    expect(messageFor(apiSchema, { ...api, method: 'get', path: 'v2/x' }, 'content/api/x.mdx')).toBe(
      [
        'content/api/x.mdx: invalid frontmatter (2 problems)',
        '  - method must be one of GET, POST, PUT, DELETE, PATCH',
        '    fix: Write the HTTP method in capitals, e.g. `method: GET`.',
        '  - path must start with / and contain only URL path characters',
        '    fix: Write the request path from the vendor page, e.g. `path: /v2/partners/sub-customers/query`.',
      ].join('\n'),
    );
  });
});

describe('nav part', () => {
  it('rejects a part id that the site reserves for its own routes', () => {
    const result = navPartSchema.safeParse({ id: 'search', title: 'Search', description: 'A part named like a route.', order: 1, items: ['a'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('is reserved for the site itself (nav, search, pagefind, _astro, changes)');
  });
});
