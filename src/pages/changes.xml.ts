/** `/changes.xml`: the changes feed (Atom), so partners can follow what changed. */
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { buildAtom } from '../lib/feeds/atom.ts';
import { changes } from '../site-changes.ts';

export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const body = buildAtom({
    id: 'tag:partner-docs,2026:changes',
    title: `${SITE.name}: what changed`,
    subtitle: 'Releases recorded in the change histories, and the most recently updated pages.',
    siteUrl: absolute('/'),
    selfUrl: absolute('/changes.xml'),
    author: SITE.name,
    entries: changes.map((change) => ({
      id: change.id,
      title: change.title,
      url: absolute(change.url),
      updated: change.date,
      // Links inside the text are site paths; a feed reader resolves them only against xml:base, so make them absolute when we can.
      contentHtml: site ? change.html.replace(/href="\//g, `href="${new URL('/', site).href}`) : change.html,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
