/** The collections of pages and the schema each one's frontmatter follows. */
import { apiSchema } from './api.ts';
import { faqSchema } from './faq.ts';
import { guideSchema } from './guide.ts';

export const pageSchemas = {
  guide: guideSchema,
  faq: faqSchema,
  api: apiSchema,
} as const;

export type CollectionName = keyof typeof pageSchemas;
export const COLLECTIONS = Object.keys(pageSchemas) as CollectionName[];

/** Where things live, relative to the project root. */
export const CONTENT_DIR = 'content';
export const NAV_DIR = 'content/nav';
export const HOME_FILE = 'content/home.yaml';
