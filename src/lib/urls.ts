/**
 * URL rules, in one place. A node's URL depends only on its part and its id,
 * so moving a file or retitling a page never changes a published link.
 */

/** `/<part>/` for a part, `/<part>/<id>/` for a folder or page. */
export function nodeUrl(part: string, id?: string): string {
  return id ? `/${part}/${id}/` : `/${part}/`;
}

/** The `id:` link form authors use in MDX: `id:page-id` or `id:page-id#anchor`. */
export const ID_LINK_PREFIX = 'id:';

/** Split `id:page-id#anchor` into its id and optional anchor; undefined for other URLs. */
export function parseIdLink(href: string): { id: string; anchor?: string } | undefined {
  if (!href.startsWith(ID_LINK_PREFIX)) return undefined;
  const rest = href.slice(ID_LINK_PREFIX.length);
  const hash = rest.indexOf('#');
  if (hash === -1) return { id: rest };
  return { id: rest.slice(0, hash), anchor: rest.slice(hash + 1) || undefined };
}

/** URL of the nav fragment holding a folder's children, fetched when a collapsed folder is opened. */
export function navFragmentUrl(folderId: string): string {
  return `/nav/${folderId}/`;
}

/** First URL segments owned by the site itself; no part may use them as its id. */
export const RESERVED_SEGMENTS = ['nav', 'search', 'pagefind', '_astro', 'changes'] as const;
