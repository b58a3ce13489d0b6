/**
 * The Markdown/MDX pipeline: unified (remark/rehype) rather than Astro 7's
 * default Rust processor, because our link resolution and heading anchors are
 * remark/rehype plugins shared with the content checker.
 */
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { indexSite, type SiteIndex } from '../lib/site-index.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import { rehypeFocusableCode } from './rehype-focusable-code.ts';
import { remarkIdLinks } from './remark-id-links.ts';

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

export function markdownProcessor(root: string = process.cwd()) {
  return unified({
    gfm: true,
    smartypants: false,
    remarkPlugins: [[remarkIdLinks, { resolve: idResolver(root) }]],
    // External links never get access to window.opener.
    rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions], [rehypeExternalLinks, { rel: ['noopener'] }], rehypeFocusableCode],
  });
}
