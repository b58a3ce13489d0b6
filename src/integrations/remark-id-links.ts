/**
 * Resolves the `id:` link form in MDX to page URLs at build time:
 * `[Querying Customers](id:csp-querying-customers#procedure)` becomes
 * `/user-guide/csp-querying-customers/#procedure`. Links name pages by their
 * stable id, so they survive moves and retitles. An unknown id fails the build
 * with the file and line.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseIdLink } from '../lib/urls.ts';

export interface IdLinkOptions {
  /** URL of the node with this id, or undefined if there is none. */
  resolve: (id: string) => string | undefined;
}

export function remarkIdLinks({ resolve }: IdLinkOptions) {
  return (tree: Root, file: VFile) => {
    const rewrite = (href: string, node: Parameters<VFile['fail']>[1]): string => {
      const link = parseIdLink(href);
      if (!link) return href;
      const url = resolve(link.id);
      if (!url) file.fail(`Link to unknown page id "${link.id}". Check the id in the target page's frontmatter.`, node, 'partner-docs:id-link');
      return link.anchor ? `${url}#${link.anchor}` : url!;
    };
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        node.url = rewrite(node.url, node);
      } else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
            attribute.value = rewrite(attribute.value, node);
          }
        }
      }
    });
  };
}
