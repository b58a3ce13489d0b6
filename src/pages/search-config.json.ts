/**
 * `/search-config.json`: what the search UI needs besides the index, fetched
 * on first use: the site's synonym groups (`content/search-synonyms.yaml`), the
 * most-asked FAQs (`content/home.yaml`), offered when a search finds nothing,
 * and the filter groups' values.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { parse } from 'yaml';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { filterValues, searchFilters } from '../lib/search-filters.ts';
import { home, nodeOf, tree } from '../site.ts';

const FILE = 'content/search-synonyms.yaml';

/** The file's shape as the client reads it (`src/client/search/engine.ts`). */
export interface SearchConfig {
  synonyms: string[][];
  popular: { title: string; url: string }[];
  /** Filter groups and their values (the search page shows the same, with labels). */
  filters: Record<string, string[]>;
}

export const GET: APIRoute = () => {
  // A site without the file simply has no synonyms; an invalid file fails the build.
  const synonyms = existsSync(FILE) ? synonymsSchema.parse(parse(readFileSync(FILE, 'utf8'))).groups : [];
  const popular = home.popularFaqs.map((id) => nodeOf(id)).map((node) => ({ title: node.title, url: node.url }));
  const config: SearchConfig = { synonyms, popular, filters: filterValues(searchFilters(tree.parts)) };
  return new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json' } });
};
