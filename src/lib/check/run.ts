/**
 * The content checker: collect → typed report → (reporters, elsewhere).
 * Reads like its table of contents: each check is one small unit.
 */
import { checkBody } from './checks/body.ts';
import { checkFrontmatter, checkIds } from './checks/frontmatter.ts';
import { checkLinks } from './checks/links.ts';
import { checkNav } from './checks/nav.ts';
import { CODES, type Issue } from './codes.ts';
import { collectPages } from './collect.ts';
import type { Check, ReportFn } from './context.ts';
import { buildSiteModel } from './site.ts';

export const CHECKS: readonly Check[] = [checkFrontmatter, checkIds, checkNav, checkBody, checkLinks];

export interface CheckOptions {
  root: string;
  /** Worker threads for the collect stage; defaults to the number of cores. */
  workers?: number;
}

export interface CheckReport {
  issues: Issue[];
  pages: number;
  errors: number;
  warnings: number;
}

export async function runChecks({ root, workers }: CheckOptions): Promise<CheckReport> {
  const pages = await collectPages(root, workers);
  const site = buildSiteModel(root, pages);
  const issues: Issue[] = [];
  const report: ReportFn = (code, file, at, message, hint) => {
    issues.push({ file, line: at.line, column: at.column, code, severity: CODES[code].severity, message, hint });
  };
  for (const check of CHECKS) check(site, report);
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return { issues, pages: pages.length, errors, warnings: issues.length - errors };
}
