/**
 * The changes feed's entries: the releases recorded on the change-history
 * pages and the most recently updated pages, merged newest first. Ids are
 * stable `tag:` URIs (RFC 4151), so a feed reader sees each change once.
 */
import type { Release } from './change-history.ts';

export interface ChangeEntry {
  id: string;
  kind: 'release' | 'page';
  date: Date;
  title: string;
  url: string;
  /** Inline HTML: the release's text, or the page's description. */
  html: string;
}

export interface ChangeSources {
  histories: readonly { pageId: string; partTitle: string; url: string; releases: readonly Release[] }[];
  pages: readonly { id: string; title: string; url: string; updated: Date; descriptionHtml: string }[];
  limits: { releases: number; pages: number };
}

const TAG = 'tag:partner-docs,2026:';

export function collectChanges({ histories, pages, limits }: ChangeSources): ChangeEntry[] {
  const releases = histories.flatMap((history) => {
    const seen = new Map<string, number>();
    return history.releases.map((release): ChangeEntry => {
      // Rows sharing a date are numbered in page order, so adding a newer release never renumbers them.
      const n = (seen.get(release.date) ?? 0) + 1;
      seen.set(release.date, n);
      return {
        id: `${TAG}release/${history.pageId}/${release.date}${n > 1 ? `/${n}` : ''}`,
        kind: 'release',
        date: new Date(`${release.date}T00:00:00Z`),
        title: `${history.partTitle} release of ${release.date}`,
        url: history.url,
        html: release.html,
      };
    });
  });
  const updated = [...pages]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title))
    .slice(0, limits.pages)
    .map((page): ChangeEntry => {
      const day = page.updated.toISOString().slice(0, 10);
      return { id: `${TAG}page/${page.id}/${day}`, kind: 'page', date: page.updated, title: `Updated: ${page.title}`, url: page.url, html: page.descriptionHtml };
    });
  const newest = (a: ChangeEntry, b: ChangeEntry) => b.date.getTime() - a.date.getTime() || (a.kind === b.kind ? 0 : a.kind === 'release' ? -1 : 1);
  return [...releases.sort(newest).slice(0, limits.releases), ...updated].sort(newest);
}
