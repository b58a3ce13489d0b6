/** `/search-synonyms.json`: the site's synonym groups, fetched by the search UI on first use. */
import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { parse } from 'yaml';
import { synonymsSchema } from '../schemas/synonyms.ts';

const FILE = 'content/search-synonyms.yaml';

export const GET: APIRoute = () => {
  // A site without the file simply has no synonyms; an invalid file fails the build.
  const groups = existsSync(FILE) ? synonymsSchema.parse(parse(readFileSync(FILE, 'utf8'))).groups : [];
  return new Response(JSON.stringify(groups), { headers: { 'Content-Type': 'application/json' } });
};
