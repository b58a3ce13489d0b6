/** Loads the error-code registry (`content/error-codes.yaml`) once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { errorRegistrySchema, type ErrorCode } from '../../schemas/error-code.ts';

export const ERROR_CODES_FILE = 'content/error-codes.yaml';

export interface Registry {
  codes: ErrorCode[];
  byCode: ReadonlyMap<string, ErrorCode>;
  /** Schema problems, as text; empty when the file is valid. */
  problems: string[];
}

export function loadRegistry(root: string): Registry {
  const path = join(root, ERROR_CODES_FILE);
  if (!existsSync(path)) return { codes: [], byCode: new Map(), problems: [] };
  const result = errorRegistrySchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    return { codes: [], byCode: new Map(), problems: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }
  return { codes: result.data, byCode: new Map(result.data.map((entry) => [entry.code, entry])), problems: [] };
}
