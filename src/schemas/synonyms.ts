/** The site's search synonyms (`content/search-synonyms.yaml`): groups of interchangeable terms. */
import { z } from 'astro/zod';

export const synonymsSchema = z.strictObject({
  /** Each group lists words or phrases that mean the same to a searcher; at least two per group. */
  groups: z.array(z.array(z.string().trim().min(1)).min(2, { error: 'a group needs at least two terms' })).min(1),
});
