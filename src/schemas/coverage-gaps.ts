/**
 * Why the site leaves out entries of the vendor's menus (`content/coverage-gaps.yaml`).
 * `npm run coverage` groups the uncovered entries by these reasons and flags
 * any entry without one, so every gap in the closing report has a cause.
 */
import { z } from 'astro/zod';

/** The causes a menu entry can be left out for, with the sentence the report prints. */
export const GAP_REASONS = {
  'no-public-source': 'Only the title is in the vendor public pages available to us; the page text was not found.',
  'china-site-only': 'The text was found only on the China site, whose programmes and policies differ from the international ones.',
  'source-cut-off': 'The public page was found, but its text stops before the facts an answer needs.',
  'menu-folder': 'A folder of the vendor menu, shown collapsed in the captured page: it is a heading, not one topic.',
  'covered-elsewhere': 'The topic is on the site under another title or in another part; the note names where.',
  'false-match': 'A site page has a near title but does not answer the entry; the note names that page. Only an equal title or an exact keyword covers these entries.',
} as const;

export type GapReason = keyof typeof GAP_REASONS;

const reasonSchema = z.enum(Object.keys(GAP_REASONS) as [GapReason, ...GapReason[]], {
  error: `must be one of: ${Object.keys(GAP_REASONS).join(', ')}`,
});

/** One group of left-out entries that share a part and a reason. */
export const gapGroupSchema = z.strictObject({
  /** Site part whose menu lists the entries: `user-guide`, `faq`, `developer-guide` or `api`. */
  part: z.string().trim().min(1).meta({ fix: 'Name the part, e.g. `part: faq`.' }),
  /** Why they are left out; see `GAP_REASONS`. */
  reason: reasonSchema.meta({ fix: 'Pick the reason that fits from src/schemas/coverage-gaps.ts.' }),
  /** Optional detail for reviewers, e.g. which searches were tried. */
  note: z.string().trim().min(1).optional(),
  /** The entries, with the title as the vendor's menu spells it. */
  titles: z.array(z.string().trim().min(1)).min(1).meta({ fix: 'List the titles as the vendor menu spells them.' }),
});

/** The whole file: a list of groups. */
export const coverageGapsSchema = z.array(gapGroupSchema);
export type CoverageGaps = z.infer<typeof coverageGapsSchema>;
