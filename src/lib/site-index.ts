/**
 * The whole site's id index read from disk: every page's summary and the nav
 * tree. Built once per process and shared by the build plugins and the
 * checker; Astro's pages build the same tree from the collections.
 */
import { readNavParts, readPages, type SourcePage } from './content-scan.ts';
import { buildNavTree, type NavTree, type PageSummary } from './nav-tree.ts';

export interface SiteIndex {
  tree: NavTree;
  /** Pages by frontmatter id (the first file wins if two share an id). */
  pages: ReadonlyMap<string, SourcePage>;
  sources: readonly SourcePage[];
}

/** Summaries for the tree from raw frontmatter; schema errors are the checker's job. */
export function summarize(pages: readonly SourcePage[]): Map<string, PageSummary> {
  const summaries = new Map<string, PageSummary>();
  for (const page of pages) {
    const data = page.parsed.data;
    const id = typeof data?.id === 'string' ? data.id : undefined;
    if (!id || summaries.has(id)) continue;
    summaries.set(id, {
      id,
      title: typeof data?.title === 'string' ? data.title : id,
      description: typeof data?.description === 'string' ? data.description : '',
      collection: page.collection,
      deprecated: data?.deprecated === true,
      group: typeof data?.group === 'string' ? data.group : undefined,
    });
  }
  return summaries;
}

export function indexSite(root: string): SiteIndex {
  const sources = readPages(root);
  const parts = readNavParts(root);
  const pages = new Map<string, SourcePage>();
  for (const page of sources) {
    const id = page.parsed.data?.id;
    if (typeof id === 'string' && !pages.has(id)) pages.set(id, page);
  }
  return { tree: buildNavTree(parts, summarize(sources)), pages, sources };
}
