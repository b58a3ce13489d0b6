/**
 * The changes feed's data, computed once per build (like `site.ts`): releases
 * from the change-history pages and the most recently updated pages. Read by
 * `/changes/` and `/changes.xml`.
 */
import { SITE } from './config.ts';
import { parseReleases } from './lib/feeds/change-history.ts';
import { collectChanges } from './lib/feeds/changes.ts';
import { escapeXml } from './lib/feeds/xml.ts';
import { entries, nodeOf, resolveHref } from './site.ts';

export const changes = collectChanges({
  // A site without these pages (a test fixture, a benchmark's synthetic site) simply has no releases in its feed.
  histories: SITE.changeHistoryPages.flatMap((id) => {
    const entry = entries.get(id);
    if (!entry) return [];
    const node = nodeOf(id);
    return { pageId: id, partTitle: nodeOf(node.part).title, url: node.url, releases: parseReleases(entry.body ?? '', entry.filePath ?? id, resolveHref) };
  }),
  pages: [...entries.values()].map((entry) => ({
    id: entry.data.id,
    title: entry.data.title,
    url: nodeOf(entry.data.id).url,
    updated: entry.data.updated,
    descriptionHtml: escapeXml(entry.data.description),
  })),
  limits: SITE.changesFeed,
});
