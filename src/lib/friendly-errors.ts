/**
 * Turns zod issues into messages an author can act on: which field, what is
 * wrong with it, and how to fix it. Fixes come from each field's `.meta({ fix })`
 * in `src/schemas/`, or from a custom issue's `params.fix`.
 *
 * Modelled on Starlight's `parseWithFriendlyErrors` (utils/error-map.ts).
 */
import type { z } from 'astro/zod';

/** One problem with one frontmatter field. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `audience` or `keywords[2]`. */
  field: string;
  /** What is wrong, phrased to follow the field name: "is missing". */
  problem: string;
  /** What to write instead. */
  fix?: string;
}

/** Thrown by {@link parseWithFriendlyErrors}; `message` is ready to print. */
export class FrontmatterError extends Error {
  readonly file: string;
  readonly problems: FieldProblem[];
  constructor(file: string, problems: FieldProblem[], what = 'frontmatter') {
    super(formatProblems(file, problems, what));
    this.name = 'FrontmatterError';
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Parse `data` with `schema`; on failure throw a {@link FrontmatterError}
 * naming the file, every bad field and its fix. `what` names the data in the
 * header line (a page's frontmatter, or a data file's contents).
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string, what = 'frontmatter'): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new FrontmatterError(file, describeIssues(schema, result.error.issues, data), what);
}

/** The printed form: one header line, then each field with its fix. */
export function formatProblems(file: string, problems: FieldProblem[], what = 'frontmatter'): string {
  const lines = [`${file}: invalid ${what} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})`];
  for (const { field, problem, fix } of problems) {
    lines.push(`  - ${field} ${problem}`);
    if (fix) lines.push(`    fix: ${fix}`);
  }
  return lines.join('\n');
}

/** Map zod issues to field problems, in field order, one per field and message. */
export function describeIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], data: unknown): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    for (const problem of describeIssue(schema, issue, data)) {
      const key = `${problem.field}\u0000${problem.problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function describeIssue(schema: z.ZodType, issue: z.core.$ZodIssue, data: unknown): FieldProblem[] {
  const keys = shapeKeys(schema);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = closest(key, keys);
      return {
        field: formatPath([...issue.path, key]),
        problem: 'is not a known field',
        fix: near ? `Did you mean \`${near}\`? Otherwise remove it.` : `Remove it. Known fields: ${keys.join(', ')}.`,
      };
    });
  }
  const field = formatPath(issue.path);
  const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
  const customFix = issue.code === 'custom' ? (issue.params as { fix?: string } | undefined)?.fix : undefined;
  return [
    {
      field: field || '(frontmatter)',
      problem: missing ? 'is missing' : issue.message,
      fix: customFix ?? fieldFix(schema, issue.path),
    },
  ];
}

/** `['keywords', 2]` → `keywords[2]`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Keys of an object schema (also through a refinement), else none. */
function shapeKeys(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** The `fix` metadata of the top-level field an issue is about. */
function fieldFix(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  const top = path[0];
  if (!shape || typeof top !== 'string' || !(top in shape)) return undefined;
  const meta = shape[top]!.meta() as { fix?: string } | undefined;
  return meta?.fix;
}

/** The known key nearest to a typo, if it is near enough to be the intent. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
