/**
 * `/search-config.json`: what the search UI needs besides the index, fetched
 * on first use: the site's synonym groups (`content/search-synonyms.yaml`) and
 * the most-asked FAQs (`content/home.yaml`), offered when a search finds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { parse } from 'yaml';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { home, nodeOf } from '../site.ts';

const FILE = 'content/search-synonyms.yaml';

/** The file's shape as the client reads it (`src/client/search/engine.ts`). */
export interface SearchConfig {
  synonyms: string[][];
  popular: { title: string; url: string }[];
}

export const GET: APIRoute = () => {
  // A site without the file simply has no synonyms; an invalid file fails the build.
  const synonyms = existsSync(FILE) ? synonymsSchema.parse(parse(readFileSync(FILE, 'utf8'))).groups : [];
  const popular = home.popularFaqs.map((id) => nodeOf(id)).map((node) => ({ title: node.title, url: node.url }));
  const config: SearchConfig = { synonyms, popular };
  return new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json' } });
};
