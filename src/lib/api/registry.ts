/** Loads the error-code registry (`content/error-codes.yaml`) once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorRegistrySchema, type ErrorCode } from '../../schemas/error-code.ts';
import { parseYamlSource, type Position } from '../yaml-source.ts';

export const ERROR_CODES_FILE = 'content/error-codes.yaml';

export interface Registry {
  codes: ErrorCode[];
  byCode: ReadonlyMap<string, ErrorCode>;
  /**
   * Every code the file names, even when the file has errors: checks of pages
   * that cite codes use it, so one typo in the registry is one error, not one
   * per page that cites a code.
   */
  knownCodes: ReadonlySet<string>;
  /** YAML and schema problems at their lines; empty when the file is valid. */
  problems: (Position & { message: string })[];
}

export function loadRegistry(root: string): Registry {
  const path = join(root, ERROR_CODES_FILE);
  if (!existsSync(path)) return { codes: [], byCode: new Map(), knownCodes: new Set(), problems: [] };
  const yaml = parseYamlSource(readFileSync(path, 'utf8'));
  const named = Array.isArray(yaml.value) ? yaml.value.flatMap((entry: { code?: unknown } | null) => (typeof entry?.code === 'string' ? [entry.code] : [])) : [];
  const knownCodes = new Set(named);
  if (yaml.error) return { codes: [], byCode: new Map(), knownCodes, problems: [{ ...yaml.error, message: `not valid YAML: ${yaml.error.message}` }] };
  const result = errorRegistrySchema.safeParse(yaml.value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ ...yaml.positionOf(issue.path as PropertyKey[]), message: `${issue.path.join('.')}: ${issue.message}` }));
    return { codes: [], byCode: new Map(), knownCodes, problems };
  }
  return { codes: result.data, byCode: new Map(result.data.map((entry) => [entry.code, entry])), knownCodes, problems: [] };
}
