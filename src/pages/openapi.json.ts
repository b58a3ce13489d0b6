/** `/openapi.json`: the OpenAPI 3.1 document, generated at build from the API pages. */
import type { APIRoute } from 'astro';
import { buildOpenApi } from '../lib/api/openapi.ts';
import { apiEntries, nodeOf, resolveHref } from '../site.ts';

export const GET: APIRoute = ({ site }) => {
  const operations = apiEntries.map((entry) => ({ data: entry.data, url: nodeOf(entry.data.id).url }));
  // The newest page date, not the build time, so the document only changes when the pages do.
  const version = apiEntries.reduce((latest, entry) => (entry.data.updated > latest ? entry.data.updated : latest), new Date(0)).toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(buildOpenApi(operations, { version, siteUrl: site?.href, resolveLink: (href) => (site ? new URL(resolveHref(href), site).href : resolveHref(href)) }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
