/**
 * The navigation tree as data: one YAML file per part in `content/nav/`.
 * A nav item is either a page id (a string) or a folder (an object with items).
 * Titles of pages come from the pages themselves, so retitling a page needs no
 * nav edit; folders carry their own title.
 */
import { z } from 'astro/zod';
import { RESERVED_SEGMENTS } from '../lib/urls.ts';
import { idSchema } from './common.ts';

/** A folder of the menu. It gets its own listing page at `/<part>/<id>/`. */
export interface NavFolderInput {
  /** Unique id across the site (shares the namespace of pages). */
  id: string;
  /** Folder title as shown in the menu. */
  title: string;
  /** One-line summary shown on the folder's listing page. */
  description?: string;
  /** Children in menu order: page ids or folders. */
  items: NavItemInput[];
  /**
   * Fill the folder automatically instead of listing items:
   * `deprecated-operations` lists every deprecated API page, grouped by menu section.
   */
  generate?: 'deprecated-operations';
}
export type NavItemInput = string | NavFolderInput;

export const navFolderSchema: z.ZodType<NavFolderInput> = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(2),
  description: z.string().trim().min(10).max(220).optional(),
  generate: z.literal('deprecated-operations').optional(),
  get items() {
    return z.array(navItemSchema).default([]);
  },
}).refine((folder) => folder.items.length > 0 || folder.generate !== undefined, {
  error: 'a folder needs at least one item (or `generate`)',
  path: ['items'],
}) as unknown as z.ZodType<NavFolderInput>;

export const navItemSchema: z.ZodType<NavItemInput> = z.union([idSchema, navFolderSchema], {
  error: 'must be a page id or a folder with id, title and items',
});

/** One part of the site (User Guide, FAQs, Developer Guide, API Reference). */
export const navPartSchema = z.strictObject({
  /** Part id; also the first URL segment of every page in the part (`/faq/...`). */
  id: idSchema.refine((id) => !(RESERVED_SEGMENTS as readonly string[]).includes(id), {
    error: `is reserved for the site itself (${RESERVED_SEGMENTS.join(', ')})`,
  }),
  /** Part title in the menu and breadcrumbs. */
  title: z.string().trim().min(2),
  /** One-line summary for the landing page card and the part's index page. */
  description: z.string().trim().min(10).max(220),
  /** Position of the part in the menu, ascending. */
  order: z.number().int(),
  /** Top-level items of the part. */
  items: z.array(navItemSchema).min(1),
});
export type NavPart = z.infer<typeof navPartSchema>;
