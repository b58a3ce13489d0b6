/** The landing page's curated data (`content/home.yaml`). */
import { z } from 'astro/zod';
import { idSchema } from './common.ts';

export const homeSchema = z.strictObject({
  /** Ids of the FAQ pages partners ask most, in display order. */
  popularFaqs: z.array(idSchema).min(1).max(12),
});
export type HomeData = z.infer<typeof homeSchema>;
