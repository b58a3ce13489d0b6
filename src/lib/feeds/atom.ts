/**
 * An Atom 1.0 feed (RFC 4287). Ids are stable `tag:` URIs when the site has no
 * URL, so a feed built without `SITE_URL` is still valid; links are absolute
 * when it has one and site paths otherwise (resolved against the feed's URL).
 */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** Unique and stable: the same change keeps its id across builds. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  /** Inline HTML. */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The site's home page. */
  siteUrl: string;
  /** The feed's own URL. */
  selfUrl: string;
  author: string;
  entries: readonly AtomEntry[];
}

export function buildAtom(feed: AtomFeed): string {
  // The newest entry's date, not the build time, so an unchanged site builds an identical feed.
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const e = escapeXml;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <content type="html">${e(entry.contentHtml)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.siteUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${e(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
