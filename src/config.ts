/** Site-wide settings that are not content. */
export const SITE = {
  name: 'Partner Docs',
  tagline: 'Guides, answers and API reference for Huawei Cloud Partner Center',
  /** The vendor's help center, credited in the footer as the source of facts. */
  vendorHelpCenter: 'https://support.huaweicloud.com/intl/en-us/',
  /** Pages whose "Released on" table feeds `/changes/` and `/changes.xml`, one entry a row. */
  changeHistoryPages: ['ug-change-history', 'dev-change-history', 'api-change-history'],
  /** How many releases and recently updated pages the changes feed lists (bounded, so its page does not grow with the site). */
  changesFeed: { releases: 40, pages: 20 },
} as const;
