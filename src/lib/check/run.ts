/**
 * The content checker: collect → typed report → (reporters, elsewhere).
 * Reads like its table of contents: each check is one small unit.
 */
import { checkApi } from './checks/api.ts';
import { checkBody } from './checks/body.ts';
import { checkEncoding } from './checks/encoding.ts';
import { checkFrontmatter, checkIds } from './checks/frontmatter.ts';
import { checkHtml } from './checks/html.ts';
import { checkLinks } from './checks/links.ts';
import { checkNav } from './checks/nav.ts';
import { URL_MANIFEST, checkUrls, publishedUrls, readManifest, writeManifest } from './checks/urls.ts';
import { CODES, type Issue } from './codes.ts';
import { collectPages } from './collect.ts';
import type { Check, ReportFn } from './context.ts';
import { buildSiteModel } from './site.ts';

export const CHECKS: readonly Check[] = [checkEncoding, checkFrontmatter, checkIds, checkNav, checkBody, checkHtml, checkLinks, checkUrls, checkApi];

export interface CheckOptions {
  root: string;
  /** Rewrite the URL manifest to the URLs published now (after an intended change). */
  acceptUrls?: boolean;
  /** Worker threads for the collect stage; defaults to the number of cores. */
  workers?: number;
}

export interface CheckReport {
  issues: Issue[];
  pages: number;
  errors: number;
  warnings: number;
  /** Pages whose frontmatter lists no sources (`sources-missing`): the traceability count. */
  withoutSources: number;
  /** What this run did not check, said out loud rather than skipped silently. */
  notChecked: string[];
  /** Every URL the site publishes (pages, folders, parts, redirects), for the build's completeness check. */
  urls: string[];
  /** Set when the run rewrote the URL manifest. */
  acceptedUrls?: { added: number; removed: number };
}

export async function runChecks({ root, workers, acceptUrls = false }: CheckOptions): Promise<CheckReport> {
  const pages = await collectPages(root, workers);
  const site = buildSiteModel(root, pages);
  let acceptedUrls: CheckReport['acceptedUrls'];
  if (acceptUrls) {
    const before = new Set(readManifest(root)?.urls ?? []);
    const now = publishedUrls(site);
    writeManifest(root, now);
    acceptedUrls = { added: now.filter((url) => !before.has(url)).length, removed: [...before].filter((url) => !now.includes(url)).length };
  }
  const issues: Issue[] = [];
  const report: ReportFn = (code, file, at, message, hint) => {
    issues.push({ file, line: at.line, column: at.column, code, severity: CODES[code].severity, message, hint });
  };
  for (const check of CHECKS) check(site, report);
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const notChecked = ['external links: checked for form only (https, well-formed); they are not fetched, the checker has no network access'];
  for (const page of pages) {
    if (page.mdxError) notChecked.push(`${page.file}: links, headings and words (its MDX does not parse)`);
  }
  for (const nav of site.navFiles) {
    if (!nav.part) notChecked.push(`${nav.file}: the menu entries, URLs and links of what it lists (the file has errors)`);
  }
  if (!readManifest(root)) notChecked.push(`URL permanence: ${URL_MANIFEST} does not exist (create it with --accept-urls)`);
  const withoutSources = issues.filter((issue) => issue.code === 'sources-missing').length;
  return { issues, pages: pages.filter((page) => page.kind === 'page').length, errors, warnings: issues.length - errors, withoutSources, notChecked, urls: publishedUrls(site), acceptedUrls };
}
