/**
 * Options for rehype-autolink-headings: every h2–h4 gets a sibling anchor link
 * (wrapped with its heading) that shows on hover and focus. The client script
 * copies the section URL when the anchor is clicked.
 *
 * The link is labelled with aria-label rather than screen-reader-only text, so
 * the label never leaks into search excerpts (withastro/starlight#3676).
 */
import type { Element, ElementContent } from 'hast';
import type { Options } from 'rehype-autolink-headings';
import { h } from 'hastscript';

const LEVELS = new Set(['h2', 'h3', 'h4']);

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

export const headingAnchorOptions: Options = {
  behavior: 'after',
  test: (element) => LEVELS.has(element.tagName),
  properties: (element) => ({
    className: ['anchor-link'],
    ariaLabel: `Link to section: ${textOf(element).trim()}`,
    dataPagefindIgnore: '',
  }),
  group: (element) => h('div', { className: ['heading-wrapper', `level-${element.tagName}`] }),
  content: () => [h('span', { ariaHidden: 'true', className: ['anchor-icon'] }, '#')],
};
