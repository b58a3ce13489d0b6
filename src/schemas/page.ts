/**
 * Frontmatter every page carries, whatever its collection. The collection schemas
 * (`guide.ts`, `faq.ts`, `api.ts`) extend this shape.
 */
import { z } from 'astro/zod';
import { audienceSchema, dateSchema, httpsUrlSchema, idSchema, sitePathSchema } from './common.ts';

export const pageShape = {
  /**
   * Stable identifier, unique across the whole site (pages, folders and parts).
   * The page URL is `/<part>/<id>/`, so links survive moving the file or
   * retitling the page. Never reuse or change an id; if you must, list the old
   * URL in `redirectFrom`.
   * @example id: csp-querying-customers
   */
  id: idSchema.meta({ fix: 'Add a unique id in kebab-case, e.g. `id: csp-querying-customers`.' }),

  /**
   * Page title, shown as the h1, in the nav, breadcrumbs and search results.
   * FAQ titles are the question as partners ask it.
   */
  title: z
    .string({ error: 'must be text' })
    .trim()
    .min(3, { error: 'must be at least 3 characters' })
    .max(200, { error: 'must be at most 200 characters' })
    .meta({ fix: 'Add the page heading, e.g. `title: Querying Customers`.' }),

  /**
   * One-line summary (20–220 characters): the meta description, the line under
   * the title on category pages, and the search excerpt fallback.
   */
  description: z
    .string({ error: 'must be text' })
    .trim()
    .min(20, { error: 'must be at least 20 characters' })
    .max(220, { error: 'must be at most 220 characters' })
    .meta({ fix: 'Write one sentence saying what the page answers, 20–220 characters.' }),

  /**
   * Date the content was last checked against the vendor's pages, `YYYY-MM-DD`.
   * Shown as "Updated on".
   */
  updated: dateSchema.meta({ fix: 'Write the date you last checked the facts, e.g. `updated: 2026-11-24`.' }),

  /**
   * Partner roles the page concerns: `all`, or a list of `solution-provider`,
   * `distributor`, `reseller`, `customer`. Drives the search role filter.
   */
  audience: audienceSchema.meta({ fix: 'Write `audience: all` or a list, e.g. `audience: [reseller, distributor]`.' }),

  /**
   * Extra words users type that the title does not contain (synonyms, console
   * labels, error codes). They weigh more than body text in search.
   * @default []
   */
  keywords: z
    .array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'must be a list of words' })
    .default([])
    .meta({ fix: 'Write a list, e.g. `keywords: [auto-renew, renewal]`.' }),

  /**
   * Public URLs the page's facts were taken from. Not rendered; reviewers use
   * them to re-check the page.
   * @default []
   */
  sources: z
    .array(httpsUrlSchema, { error: 'must be a list of URLs' })
    .default([])
    .meta({ fix: 'List the https:// pages the facts come from, one per line.' }),

  /**
   * Old URLs of this page. Each one gets a redirect page pointing here.
   * @default []
   */
  redirectFrom: z
    .array(sitePathSchema, { error: 'must be a list of site paths' })
    .default([])
    .meta({ fix: 'List old paths such as `/faq/old-slug/`.' }),
};

/** The base page schema on its own; unknown fields are errors so typos surface. */
export const pageSchema = z.strictObject(pageShape);
export type PageData = z.infer<typeof pageSchema>;
export type PageInput = z.input<typeof pageSchema>;
