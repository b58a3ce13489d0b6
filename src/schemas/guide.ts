/** Frontmatter of a User Guide or Developer Guide topic (`content/guide/**`). */
import { z } from 'astro/zod';
import { pageShape } from './page.ts';

export const guideSchema = z.strictObject({
  ...pageShape,
});
export type GuideData = z.infer<typeof guideSchema>;
