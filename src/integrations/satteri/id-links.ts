/**
 * Resolves the `id:` link form in MDX to page URLs at build time:
 * `[Querying Customers](id:csp-querying-customers#procedure)` becomes
 * `/user-guide/csp-querying-customers/#procedure`. Links name pages by their
 * stable id, so they survive moves and retitles. An unknown id fails the build
 * with the file and line (the checker reports it first, with a hint).
 *
 * Covers inline links, link reference definitions and JSX `<a href>`.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { parseIdLink } from '../../lib/urls.ts';

export interface IdLinkOptions {
  /** URL of the node with this id, or undefined if there is none. */
  resolve: (id: string) => string | undefined;
}

export function idLinksPlugin({ resolve }: IdLinkOptions): MdastPluginDefinition {
  const rewrite = (href: string, node: { position?: { start: { line: number; column: number } } }, ctx: MdastVisitorContext): string | undefined => {
    const link = parseIdLink(href);
    if (!link) return undefined;
    const url = resolve(link.id);
    if (!url) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'MDX';
      const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
      throw new Error(`${file}${at}: link to unknown page id "${link.id}". Check the id in the target page's frontmatter.`);
    }
    return link.anchor ? `${url}#${link.anchor}` : url;
  };
  // JSX attributes cannot be set one by one: the element is replaced by a copy with the new href.
  const jsxAnchor = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>, ctx: MdastVisitorContext): N | undefined => {
    if (node.name !== 'a') return undefined;
    let changed = false;
    const attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') return attribute;
      const url = rewrite(attribute.value, node, ctx);
      if (url === undefined) return attribute;
      changed = true;
      return { ...attribute, value: url };
    });
    return changed ? ({ ...node, attributes } as N) : undefined;
  };
  return {
    name: 'partner-docs-id-links',
    options: { position: true },
    link(node, ctx) {
      const url = rewrite(node.url, node, ctx);
      if (url !== undefined) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = rewrite(node.url, node, ctx);
      if (url !== undefined) ctx.setProperty(node, 'url', url);
    },
    mdxJsxFlowElement: jsxAnchor,
    mdxJsxTextElement: jsxAnchor,
  };
}
