/**
 * Site-wide data, computed once per build when this module is first imported
 * (Astro evaluates a module once and shares it across every page it renders):
 * all entries, the nav tree, and lookups by id. Pages then do O(depth) work.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ERROR_CODES_FILE, loadRegistry } from './lib/api/registry.ts';
import { markdownOptions } from './integrations/markdown.ts';
import { createMdxRenderer } from './lib/mdx/render.ts';
import { parseIdLink } from './lib/urls.ts';
import { buildNavTree, type NavNode, type PageSummary } from './lib/nav-tree.ts';
import type { CollectionName } from './schemas/index.ts';

/** A page of any collection, discriminated by `collection`. */
export type PageEntry = { [N in CollectionName]: CollectionEntry<N> }[CollectionName];

const [guides, faqs, apis, navParts, homeEntries] = await Promise.all([
  getCollection('guide'),
  getCollection('faq'),
  getCollection('api'),
  getCollection('nav'),
  getCollection('home'),
]);

/** API operation entries, in file order. */
export const apiEntries = apis;

/** Every page entry, by id. */
export const entries: ReadonlyMap<string, PageEntry> = new Map(
  [...guides, ...faqs, ...apis].map((entry) => [entry.data.id, entry] as const),
);

const summaries = new Map<string, PageSummary>(
  [...entries.values()].map((entry) => [
    entry.data.id,
    {
      id: entry.data.id,
      title: entry.data.title,
      description: entry.data.description,
      collection: entry.collection,
      deprecated: entry.collection === 'api' ? entry.data.deprecated : undefined,
      group: entry.collection === 'api' ? entry.data.group : undefined,
    },
  ]),
);

/** The nav tree. A build with nav problems stops here; `npm run check` reports them with lines. */
export const tree = buildNavTree(
  navParts.map((part) => ({ ...part.data, file: part.filePath })),
  summaries,
);
if (tree.problems.length > 0) {
  throw new Error(
    `Navigation problems (run \`npm run check\` for details):\n${tree.problems.map((p) => `  - ${p.file ? `${p.file}: ` : ''}${p.message}`).join('\n')}`,
  );
}

/** The nav node of an id; throws for unknown ids so a bad reference fails the build. */
export function nodeOf(id: string): NavNode {
  const node = tree.byId.get(id);
  if (!node) throw new Error(`Unknown id "${id}"`);
  return node;
}

/** Renders a page entry's MDX (compiled at build, not bundled; see `src/lib/mdx/render.ts`). */
export const renderEntry = createMdxRenderer({ root: process.cwd(), watch: import.meta.env.DEV, ...markdownOptions((id) => tree.byId.get(id)?.url) });

/** A link target as written in content (`id:page#anchor`, `#anchor` or a URL) → the URL to render. */
export function resolveHref(href: string): string {
  const link = parseIdLink(href);
  if (!link) return href;
  const url = nodeOf(link.id).url;
  return link.anchor ? `${url}#${link.anchor}` : url;
}

/** The error-code registry, and the operations that return each code (computed, never typed twice). */
export const registry = loadRegistry(process.cwd());
if (registry.problems.length > 0) throw new Error(`Invalid ${ERROR_CODES_FILE}:\n  ${registry.problems.map((p) => `line ${p.line}: ${p.message}`).join('\n  ')}`);

export const operationsByErrorCode: ReadonlyMap<string, NavNode[]> = (() => {
  const map = new Map<string, NavNode[]>();
  for (const entry of apis) {
    for (const code of entry.data.errorCodes) {
      const list = map.get(code) ?? [];
      list.push(nodeOf(entry.data.id));
      map.set(code, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  return map;
})();

/** Where a code's row is on the registry page. */
export function errorCodeUrl(code: string): string {
  return `${tree.byId.get('api-error-codes')?.url ?? '/api/'}#${code}`;
}

/** Curated landing-page data. */
export const home = homeEntries[0]?.data ?? { popularFaqs: [] };
