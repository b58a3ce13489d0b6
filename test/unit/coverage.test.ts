import { describe, expect, it } from 'vitest';
import { auditGaps, computeCoverage, entryKey, falseMatchKeys, formatCoverage, formatGapAudit, formatSummary, normalizeTitle, parseSeedMenu, similarity, type SiteName } from '../../src/lib/coverage.ts';
import { parseWithFriendlyErrors } from '../../src/lib/friendly-errors.ts';
import { coverageGapsSchema, GAP_REASONS } from '../../src/schemas/coverage-gaps.ts';

/** Page and folder titles as site names. */
const titles = (...texts: string[]): SiteName[] => texts.map((text) => ({ text }));

// The shape of a captured help-center page: header lines, a flattened menu, then the page body.
const MENU = `Partner Center
Partner Center
-
User Guide
- Becoming a Partner
-
Customer Management
- Querying Customers
- Freezing an Account
-
Customer Management
- Operation Statistics
-
FAQs
-
Partner Programs
- What Is a Huawei Cloud Solution Provider?
- How Do I Exit the Cloud Solution Provider Program?
-
API Reference
- API Invoking Methods
On this page
- Not a menu entry
`;

describe('parseSeedMenu', () => {
  it('reads entries with their part and nearest folder, and stops at the page body', () => {
    expect(parseSeedMenu(MENU)).toEqual([
      { part: 'user-guide', folder: 'User Guide', title: 'Becoming a Partner' },
      { part: 'user-guide', folder: 'Customer Management', title: 'Querying Customers' },
      { part: 'user-guide', folder: 'Customer Management', title: 'Freezing an Account' },
      { part: 'user-guide', folder: 'Customer Management', title: 'Operation Statistics' },
      { part: 'faq', folder: 'Partner Programs', title: 'What Is a Huawei Cloud Solution Provider?' },
      { part: 'faq', folder: 'Partner Programs', title: 'How Do I Exit the Cloud Solution Provider Program?' },
      { part: 'api', folder: 'API Reference', title: 'API Invoking Methods' },
    ]);
  });
});

describe('title matching', () => {
  it('ignores case, punctuation, curly quotes and the brand spelling', () => {
    expect(normalizeTitle("Viewing a Customer’s Resources")).toBe(normalizeTitle("viewing a customer's resources"));
    expect(normalizeTitle('What Is a HUAWEI CLOUD Solution Provider?')).toBe(normalizeTitle('What is a Huawei Cloud solution provider'));
  });

  it('scores a typo close to 1 and a different question low', () => {
    expect(similarity(normalizeTitle('Disassociating from a Partne'), normalizeTitle('Disassociating from a Partner'))).toBeGreaterThan(0.9);
    expect(similarity(normalizeTitle('How Do I Renew My Certificate?'), normalizeTitle('Freezing an Account'))).toBeLessThan(0.3);
  });
});

describe('computeCoverage', () => {
  const site = new Map([
    ['user-guide', titles('User Guide', 'Becoming a Partner', 'Customer Management', 'Querying Customers', 'Freezing an Account')],
    ['faq', titles('FAQs', 'What Is a HUAWEI CLOUD Solution Provider?')],
    ['api', titles('API Reference')],
  ]);

  it('counts each menu title once per part and lists what is missing', () => {
    const doubled = MENU + MENU; // a second capture listing the same entries counts once
    const coverage = computeCoverage(parseSeedMenu(doubled), site);
    expect(coverage.map((part) => [part.part, part.covered.length, part.uncovered.map((entry) => entry.title)])).toEqual([
      ['user-guide', 3, ['Operation Statistics']],
      ['faq', 1, ['How Do I Exit the Cloud Solution Provider Program?']],
      ['api', 0, ['API Invoking Methods']],
    ]);
  });

  it('does not let a title in another part count', () => {
    const coverage = computeCoverage(parseSeedMenu(MENU), new Map([['faq', titles('Querying Customers')]]));
    expect(coverage.find((part) => part.part === 'user-guide')!.covered).toEqual([]);
  });

  it('prints totals per part, then the uncovered entries by folder', () => {
    const text = formatCoverage(computeCoverage(parseSeedMenu(MENU), site));
    expect(text.split('\n')).toEqual([
      'user-guide          3 / 4    75.0%',
      'faq                 1 / 2    50.0%',
      'api                 0 / 1    0.0%',
      'total               4 / 7    57.1%',
      '',
      'Uncovered in user-guide (1):',
      '  [Customer Management]',
      '    - Operation Statistics',
      '',
      'Uncovered in faq (1):',
      '  [Partner Programs]',
      '    - How Do I Exit the Cloud Solution Provider Program?',
      '',
      'Uncovered in api (1):',
      '  [API Reference]',
      '    - API Invoking Methods',
    ]);
  });

  it('counts a question answered by a page of another title when a keyword is its exact wording', () => {
    const faq: SiteName[] = [
      { text: 'FAQs' },
      { text: 'How Do I Exit the Cloud Solution Provider Program?', keyword: true }, // exact wording: covers
      { text: 'What Is a Cloud Solution Provider', keyword: true }, // close, but keywords must match exactly
    ];
    const coverage = computeCoverage(parseSeedMenu(MENU), new Map([['faq', faq]]));
    const part = coverage.find((p) => p.part === 'faq')!;
    expect(part.covered.map((entry) => [entry.title, entry.match])).toEqual([
      ['How Do I Exit the Cloud Solution Provider Program?', { text: 'How Do I Exit the Cloud Solution Provider Program?', keyword: true }],
    ]);
    expect(formatCoverage(coverage)).toContain(`Covered by a page of another title, through its keywords (1):`);
  });
});

describe('near-title matches', () => {
  // "How Long Is the Validity Period of an Invitation Link?" (employees' HUAWEI ID invitations) is
  // 0.86 similar to a page about customers' invitation links: covered by the title, not by the answer.
  const NEAR = `-
FAQs
-
Dedicated Personnel
- How Long Is the Validity Period of an Invitation Link?
- Inviting a Member
`;
  const entries = parseSeedMenu(NEAR);
  const site = new Map([['faq', titles('How Long Is the Validity Period of an Invitation Link Sent by Partners?', 'Inviting a Member')]]);
  const falseMatch = { part: 'faq', reason: 'false-match', title: 'How Long Is the Validity Period of an Invitation Link?', note: 'Confused with faq-invitation-link-validity.' };

  it('counts a near title as covered and lists it, with its score, for review', () => {
    const parts = computeCoverage(entries, site);
    expect(parts[0]!.covered.map((entry) => [entry.title, entry.score])).toEqual([
      ['How Long Is the Validity Period of an Invitation Link?', expect.closeTo(0.86, 2)],
      ['Inviting a Member', 1],
    ]);
    expect(formatSummary(parts).split('\n').slice(-2)).toEqual([
      'Covered by a near title (1): if the page does not answer the entry, record it as false-match in content/coverage-gaps.yaml',
      '    - faq: How Long Is the Validity Period of an Invitation Link?  ≈ "How Long Is the Validity Period of an Invitation Link Sent by Partners?" (0.86)',
    ]);
  });

  it('counts an entry recorded as false-match as uncovered, grouped under that reason with the rejected title as nearest', () => {
    const parts = computeCoverage(entries, site, { rejectNear: falseMatchKeys([falseMatch]) });
    expect(parts[0]!.covered.map((entry) => entry.title)).toEqual(['Inviting a Member']);
    expect(parts[0]!.uncovered).toEqual([
      {
        part: 'faq',
        folder: 'Dedicated Personnel',
        title: 'How Long Is the Validity Period of an Invitation Link?',
        nearest: { title: 'How Long Is the Validity Period of an Invitation Link Sent by Partners?', score: expect.closeTo(0.86, 2) },
      },
    ]);
    const audit = auditGaps(parts, [falseMatch]);
    expect(audit.explained.get('false-match')?.map((entry) => [entry.title, entry.note])).toEqual([
      ['How Long Is the Validity Period of an Invitation Link?', 'Confused with faq-invitation-link-validity.'],
    ]);
    expect([audit.unexplained, audit.stale]).toEqual([[], []]);
  });

  it('still lets an equal title or an exact keyword cover a false-match entry, and flags the record as stale', () => {
    const rejectNear = new Set([entryKey('faq', 'How long is the validity period of an invitation link')]);
    const answered = new Map([['faq', [...titles('How Long Is the Validity Period of an Invitation Link Sent by Partners?'), { text: 'How Long Is the Validity Period of an Invitation Link?', keyword: true }]]]);
    const parts = computeCoverage(entries, answered, { rejectNear });
    expect(parts[0]!.covered[0]).toMatchObject({ title: 'How Long Is the Validity Period of an Invitation Link?', match: { keyword: true } });
    expect(auditGaps(parts, [falseMatch]).stale).toEqual([{ ...falseMatch, cause: 'now covered' }]);
  });

  it('prefers an exact keyword to a near title, so only guesses are listed for review', () => {
    const merged = new Map([['faq', [...titles('How Long Is the Validity Period of an Invitation Link Sent by Partners?'), { text: 'How long is the validity period of an invitation link', keyword: true }]]]);
    const parts = computeCoverage(entries, merged);
    expect(parts[0]!.covered[0]).toEqual({ part: 'faq', folder: 'Dedicated Personnel', title: 'How Long Is the Validity Period of an Invitation Link?', match: { text: 'How long is the validity period of an invitation link', keyword: true } });
    expect(formatSummary(parts)).not.toContain('near title');
  });

  it('flags a false-match record whose near title is gone, so the entry gets its real reason', () => {
    const renamed = new Map([['faq', titles('Inviting Customers by Email', 'Inviting a Member')]]);
    const audit = auditGaps(computeCoverage(entries, renamed, { rejectNear: falseMatchKeys([falseMatch]) }), [falseMatch]);
    expect(audit.unexplained.map((entry) => entry.title)).toEqual(['How Long Is the Validity Period of an Invitation Link?']);
    expect(audit.stale).toEqual([{ ...falseMatch, cause: 'no near title left' }]);
    expect(formatGapAudit(audit, {})).toContain('    - faq: How Long Is the Validity Period of an Invitation Link? (no near title left)');
  });
});

describe('recorded gaps', () => {
  const entries = parseSeedMenu(MENU);
  const parts = computeCoverage(entries, new Map([['user-guide', titles('Becoming a Partner', 'Querying Customers')], ['faq', titles()], ['api', titles()]]));

  it('groups uncovered entries by reason, flags the unexplained ones and the stale records', () => {
    const audit = auditGaps(parts, [
      { part: 'user-guide', reason: 'covered-elsewhere', title: 'Freezing an account', note: 'Covered by csp-freezing.' },
      { part: 'faq', reason: 'china-site-only', title: 'How Do I Exit the Cloud Solution Provider Program?' },
      { part: 'user-guide', reason: 'no-public-source', title: 'Querying Customers' },
      { part: 'api', reason: 'menu-folder', title: 'Not In The Menu' },
    ]);
    expect([...audit.explained.keys()]).toEqual(['covered-elsewhere', 'china-site-only']);
    expect(audit.explained.get('covered-elsewhere')?.map((e) => [e.title, e.note])).toEqual([['Freezing an Account', 'Covered by csp-freezing.']]);
    expect(audit.unexplained.map((e) => e.title)).toEqual(['Operation Statistics', 'What Is a Huawei Cloud Solution Provider?', 'API Invoking Methods']);
    expect(audit.stale).toEqual([
      { part: 'user-guide', reason: 'no-public-source', title: 'Querying Customers', cause: 'now covered' },
      { part: 'api', reason: 'menu-folder', title: 'Not In The Menu', cause: 'not in any menu' },
    ]);
  });

  it('prints each reason once with its sentence, a shared note once, then what needs action', () => {
    const audit = auditGaps(parts, [
      { part: 'user-guide', reason: 'no-public-source', title: 'Freezing an Account', note: 'Searched.' },
      { part: 'user-guide', reason: 'no-public-source', title: 'Operation Statistics', note: 'Searched.' },
      { part: 'faq', reason: 'china-site-only', title: 'What Is a Huawei Cloud Solution Provider?' },
      { part: 'faq', reason: 'china-site-only', title: 'How Do I Exit the Cloud Solution Provider Program?' },
      { part: 'faq', reason: 'menu-folder', title: 'Gone' },
    ]);
    expect(formatGapAudit(audit, { 'no-public-source': 'Not public.', 'china-site-only': 'China only.' })).toBe(
      [
        '',
        'Uncovered entries by recorded reason (content/coverage-gaps.yaml):',
        '',
        'no-public-source (2): Not public.',
        '  Searched.',
        '  [user-guide › Customer Management]',
        '    - Freezing an Account',
        '    - Operation Statistics',
        '',
        'china-site-only (2): China only.',
        '  [faq › Partner Programs]',
        '    - What Is a Huawei Cloud Solution Provider?',
        '    - How Do I Exit the Cloud Solution Provider Program?',
        '',
        'Uncovered with no recorded reason (1): write the page, or record why in content/coverage-gaps.yaml',
        '  [api › API Reference]',
        '    - API Invoking Methods',
        '',
        'Recorded gaps to remove or correct in content/coverage-gaps.yaml (1):',
        '    - faq: Gone (not in any menu)',
      ].join('\n'),
    );
  });

  it('validates the gaps file: a reason outside the list is named with the allowed ones', () => {
    const result = coverageGapsSchema.safeParse([{ part: 'faq', reason: 'forgot', titles: ['X'] }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`must be one of: ${Object.keys(GAP_REASONS).join(', ')}`);
    expect(() => parseWithFriendlyErrors(coverageGapsSchema, [{ part: 'faq', reason: 'forgot', titles: ['X'] }], 'content/coverage-gaps.yaml', 'gap list')).toThrow(
      /^content\/coverage-gaps\.yaml: invalid gap list \(1 problem\)\n {2}- \[0\]\.reason must be one of: /,
    );
  });
});
