/** Site-wide settings that are not content. */
export const SITE = {
  name: 'Partner Docs',
  tagline: 'Guides, answers and API reference for Huawei Cloud Partner Center',
  /** The vendor's help center, credited in the footer as the source of facts. */
  vendorHelpCenter: 'https://support.huaweicloud.com/intl/en-us/',
} as const;
