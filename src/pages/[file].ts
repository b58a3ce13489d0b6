/**
 * Root files that only some builds have: `sitemap.xml` and `robots.txt` need
 * absolute URLs (`SITE_URL` set); `feedback-pages.json`, the page ids the
 * feedback receiver accepts, is written when `FEEDBACK_URL` is set.
 */
import type { APIRoute } from 'astro';
import { feedbackUrl } from '../lib/feedback/site-config.ts';
import type { FeedbackPages } from '../lib/feedback/schemas.ts';
import { buildRobots, buildSitemap } from '../lib/feeds/sitemap.ts';
import type { NavNode } from '../lib/nav-tree.ts';
import { entries, tree } from '../site.ts';
import { changes } from '../site-changes.ts';

export function getStaticPaths() {
  const files = [...(import.meta.env.SITE ? ['sitemap.xml', 'robots.txt'] : []), ...(feedbackUrl() ? ['feedback-pages.json'] : [])];
  return files.map((file) => ({ params: { file } }));
}

const latest = (dates: (Date | undefined)[]) => dates.reduce<Date | undefined>((a, b) => (!a || (b && b > a) ? b : a), undefined);

/** Newest `updated` at or below a node (a page's own; a folder's newest page), memoised: one pass over the tree. */
function lastModified(node: NavNode, memo: Map<string, Date | undefined>): Date | undefined {
  if (!memo.has(node.id)) memo.set(node.id, latest([node.kind === 'page' ? entries.get(node.id)?.data.updated : undefined, ...node.children.map((child) => lastModified(child, memo))]));
  return memo.get(node.id);
}

const files: Record<string, (site: URL) => { body: string; type: string }> = {
  'sitemap.xml': (site) => {
    const memo = new Map<string, Date | undefined>();
    const nodes = [...tree.byId.values()].map((node) => ({ loc: new URL(node.url, site).href, lastmod: lastModified(node, memo) }));
    const newest = latest(tree.parts.map((part) => memo.get(part.id)));
    return { body: buildSitemap([{ loc: new URL('/', site).href, lastmod: newest }, { loc: new URL('/changes/', site).href, lastmod: changes[0]?.date }, ...nodes]), type: 'application/xml' };
  },
  'robots.txt': (site) => ({ body: buildRobots(new URL('/sitemap.xml', site).href), type: 'text/plain; charset=utf-8' }),
  'feedback-pages.json': () => {
    const pages: FeedbackPages['pages'] = [...entries.values()].map((entry) => ({ id: entry.data.id, url: tree.byId.get(entry.data.id)!.url, title: entry.data.title }));
    return { body: `${JSON.stringify({ pages }, null, 1)}\n`, type: 'application/json' };
  },
};

export const GET: APIRoute = ({ params, site }) => {
  const { body, type } = files[params.file!]!(site ?? new URL('http://localhost/'));
  return new Response(body, { headers: { 'Content-Type': type } });
};
