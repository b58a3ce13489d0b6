/** Pure feedback logic: validation, redaction, rate limiting, client keys, search insights, the report and FEEDBACK_URL. */
import { describe, expect, it } from 'vitest';
import { createClientKeys } from '../../src/lib/feedback/client-key.ts';
import { createSearchTracker, insightFor, SETTLE_MS } from '../../src/lib/feedback/insight.ts';
import { createRateLimiter } from '../../src/lib/feedback/rate-limit.ts';
import { buildReport, escapeMarkdown, renderHtml, renderMarkdown } from '../../src/lib/feedback/report.ts';
import { canonicalFilters, describeProblems, feedbackFromForm, feedbackSchema, redactQuery, searchInsightSchema } from '../../src/lib/feedback/schemas.ts';
import { feedbackCspSources, feedbackUrl } from '../../src/lib/feedback/site-config.ts';
import type { SearchInsight } from '../../src/lib/feedback/schemas.ts';

const problems = (schema: typeof feedbackSchema | typeof searchInsightSchema, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? '' : describeProblems(result.error);
};

describe('feedback validation', () => {
  it('accepts feedback and drops an empty comment', () => {
    expect(feedbackSchema.parse({ page: 'a-page', helpful: false, reason: 'other', comment: '  ' })).toEqual({ page: 'a-page', helpful: false, reason: 'other' });
  });

  it('names each bad field', () => {
    expect(problems(feedbackSchema, { page: 'Not An Id', helpful: 1, comment: 3 })).toBe('page is not a page id; helpful must be true or false; comment must be a string');
    expect(problems(feedbackSchema, null)).toBe('must be a JSON object');
    expect(problems(searchInsightSchema, { query: 'x', results: 1.5, clicked: 0 })).toBe('results must be a whole number; clicked must be 1 or more');
    expect(problems(searchInsightSchema, { query: 'x'.repeat(201), results: 0 })).toBe('query must be at most 200 characters');
  });

  it('reads the form post: yes/no, and a reason only with No', () => {
    expect(feedbackSchema.parse(feedbackFromForm(new URLSearchParams('page=p&helpful=no&reason=hard-to-follow&comment=Hi')))).toEqual({ page: 'p', helpful: false, reason: 'hard-to-follow', comment: 'Hi' });
    expect(feedbackSchema.parse(feedbackFromForm(new URLSearchParams('page=p&helpful=yes&reason=other')))).toEqual({ page: 'p', helpful: true });
    expect(problems(feedbackSchema, feedbackFromForm(new URLSearchParams('page=p&helpful=maybe&x=1')))).toBe('helpful must be true or false; unknown field x');
  });

  it('redacts e-mail addresses and long numbers but keeps error codes', () => {
    expect(redactQuery('mail ann.lee@example.co.uk about 0049-170-1234567 CBC.99003647 2024-10-14')).toBe('mail [email] about [number] CBC.99003647 2024-10-14');
  });

  it('writes filters in one canonical form', () => {
    expect(canonicalFilters({ role: ['reseller', 'distributor', 'reseller'], part: ['faq'], method: [] })).toBe('{"part":["faq"],"role":["distributor","reseller"]}');
  });
});

describe('rate limiter', () => {
  it('allows a burst, then refills at the sustained rate, per key', () => {
    const limiter = createRateLimiter({ burst: 3, perMinute: 6 });
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.retryAfter('a', 0)).toBe(10);
    expect(limiter.take('a', 9_999)).toBe(false);
    expect(limiter.take('a', 10_000)).toBe(true);
  });

  it('never tracks more than maxKeys clients', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`, 0);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe('client keys', () => {
  it('hash the address under a salt that changes each day, never returning the address', () => {
    let n = 0;
    const keys = createClientKeys((bytes) => Buffer.alloc(bytes, ++n));
    const day = 86_400_000;
    const monday = keys('203.0.113.9', 5 * day + 10);
    expect(monday).not.toContain('203.0.113.9');
    expect(keys('203.0.113.9', 5 * day + 50_000)).toBe(monday);
    expect(keys('203.0.113.10', 5 * day + 50_000)).not.toBe(monday);
    expect(keys('203.0.113.9', 6 * day)).not.toBe(monday);
  });
});

describe('search insights', () => {
  it('reports searches with no result or no click, never a clicked one', () => {
    expect(insightFor({ query: ' refund ', results: 0 })).toEqual({ query: 'refund', results: 0 });
    expect(insightFor({ query: 'budget', filters: { part: ['faq'], role: [] }, results: 4 })).toEqual({ query: 'budget', filters: { part: ['faq'] }, results: 4 });
    expect(insightFor({ query: 'budget', results: 4, clicked: 1 })).toBeUndefined();
    expect(insightFor({ query: '   ', results: 0 })).toBeUndefined();
  });

  it('ends a search when a result is opened, the reader leaves, or a new query follows a pause', () => {
    let now = 0;
    const sent: SearchInsight[] = [];
    const tracker = createSearchTracker((insight) => sent.push(insight), () => now);
    // Typing: each keystroke's results replace the last before they settle; nothing is sent.
    tracker.shown({ query: 're', results: 40 });
    now = 300;
    tracker.shown({ query: 'refnd', results: 0 });
    expect(sent).toEqual([]);
    // The reader paused on "refnd" (no result), then corrected it.
    now += SETTLE_MS;
    tracker.shown({ query: 'refund', results: 3 });
    expect(sent).toEqual([{ query: 'refnd', results: 0 }]);
    // ...and opened the second result: nothing more to report.
    tracker.clicked(2);
    tracker.end();
    expect(sent).toHaveLength(1);
    // A search left without a click.
    const filters = { part: ['faq'] };
    tracker.shown({ query: 'coupon', filters, results: 5 });
    filters.part.push('api'); // the UI's object changes later; the tracker kept a copy
    tracker.end();
    expect(sent[1]).toEqual({ query: 'coupon', filters: { part: ['faq'] }, results: 5 });
  });
});

describe('report', () => {
  const pages = new Map([
    ['a', { title: 'Page <A>', url: '/faq/a/' }],
    ['b', { title: 'Page B', url: '/faq/b/' }],
  ]);
  const report = buildReport({
    since: new Date('2026-11-01T00:00:00Z'),
    generated: new Date('2026-11-08T00:00:00Z'),
    counts: [
      { page: 'a', helpful: false, reason: 'hard-to-follow', count: 2 },
      { page: 'a', helpful: true, reason: null, count: 8 },
      { page: 'b', helpful: false, reason: 'wrong-or-outdated', count: 2 },
      { page: 'b', helpful: false, reason: null, count: 1 },
      { page: 'c', helpful: true, reason: null, count: 4 },
    ],
    comments: [{ page: 'a', helpful: false, reason: 'hard-to-follow', comment: '<img src=x onerror=alert(1)> *bold* [x](y)\nline', createdAt: new Date('2026-11-03T10:00:00Z') }],
    searches: [
      { query: 'refund', filters: '{}', count: 5, noResult: 5, noClick: 0 },
      { query: 'coupon', filters: '{"part":["faq"]}', count: 2, noResult: 0, noClick: 2 },
    ],
    pages,
  });

  it('ranks pages by "not helpful" votes, then by their share', () => {
    expect(report.pages.map((p) => [p.id, p.notHelpful, p.helpful])).toEqual([
      ['b', 3, 0],
      ['a', 2, 8],
    ]);
    expect(report.pages[0]!.reasons).toEqual({ 'wrong-or-outdated': 2 });
    expect(report.totals).toEqual({ votes: 17, notHelpful: 5, searchesRecorded: 7 });
    expect(report.noResult).toEqual([{ query: 'refund', filters: {}, count: 5 }]);
    expect(report.noClick).toEqual([{ query: 'coupon', filters: { part: ['faq'] }, count: 2 }]);
  });

  it('escapes reader text in Markdown and HTML', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b)')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\]\\(b\\)');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('   - 2026-11-03, hard to follow: &lt;img src=x onerror=alert\\(1\\)&gt; \\*bold\\* \\[x\\]\\(y\\) line');
    expect(markdown).toContain('2. **Page &lt;A&gt;** (`a`, /faq/a/): 2 not helpful, 8 helpful; Hard to follow 2');
    expect(markdown).toContain('- 2 × "coupon" (part: faq)');
    const html = renderHtml(report);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; *bold* [x](y)\nline');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="/faq/a/">Page &lt;A&gt;</a>');
  });
});

describe('FEEDBACK_URL', () => {
  it('is optional, normalised, and adds exactly its origin to the CSP', () => {
    expect(feedbackUrl({})).toBeUndefined();
    expect(feedbackCspSources({})).toEqual({});
    expect(feedbackUrl({ FEEDBACK_URL: 'https://docs.example.com/feedback/' })).toBe('https://docs.example.com/feedback');
    expect(feedbackCspSources({ FEEDBACK_URL: 'https://docs.example.com/feedback/' })).toEqual({ 'connect-src': ['https://docs.example.com'], 'form-action': ['https://docs.example.com'] });
  });

  it('fails the build with the reason when it is not a base URL', () => {
    expect(() => feedbackUrl({ FEEDBACK_URL: 'feedback.example.com' })).toThrow('FEEDBACK_URL must be an absolute URL such as https://feedback.example.com, not "feedback.example.com"');
    expect(() => feedbackUrl({ FEEDBACK_URL: 'ftp://x.example' })).toThrow('must be an http(s) URL');
    expect(() => feedbackUrl({ FEEDBACK_URL: 'https://x.example/?a=1' })).toThrow('without query');
  });
});
