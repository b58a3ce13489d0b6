/**
 * The Markdown/MDX pipeline: Astro 7's native (Rust) processor, Sätteri, with
 * our plugins in its visitor API: `id:` link resolution (mdast), the content
 * HTML rule, heading ids and anchor links, `rel="noopener"` on external links
 * and focusable code blocks (hast). The content checker parses with the same engine.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { indexSite, type SiteIndex } from '../lib/site-index.ts';
import { contentHtmlPlugin } from './satteri/content-html.ts';
import { externalLinksPlugin } from './satteri/external-links.ts';
import { focusableCodePlugin } from './satteri/focusable-code.ts';
import { headingAnchorsPlugin } from './satteri/heading-anchors.ts';
import { idLinksPlugin } from './satteri/id-links.ts';

/** Resolves ids against the content on disk, read once; re-read once if an id is unknown (new page in dev). */
function idResolver(root: string): (id: string) => string | undefined {
  let index: SiteIndex | undefined;
  return (id) => {
    index ??= indexSite(root);
    let node = index.tree.byId.get(id);
    if (!node) {
      index = indexSite(root);
      node = index.tree.byId.get(id);
    }
    return node?.url;
  };
}

/** The site's Markdown features and plugins; `resolve` maps a page id to its URL. Used by the processor below and by the page renderer. */
export function markdownOptions(resolve: (id: string) => string | undefined) {
  return {
    features: { gfm: true, smartPunctuation: false },
    mdastPlugins: [idLinksPlugin({ resolve })],
    // The content rule first, so later plugins never see what it drops.
    hastPlugins: [contentHtmlPlugin, headingAnchorsPlugin(), externalLinksPlugin, focusableCodePlugin],
  };
}

/** For Markdown/MDX that Astro itself compiles (any `.md`/`.mdx` a page imports); content pages render through `src/lib/mdx/render.ts`. */
export function markdownProcessor(root: string = process.cwd()) {
  return satteri(markdownOptions(idResolver(root)));
}
