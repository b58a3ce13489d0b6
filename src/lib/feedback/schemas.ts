/**
 * What the feedback receiver accepts, one zod schema per message: page
 * feedback (JSON or the widget's form post), a search insight, and the list
 * of page ids the build writes. Types are derived from the schemas.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/common.ts';
import { FEEDBACK_REASONS, MAX_COMMENT_LENGTH, MAX_QUERY_LENGTH, type FeedbackReason } from './text.ts';

export * from './text.ts';

const REASON_KEYS = Object.keys(FEEDBACK_REASONS) as [FeedbackReason, ...FeedbackReason[]];

/**
 * Text that PostgreSQL and SQLite both store as it is: well-formed Unicode (a
 * lone surrogate from JSON would fail PostgreSQL's UTF-8 check) and no control
 * characters other than tab and line breaks (PostgreSQL rejects NUL outright).
 */
function text(max: number) {
  return z
    .string({ error: 'must be a string' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((value) => value.isWellFormed(), { error: 'is not well-formed Unicode' })
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), { error: 'contains control characters' });
}

const pageId = z.string({ error: 'must be a page id' }).max(80, { error: 'is too long for a page id' }).regex(ID_PATTERN, { error: 'is not a page id' });

/** `POST /v1/feedback` with a JSON body. */
export const feedbackSchema = z
  .strictObject(
    {
      /** The page's id (`id` in its frontmatter). */
      page: pageId,
      /** The reader's answer to "Was this page helpful?". */
      helpful: z.boolean({ error: 'must be true or false' }),
      /** Why not: only with `helpful: false`. */
      reason: z.enum(REASON_KEYS, { error: `must be one of ${REASON_KEYS.join(', ')}` }).optional(),
      /** Free text, at most 1,000 characters; empty means none. */
      comment: text(MAX_COMMENT_LENGTH)
        .optional()
        .transform((value) => value || undefined),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : 'must be a JSON object') },
  )
  .refine((value) => value.helpful === false || value.reason === undefined, { error: 'is only given with helpful: false', path: ['reason'] });
export type Feedback = z.infer<typeof feedbackSchema>;

/**
 * The widget's form post without JavaScript (`application/x-www-form-urlencoded`):
 * `helpful` is `yes` or `no`, an unpicked reason or an empty comment is left out,
 * and so is a reason picked before the reader chose Yes after all (reasons belong to No).
 * The result is then checked by {@link feedbackSchema} like a JSON post.
 */
export function feedbackFromForm(form: URLSearchParams): unknown {
  const fields = new Set(['page', 'helpful', 'reason', 'comment']);
  const unknown = [...form.keys()].filter((key) => !fields.has(key));
  const repeated = [...fields].filter((key) => form.getAll(key).length > 1);
  const helpful = form.get('helpful');
  return {
    page: form.get('page') ?? undefined,
    helpful: helpful === 'yes' ? true : helpful === 'no' ? false : (helpful ?? undefined),
    reason: helpful === 'yes' ? undefined : form.get('reason') || undefined,
    comment: form.get('comment') || undefined,
    // Reported through the strict schema as unknown fields.
    ...Object.fromEntries([...unknown, ...repeated.map((key) => `${key} (repeated)`)].map((key) => [key, true])),
  };
}

/** `POST /v1/search`: a search that ended with no result, or with results and no click. */
export const searchInsightSchema = z.strictObject(
  {
    /** What was typed, trimmed. */
    query: text(MAX_QUERY_LENGTH).pipe(z.string().min(1, { error: 'must not be empty' })),
    /** Selected filters: group → values, e.g. `{ "part": ["faq"] }`. */
    filters: z
      .record(z.string().regex(/^[a-z]{1,20}$/, { error: 'is not a filter name' }), z.array(z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'is not a filter value' })).max(10), {
        error: 'must map filter names to lists of values',
      })
      .refine((value) => Object.keys(value).length <= 8, { error: 'has too many filter groups' })
      .optional(),
    /** How many results the search had. */
    results: z.int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).max(1_000_000),
    /** 1-based rank of the result the reader opened, if any. */
    clicked: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }).max(10_000).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : 'must be a JSON object') },
);
export type SearchInsight = z.infer<typeof searchInsightSchema>;

/** `feedback-pages.json`, written by the build: the pages the receiver accepts feedback for. */
export const feedbackPagesSchema = z.strictObject({
  pages: z.array(z.strictObject({ id: z.string().regex(ID_PATTERN), url: z.string().min(1), title: z.string() })),
});
export type FeedbackPages = z.infer<typeof feedbackPagesSchema>;

/** One line per problem: `field: message` (the receiver's 400 body). */
export function describeProblems(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message)).join('; ');
}
