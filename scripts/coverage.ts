/**
 * `npm run coverage`: how much of the vendor help center's side menus (the
 * captured seed pages) the site covers. Prints covered / total per part and
 * every uncovered entry, with the nearest site title when there is one.
 *
 *   npm run coverage [-- --seeds ../shared/seeds] [--root .] [--json coverage.json]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeCoverage, formatCoverage, parseSeedMenu, type SiteName } from '../src/lib/coverage.ts';
import type { NavNode } from '../src/lib/nav-tree.ts';
import { indexSite } from '../src/lib/site-index.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '../shared/seeds' },
    root: { type: 'string', default: '.' },
    json: { type: 'string' },
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

const coverage = computeCoverage(entries, siteNames);
console.log(formatCoverage(coverage));
if (values.json) writeFileSync(values.json, `${JSON.stringify(coverage, null, 2)}\n`);
