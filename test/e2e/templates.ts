/** One URL per page template; gates (axe, CSP, budgets) run over each. */
export const TEMPLATES = {
  home: '/',
  guide: '/user-guide/csp-querying-customers/',
  faq: '/faq/what-is-advanced-cloud-software-validation/',
  'faq-category': '/faq/faq-discounts-and-coupons/',
  api: '/api/sync-customer-verified-info-v1/',
  'error-registry': '/api/api-error-codes/',
  search: '/search/?q=budget',
  'not-found': '/no-such-page/',
} as const;
export type Template = keyof typeof TEMPLATES;
