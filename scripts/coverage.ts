/**
 * `npm run coverage`: how much of the vendor help center's side menus (the
 * captured seed pages) the site covers. Prints covered / total per part and
 * every uncovered entry. Entries left out on purpose are grouped by the reason
 * recorded in `content/coverage-gaps.yaml`; `--strict` exits 1 when an
 * uncovered entry has no recorded reason or a recorded gap is stale. Entries
 * covered only by a near title are listed for review; one recorded as
 * `false-match` counts as uncovered.
 *
 *   npm run coverage [-- --seeds ../shared/seeds] [--root .] [--json coverage.json] [--strict]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { auditGaps, computeCoverage, falseMatchKeys, formatCoverage, formatGapAudit, formatSummary, parseSeedMenu, type RecordedGap, type SiteName } from '../src/lib/coverage.ts';
import { FrontmatterError, parseWithFriendlyErrors } from '../src/lib/friendly-errors.ts';
import type { NavNode } from '../src/lib/nav-tree.ts';
import { indexSite } from '../src/lib/site-index.ts';
import { coverageGapsSchema, GAP_REASONS } from '../src/schemas/coverage-gaps.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '../shared/seeds' },
    root: { type: 'string', default: '.' },
    json: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

const seedsDir = resolve(values.seeds!);
if (!existsSync(seedsDir)) {
  console.error(`No seed pages at ${seedsDir}. Pass the folder of captured help-center pages with --seeds <dir>.`);
  process.exit(2);
}
const entries = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => parseSeedMenu(readFileSync(join(seedsDir, name), 'utf8')));

// Every page and folder title in each part of the nav tree, and each page's keywords: a question
// answered by a page of another title is findable by its wording there ("one page serves both").
const site = indexSite(resolve(values.root!));
const siteNames = new Map<string, SiteName[]>();
const collect = (node: NavNode, names: SiteName[]) => {
  names.push({ text: node.title });
  const keywords = site.pages.get(node.id)?.parsed.data?.keywords;
  if (node.kind === 'page' && Array.isArray(keywords)) {
    for (const keyword of keywords) if (typeof keyword === 'string') names.push({ text: keyword, keyword: true });
  }
  for (const child of node.children) collect(child, names);
};
for (const part of site.tree.parts) {
  const names: SiteName[] = [];
  collect(part, names);
  siteNames.set(part.id, names);
}

const gapsFile = resolve(values.root!, 'content/coverage-gaps.yaml');
let gaps: RecordedGap[] | undefined;
if (existsSync(gapsFile)) {
  try {
    const groups = parseWithFriendlyErrors(coverageGapsSchema, parse(readFileSync(gapsFile, 'utf8')), relative(process.cwd(), gapsFile), 'gap list');
    gaps = groups.flatMap(({ part, reason, note, titles }) => titles.map((title) => ({ part, reason, note, title })));
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

// Entries a reviewer recorded as false matches are not covered by their near title.
const coverage = computeCoverage(entries, siteNames, { rejectNear: falseMatchKeys(gaps ?? []) });
if (values.json) writeFileSync(values.json, `${JSON.stringify(coverage, null, 2)}\n`);

if (!gaps) {
  console.log(formatCoverage(coverage));
} else {
  const audit = auditGaps(coverage, gaps);
  console.log(`${formatSummary(coverage)}\n${formatGapAudit(audit, GAP_REASONS)}`);
  if (values.strict && (audit.unexplained.length > 0 || audit.stale.length > 0)) process.exit(1);
}
