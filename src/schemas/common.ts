/**
 * Field types shared by several schemas. Each carries a `fix` in its metadata:
 * the friendly error formatter (`src/lib/friendly-errors.ts`) prints it under the
 * problem, so an author learns what to write, not only what is wrong.
 */
import { z } from 'astro/zod';

/** Partner roles a page can concern. Order here is the order shown in filters. */
export const ROLES = ['solution-provider', 'distributor', 'reseller', 'customer'] as const;
export type Role = (typeof ROLES)[number];

/** Human labels for roles, used by the page chrome and search filters. */
export const ROLE_LABELS: Record<Role, string> = {
  'solution-provider': 'Solution provider',
  distributor: 'Distributor',
  reseller: 'Reseller',
  customer: 'Customer',
};

/** Lower-case words joined by single hyphens; the only shape of id on this site. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .max(80, { error: 'must be at most 80 characters' })
  .regex(ID_PATTERN, { error: 'must be lower-case letters, digits and single hyphens' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether an
 * unquoted date is a string or a Date, so both are accepted and normalised.
 */
export const dateSchema = z
  .union([z.date(), z.string().regex(ISO_DATE)], { error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => value instanceof Date || isCalendarDate(value), { error: 'is not a real calendar date' })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** `2026-02-30` parses in some engines as March 2nd; a round trip rejects it. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `all`, or a non-empty list of roles; resolved to the list of roles it means. */
export const audienceSchema = z
  .union([z.literal('all'), z.array(z.enum(ROLES)).min(1)], {
    error: `must be "all" or a list of roles from: ${ROLES.join(', ')}`,
  })
  .transform((value): Role[] => (value === 'all' ? [...ROLES] : [...new Set(value)]));

/** An absolute `https:` URL. */
export const httpsUrlSchema = z
  .url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });

/** An absolute site path such as `/faq/old-question/`. */
export const sitePathSchema = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'must be a site path such as /faq/old-slug/ (leading and trailing slash)' });
