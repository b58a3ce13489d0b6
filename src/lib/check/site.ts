/**
 * The site as the checks see it: every page's facts, the nav files with
 * positions, the nav tree and URL lookups. Built once per run from the
 * collect stage's output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_FILE } from '../../schemas/index.ts';
import { readNavFiles, type NavFile } from '../content-scan.ts';
import { buildNavTree, type NavNode, type NavTree, type PageSummary } from '../nav-tree.ts';
import { parseYamlSource, type YamlSource } from '../yaml-source.ts';
import type { PageFacts } from './analyze.ts';

export interface SiteModel {
  root: string;
  pages: readonly PageFacts[];
  /** Pages by raw frontmatter id; the first file (by path) wins. */
  byId: ReadonlyMap<string, PageFacts>;
  navFiles: readonly NavFile[];
  tree: NavTree;
  /** Live URL → node. */
  byUrl: ReadonlyMap<string, NavNode>;
  /** Old URL (from `redirectFrom`) → id of the page it now redirects to. */
  redirects: ReadonlyMap<string, { id: string; file: string }>;
  /** `content/home.yaml` with positions, if present. */
  home?: YamlSource;
  /**
   * Ids (parts, folders, pages) listed in nav files that have errors. Those
   * files are not in the tree, so checks stand down for what they list instead
   * of reporting each of its pages and URLs: one typo, one error.
   */
  unreadNavIds: ReadonlySet<string>;
}

/** Whether an id or a site path may belong to a nav file that has errors (so it cannot be judged now). */
export function inUnreadNav(site: SiteModel, idOrPath: string): boolean {
  return idOrPath.split('/').some((segment) => site.unreadNavIds.has(segment));
}

export function rawId(page: PageFacts): string | undefined {
  return page.kind === 'page' && typeof page.raw?.id === 'string' ? page.raw.id : undefined;
}

export function buildSiteModel(root: string, pages: readonly PageFacts[]): SiteModel {
  const byId = new Map<string, PageFacts>();
  const summaries = new Map<string, PageSummary>();
  for (const page of pages) {
    const id = rawId(page);
    if (!id || byId.has(id)) continue;
    byId.set(id, page);
    summaries.set(id, {
      id,
      title: typeof page.raw?.title === 'string' ? page.raw.title : id,
      description: typeof page.raw?.description === 'string' ? page.raw.description : '',
      collection: page.collection,
      deprecated: page.raw?.deprecated === true,
      group: typeof page.raw?.group === 'string' ? page.raw.group : undefined,
    });
  }
  const navFiles = readNavFiles(root);
  const tree = buildNavTree(navFiles.flatMap((nav) => (nav.part ? [nav.part] : [])), summaries);
  const byUrl = new Map<string, NavNode>();
  for (const node of tree.byId.values()) byUrl.set(node.url, node);

  const redirects = new Map<string, { id: string; file: string }>();
  for (const page of pages) {
    const id = rawId(page);
    const from = page.data?.redirectFrom;
    if (!id || !Array.isArray(from)) continue;
    for (const path of from as string[]) if (!redirects.has(path)) redirects.set(path, { id, file: page.file });
  }

  const homePath = join(root, HOME_FILE);
  const home = existsSync(homePath) ? parseYamlSource(readFileSync(homePath, 'utf8')) : undefined;
  const unreadNavIds = new Set(navFiles.filter((nav) => !nav.part).flatMap((nav) => [...nav.occurrences.keys()]));
  return { root, pages, byId, navFiles, tree, byUrl, redirects, home, unreadNavIds };
}
