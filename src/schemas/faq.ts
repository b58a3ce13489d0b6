/** Frontmatter of one FAQ answer (`content/faq/**`): one question per file, the question is the title. */
import { z } from 'astro/zod';
import { pageShape } from './page.ts';

export const faqSchema = z.strictObject({
  ...pageShape,

  /**
   * Words partners type for this question that its title lacks: the other
   * wordings of the question, console labels, role names. Required on FAQ
   * pages: search ranks an answer by them, and a question asked two ways is
   * answered once and found by both.
   * @example keywords: [renew certificate, certificate expired]
   */
  keywords: pageShape.keywords.refine((words) => words.length > 0, {
    error: 'must list at least one word partners would search for',
  }),
});
export type FaqData = z.infer<typeof faqSchema>;
