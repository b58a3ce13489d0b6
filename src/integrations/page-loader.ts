/**
 * Content loader for the page collections (guide, faq, api). Reads every
 * `.mdx` page of a collection with its frontmatter, validates it against the
 * collection's schema, and stores the body for rendering at build time. The
 * entry id is the frontmatter `id`, not the file path, so a page keeps its
 * identity when its file moves.
 *
 * Unlike Astro's glob loader, it registers no module per page: pages are
 * compiled when they render (see `src/lib/mdx/render.ts`), which keeps the
 * bundle and the build's memory independent of the number of pages.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readPageFiles } from '../lib/content-scan.ts';
import { parseSource } from '../lib/frontmatter.ts';
import type { CollectionName } from '../schemas/index.ts';

export function pageLoader(collection: CollectionName): Loader {
  return {
    name: 'partner-docs-pages',
    async load({ store, parseData, generateDigest, watcher, config }) {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const page of readPageFiles(root, [collection])) {
          const parsed = parseSource(page.source);
          const raw = parsed.data ?? {};
          // Fall back to the path so a missing id is reported by the schema, not as a crash.
          const id = typeof raw.id === 'string' ? raw.id : page.file;
          const data = await parseData({ id, data: raw, filePath: page.file });
          // The body keeps the frontmatter's lines blank, so positions in errors are the file's.
          const body = '\n'.repeat(parsed.bodyLine - 1) + parsed.body;
          store.set({ id, data, body, filePath: page.file, digest: generateDigest(page.source) });
        }
      };
      await sync();
      const folder = `${sep}content${sep}${collection}${sep}`;
      const onChange = (path: string) => {
        if (path.endsWith('.mdx') && path.includes(folder)) void sync();
      };
      watcher?.on('change', onChange);
      watcher?.on('add', onChange);
      watcher?.on('unlink', onChange);
    },
  };
}
