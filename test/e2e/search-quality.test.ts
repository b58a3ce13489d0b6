/**
 * Search quality on the built site: realistic queries a partner, a customer,
 * a support agent or a developer types, each expecting a known page in the
 * top 3; identifiers must be findable exactly as typed, and the error-code
 * registry's sub-result must land on the code's own anchor.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E } from './support.ts';

/** query → URL expected among the first three results. */
const QUERIES: [string, string][] = [
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
  // Synonyms from content/search-synonyms.yaml: the page does not use the word typed.
  ['unrestrict customer account', '/user-guide/csp-unfreezing-an-account/'],
  ['solution provider incentives', '/faq/faq-csp-incentives/'],
  ['TLS cipher suites', '/api/api-cipher-suites/'],
  ['child resource', '/faq/faq-what-is-a-child-resource/'],
  ['python SDK', '/api/api-sdk-overview/'],
  ['change mobile number', '/faq/faq-change-mobile-number-or-email/'],
];

/** Identifiers typed exactly as they appear in the docs. */
const IDENTIFIERS: [string, string][] = [
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

  /** The search page's result links for a query, in rank order. */
  async function results(query: string): Promise<string[]> {
    await page.goto(`${ctx.baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(`[data-search-page][data-rendered-query=${JSON.stringify(query)}]`);
    return page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  it.each(QUERIES)('"%s" finds %s in the top 3', async (query, expected) => {
    const found = await results(query);
    expect(found.slice(0, 3), `results for "${query}"`).toContain(expected);
  });

  it.each(IDENTIFIERS)('identifier %s finds %s in the top 3', async (query, expected) => {
    const found = await results(query);
    expect(found.slice(0, 3), `results for "${query}"`).toContain(expected);
  });

  it('links an error code straight to its row in the registry', async () => {
    await results('CBC.5004');
    const registry = page.locator('[data-search-results] > li', { has: page.locator('a[href="/api/api-error-codes/"]') });
    const subLinks = await registry.locator('.search-result-subs a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(subLinks).toContain('/api/api-error-codes/#CBC.5004');
  });
});
