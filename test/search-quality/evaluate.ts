/**
 * Search quality, measured the way users search: the fixed query set in
 * `queries.yaml` (written from the page text by someone who had not read the
 * search code; see README.md) run through the search page in Chromium.
 * Shared by the e2e test (which fails below the thresholds) and
 * `bench/search-quality.ts` (which lists every miss).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { indexSite } from '../../src/lib/site-index.ts';

export const KINDS = ['question', 'problem', 'misspelling', 'role', 'synonym', 'keyword', 'identifier'] as const;

/** One query of the set. */
const querySchema = z.strictObject({
  /** What kind of query a user would type. */
  kind: z.enum(KINDS),
  /** The query, as typed. */
  query: z.string().min(1),
  /** URL paths of pages that answer it; any one of them counts. */
  expect: z.array(z.string().regex(/^\/[a-z-]+\/[a-z0-9-]+\/$/)).min(1),
  /** Why these pages answer it. */
  note: z.string().optional(),
});
export type QualityQuery = z.infer<typeof querySchema>;

/**
 * Loads the set. The queries stay as written; an expected page that has
 * moved since (its old URL is in a page's `redirectFrom`) is expected at its
 * new URL, as a reader following the old link would land there.
 */
export function loadQueries(file = new URL('./queries.yaml', import.meta.url), root = '.'): QualityQuery[] {
  const moved = movedUrls(root);
  return z
    .array(querySchema)
    .parse(parse(readFileSync(file, 'utf8')))
    .map((query) => ({ ...query, expect: query.expect.map((path) => moved.get(path) ?? path) }));
}

/** Old URL → current URL, from the pages' `redirectFrom`. */
function movedUrls(root: string): Map<string, string> {
  const { tree, pages } = indexSite(root);
  const moved = new Map<string, string>();
  for (const [id, page] of pages) {
    const from = page.parsed.data?.redirectFrom;
    const url = tree.byId.get(id)?.url;
    if (url && Array.isArray(from)) for (const old of from) if (typeof old === 'string') moved.set(old, url);
  }
  return moved;
}

export interface QueryOutcome extends QualityQuery {
  /** Result paths in rank order (section anchors dropped). */
  results: string[];
  /** 1-based rank of the first expected page, or 0 when it is not in the results. */
  rank: number;
}

/** Runs each query on the search page, typed into its box as a user would. */
export async function runQueries(page: Page, baseUrl: string, queries: readonly QualityQuery[]): Promise<QueryOutcome[]> {
  await page.goto(`${baseUrl}/search/`);
  const input = page.locator('[data-search-page] input[name="q"]');
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const rendered = query.query.trim().replace(/\s+/g, ' ');
    await input.fill(query.query);
    await page.waitForSelector(`[data-search-page][data-rendered-query=${JSON.stringify(rendered)}]`);
    const results = await page.locator('[data-search-results] > li > a.search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const index = results.findIndex((path) => query.expect.includes(path));
    outcomes.push({ ...query, results, rank: index + 1 });
  }
  return outcomes;
}

export interface KindReport {
  kind: string;
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  empty: number;
}

/** Recall@1, recall@5, MRR (over the first page of results) and empty result lists, per kind and overall. */
export function report(outcomes: readonly QueryOutcome[]): KindReport[] {
  const rows = [...KINDS, 'all'].map((kind) => {
    const group = outcomes.filter((outcome) => kind === 'all' || outcome.kind === kind);
    const share = (test: (outcome: QueryOutcome) => boolean) => (group.length ? group.filter(test).length / group.length : 0);
    return {
      kind,
      queries: group.length,
      recallAt1: share((outcome) => outcome.rank === 1),
      recallAt5: share((outcome) => outcome.rank >= 1 && outcome.rank <= 5),
      mrr: group.length ? group.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / group.length : 0,
      empty: group.filter((outcome) => outcome.results.length === 0).length,
    };
  });
  return rows.filter((row) => row.queries > 0);
}

export function formatReport(rows: readonly KindReport[]): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  return [
    'kind          queries  recall@1 recall@5     MRR  empty',
    ...rows.map((row) => `${row.kind.padEnd(13)} ${String(row.queries).padStart(7)}  ${pct(row.recallAt1)}  ${pct(row.recallAt5)}  ${row.mrr.toFixed(3).padStart(6)}  ${String(row.empty).padStart(5)}`),
  ].join('\n');
}
