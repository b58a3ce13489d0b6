/**
 * Search quality on the built site, measured the way users search: the fixed
 * query set of `test/search-quality/queries.yaml` (questions, problems,
 * misspellings, role-specific wording, everyday synonyms, keywords and
 * identifiers), typed into the search page. Reports recall@1, recall@5, MRR
 * and empty results per kind, and fails below the thresholds here. Also the
 * older regression checks: known queries that must rank a page in the top 3.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatReport, loadQueries, report, runQueries, type KindReport } from '../search-quality/evaluate.ts';
import { describeE2E } from './support.ts';

/** The floor per kind: measured values less a margin, so content changes do not flap the test. */
const THRESHOLDS: Record<string, Pick<KindReport, 'recallAt1' | 'recallAt5' | 'mrr'>> = {
  question: { recallAt1: 0.58, recallAt5: 0.82, mrr: 0.68 },
  problem: { recallAt1: 0.6, recallAt5: 0.88, mrr: 0.72 },
  misspelling: { recallAt1: 0.45, recallAt5: 0.85, mrr: 0.62 },
  role: { recallAt1: 0.48, recallAt5: 0.85, mrr: 0.66 },
  synonym: { recallAt1: 0.22, recallAt5: 0.58, mrr: 0.4 },
  keyword: { recallAt1: 0.8, recallAt5: 0.9, mrr: 0.85 },
  identifier: { recallAt1: 0.75, recallAt5: 0.95, mrr: 0.85 },
  all: { recallAt1: 0.6, recallAt5: 0.86, mrr: 0.72 },
};

/** query → URL expected among the first three results (regressions from earlier sessions). */
const REGRESSIONS: [string, string][] = [
  ['freeze customer account', '/user-guide/csp-freezing-an-account/'],
  ['monthly budget reseller', '/user-guide/res-setting-monthly-budgets/'],
  ['test coupon limits', '/faq/faq-test-coupon-limits/'],
  ['cash coupon quota', '/faq/faq-cash-coupon-quota/'],
  ['discount range', '/faq/faq-partner-discount-range/'],
  ['disassociate from partner', '/faq/faq-customer-disassociate/'],
  ['change partner', '/faq/faq-customer-change-partner/'],
  ['advanced cloud software validation', '/faq/what-is-advanced-cloud-software-validation/'],
  ['enterprise real-name authentication API', '/api/create-enterprise-realname-authentication/'],
  ['customer coupons API', '/api/list-sub-customer-coupons/'],
  ['renew yearly/monthly resources', '/api/renewal-resources/'],
  ['auto-renew', '/api/auto-renewal-resources/'],
  ['pre-register customer', '/user-guide/csp-preregistering-customers/'],
  ['upgrade partner tier', '/user-guide/ug-applying-for-upgrading-partner-tier/'],
  ['business information authentication failed', '/faq/faq-business-information-authentication-fails/'],
  ['incentive cash coupons', '/faq/faq-cash-coupon-incentive-timing/'],
  ['FH payment request', '/user-guide/ug-fh-payment-request/'],
  ['replace partner token', '/api/api-replace-partner-token/'],
  ['retry policy', '/api/api-status-codes/'],
  ['place order on behalf of customer', '/user-guide/csp-placing-orders-for-customers/'],
  ['assign account manager', '/user-guide/csp-assigning-account-manager/'],
  ['95th percentile bandwidth', '/faq/faq-95th-percentile-bandwidth-products/'],
  ['cancel order', '/api/cancel-customer-order/'],
  ['bank information changed', '/faq/faq-incorrect-or-changed-bank-information/'],
  ['exam voucher validity', '/faq/faq-exam-voucher-validity/'],
  ['MDF reimbursement deadline', '/faq/faq-mdf-reimbursement-deadline/'],
  ['unrestrict customer account', '/user-guide/csp-unfreezing-an-account/'],
  ['solution provider incentives', '/faq/faq-csp-incentives/'],
  ['TLS cipher suites', '/api/api-cipher-suites/'],
  ['child resource', '/faq/faq-what-is-a-child-resource/'],
  ['python SDK', '/api/api-sdk-overview/'],
  ['change mobile number', '/faq/faq-change-mobile-number-or-email/'],
  ['CBC.5004', '/api/api-error-codes/'],
  ['xaccountType', '/api/api-xaccounttype-value/'],
  ['AK/SK', '/api/api-invoking-methods/'],
  ['domain_id', '/api/api-obtain-customer-id/'],
  ['customer_id', '/api/api-obtain-customer-id/'],
  ['/v2/partners/sub-customers/query', '/api/list-sub-customers/'],
];

describeE2E('search quality', (ctx) => {
  let page: Page;
  beforeAll(async () => {
    page = await ctx.browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('meets the recall, MRR and no-empty-result floors of every kind of query', async () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(120);
    const outcomes = await runQueries(page, ctx.baseUrl, queries);
    const rows = report(outcomes);
    console.log(`\nSearch quality (${outcomes.length} queries)\n${formatReport(rows)}`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/search-quality.json', JSON.stringify({ rows, outcomes }, null, 2));
    // No question the site answers may come back empty.
    expect(outcomes.filter((outcome) => outcome.results.length === 0).map((outcome) => outcome.query)).toEqual([]);
    for (const row of rows) {
      const floor = THRESHOLDS[row.kind]!;
      expect.soft(row.recallAt1, `${row.kind} recall@1`).toBeGreaterThanOrEqual(floor.recallAt1);
      expect.soft(row.recallAt5, `${row.kind} recall@5`).toBeGreaterThanOrEqual(floor.recallAt5);
      expect.soft(row.mrr, `${row.kind} MRR`).toBeGreaterThanOrEqual(floor.mrr);
    }
  }, 240_000);

  it('keeps the regression queries in the top 3', async () => {
    const outcomes = await runQueries(
      page,
      ctx.baseUrl,
      REGRESSIONS.map(([query, expected]) => ({ kind: 'keyword', query, expect: [expected] })),
    );
    const misses = outcomes.filter((outcome) => outcome.rank < 1 || outcome.rank > 3).map((outcome) => `${outcome.query} → ${outcome.results.slice(0, 3).join(', ')}`);
    expect(misses).toEqual([]);
  }, 120_000);
});
