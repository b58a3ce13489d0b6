/**
 * The navigation tree, built once per build from the nav files and the pages'
 * frontmatter. Every node knows its parent, children and reading-order
 * neighbours, so rendering one page costs O(depth): walk up from the page,
 * never copy or scan the whole tree.
 */
import { API_GROUPS, type ApiGroup } from '../schemas/api.ts';
import type { NavFolderInput, NavItemInput } from '../schemas/nav.ts';
import { nodeUrl } from './urls.ts';

export type NodeKind = 'part' | 'folder' | 'page';

/** What the tree needs to know about a page. */
export interface PageSummary {
  id: string;
  title: string;
  description: string;
  /** Content collection: `guide`, `faq` or `api`. */
  collection: string;
  /** API pages: the operation is being brought offline. */
  deprecated?: boolean;
  /** API pages: the menu group. */
  group?: string;
}

/** A part as read from its nav file. */
export interface PartInput {
  id: string;
  title: string;
  description: string;
  order: number;
  items: NavItemInput[];
  /** Nav file the part came from, for diagnostics. */
  file?: string;
}

export interface NavNode {
  id: string;
  kind: NodeKind;
  title: string;
  description: string;
  url: string;
  /** Id of the part (top-level ancestor) the node belongs to. */
  part: string;
  /** Collection of a page node; undefined for parts and folders. */
  collection?: string;
  parent?: NavNode;
  children: NavNode[];
  /** 0 for a part, 1 for its items, and so on. */
  depth: number;
  /** Reading-order neighbours inside the same part (folders and pages). */
  prev?: NavNode;
  next?: NavNode;
  /** Number of pages at or below this node. */
  pageCount: number;
}

export type NavProblemCode = 'nav-unknown-page' | 'nav-duplicate-entry' | 'nav-missing-page' | 'duplicate-id';

export interface NavProblem {
  code: NavProblemCode;
  /** The id the problem is about. */
  id: string;
  /** Nav file of the part where it was found, when known. */
  file?: string;
  message: string;
}

export interface NavTree {
  /** Parts in menu order. */
  parts: NavNode[];
  byId: ReadonlyMap<string, NavNode>;
  problems: NavProblem[];
}

/**
 * Build the tree. Problems (unknown ids, pages listed twice or not at all,
 * clashing ids) are returned, not thrown, so the checker can report them all;
 * the build fails on any of them.
 */
export function buildNavTree(partsInput: readonly PartInput[], pages: ReadonlyMap<string, PageSummary>): NavTree {
  const byId = new Map<string, NavNode>();
  const problems: NavProblem[] = [];
  const parts: NavNode[] = [];

  const register = (node: NavNode, file: string | undefined): boolean => {
    const existing = byId.get(node.id);
    if (!existing) {
      byId.set(node.id, node);
      return true;
    }
    const both = existing.kind === 'page' && node.kind === 'page';
    problems.push(
      both
        ? { code: 'nav-duplicate-entry', id: node.id, file, message: `page "${node.id}" is listed more than once in the navigation` }
        : { code: 'duplicate-id', id: node.id, file, message: `id "${node.id}" is used by more than one ${existing.kind === node.kind ? node.kind : `${existing.kind} and ${node.kind}`}` },
    );
    return false;
  };

  const addItems = (parent: NavNode, items: readonly NavItemInput[], file: string | undefined) => {
    for (const item of items) {
      const node = typeof item === 'string' ? pageNode(item, parent, file) : folderNode(item, parent);
      if (!node || !register(node, file)) continue;
      parent.children.push(node);
      if (typeof item === 'string') continue;
      addItems(node, item.items, file);
      if (item.generate === 'deprecated-operations') addDeprecatedOperations(node, file);
    }
  };

  const pageNode = (id: string, parent: NavNode, file: string | undefined): NavNode | undefined => {
    const page = pages.get(id);
    if (!page) {
      problems.push({ code: 'nav-unknown-page', id, file, message: `the navigation lists "${id}", but no page has that id` });
      return undefined;
    }
    return makeNode('page', id, page.title, page.description, parent, page.collection);
  };

  const folderNode = (folder: NavFolderInput, parent: NavNode): NavNode =>
    makeNode('folder', folder.id, folder.title, folder.description ?? '', parent);

  /** One sub-folder per menu section, holding that section's deprecated operations by title. */
  const addDeprecatedOperations = (folder: NavNode, file: string | undefined) => {
    const deprecated = [...pages.values()].filter((page) => page.collection === 'api' && page.deprecated);
    const sections = [...new Set(Object.values(API_GROUPS).map((group) => group.section))];
    for (const section of sections) {
      const members = deprecated
        .filter((page) => API_GROUPS[page.group as ApiGroup]?.section === section)
        .sort((a, b) => a.title.localeCompare(b.title));
      if (members.length === 0) continue;
      const sub = makeNode('folder', `${folder.id}-${slugify(section)}`, section, `Operations of ${section} that are being brought offline or have already been taken offline.`, folder);
      if (!register(sub, file)) continue;
      folder.children.push(sub);
      for (const page of members) {
        const node = makeNode('page', page.id, page.title, page.description, sub, page.collection);
        if (register(node, file)) sub.children.push(node);
      }
    }
  };

  for (const input of [...partsInput].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))) {
    const part = makeNode('part', input.id, input.title, input.description);
    if (!register(part, input.file)) continue;
    parts.push(part);
    addItems(part, input.items, input.file);
  }

  for (const id of pages.keys()) {
    const node = byId.get(id);
    if (!node) {
      problems.push({ code: 'nav-missing-page', id, message: `page "${id}" is not listed in any navigation file` });
    } else if (node.kind !== 'page') {
      problems.push({ code: 'duplicate-id', id, message: `id "${id}" is used by a page and a ${node.kind}` });
    }
  }

  for (const part of parts) {
    linkReadingOrder(part);
    countPages(part);
  }
  return { parts, byId, problems };
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function makeNode(kind: NodeKind, id: string, title: string, description: string, parent?: NavNode, collection?: string): NavNode {
  const part = parent ? parent.part : id;
  return {
    id,
    kind,
    title,
    description,
    url: nodeUrl(part, kind === 'part' ? undefined : id),
    part,
    collection,
    parent,
    children: [],
    depth: parent ? parent.depth + 1 : 0,
    pageCount: 0,
  };
}

/** Pre-order walk of a part; each visited node points at its neighbours. */
function linkReadingOrder(part: NavNode): void {
  let previous: NavNode | undefined;
  const stack = [...part.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (previous) {
      previous.next = node;
      node.prev = previous;
    }
    previous = node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function countPages(node: NavNode): number {
  node.pageCount = (node.kind === 'page' ? 1 : 0) + node.children.reduce((sum, child) => sum + countPages(child), 0);
  return node.pageCount;
}

/** The node's ancestors from its part down to its parent. O(depth). */
export function ancestorsOf(node: NavNode): NavNode[] {
  const chain: NavNode[] = [];
  for (let at = node.parent; at; at = at.parent) chain.push(at);
  return chain.reverse();
}

/** Ids on the path from the part down to `node`, itself included. O(depth). */
export function pathIds(node: NavNode | undefined): Set<string> {
  const ids = new Set<string>();
  for (let at = node; at; at = at.parent) ids.add(at.id);
  return ids;
}
