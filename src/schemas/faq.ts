/** Frontmatter of one FAQ answer (`content/faq/**`): one question per file, the question is the title. */
import { z } from 'astro/zod';
import { pageShape } from './page.ts';

export const faqSchema = z.strictObject({
  ...pageShape,
});
export type FaqData = z.infer<typeof faqSchema>;
