/** Reads the build's `feedback-pages.json`: the page ids the receiver accepts, with their URLs and titles. */
import { readFileSync } from 'node:fs';
import { feedbackPagesSchema, type FeedbackPages } from '../lib/feedback/schemas.ts';

export const DEFAULT_PAGES_FILE = 'dist/feedback-pages.json';

export function readPagesFile(file: string): FeedbackPages {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the page list (${error instanceof Error ? error.message : String(error)}). Build the site with FEEDBACK_URL set, or point FEEDBACK_PAGES at its feedback-pages.json.`);
  }
  const parsed = feedbackPagesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not a feedback page list: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
