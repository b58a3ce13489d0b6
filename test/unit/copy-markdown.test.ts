/**
 * Copy answer's Markdown from an article's DOM. The DOM is built from small
 * element records that implement the same interface the browser's DOM gives
 * the converter (the browser itself is exercised in test/e2e/support-loop).
 */
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, type DomNode } from '../../src/lib/share/markdown.ts';

type Child = DomNode | string;
function el(tag: string, attrs: Record<string, string> = {}, ...kids: Child[]): DomNode {
  return {
    nodeType: 1,
    nodeName: tag.toUpperCase(),
    nodeValue: null,
    childNodes: kids.map((kid) => (typeof kid === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: kid, childNodes: [] } : kid)),
    getAttribute: (name) => attrs[name] ?? null,
  };
}

const PAGE = 'https://docs.example.com/faq/q/';
const md = (article: DomNode, isHidden?: (node: DomNode) => boolean) => articleToMarkdown(article, { pageUrl: PAGE, title: ' Why? ', isHidden });

describe('Copy answer Markdown', () => {
  it('writes the title, the body blocks and the page URL, leaving out UI', () => {
    const article = el(
      'article',
      {},
      el('h1', {}, 'Why?'),
      el('p', { class: 'page-meta', 'data-pagefind-ignore': 'all' }, 'Updated on 2026-11-24'),
      el('div', { class: 'copy-actions', 'data-pagefind-ignore': 'all' }, el('button', {}, 'Copy answer')),
      el('p', {}, 'Open ', el('strong', {}, 'Sales > Customers'), ' and see ', el('a', { href: '/faq/other/#steps' }, 'the steps'), '.'),
      el('div', { class: 'heading-wrapper' }, el('h2', { id: 'how' }, 'How'), el('a', { class: 'anchor-link', 'data-pagefind-ignore': '' }, el('span', { 'aria-hidden': 'true' }, '#'))),
      el('ol', {}, el('li', {}, 'Sign in.'), el('li', {}, el('p', {}, 'Choose ', el('em', {}, 'Budget'), '.'), el('ul', {}, el('li', {}, 'Nested ', el('code', {}, 'a|b'))))),
      el('aside', { class: 'callout note' }, el('p', { class: 'label' }, 'Note'), el('p', {}, 'Takes a day.')),
      el('div', { hidden: '' }, 'filter data'),
      el('span', { class: 'sr-only' }, 'screen-reader only'),
    );
    expect(md(article)).toBe(`# Why?

Open **Sales > Customers** and see [the steps](https://docs.example.com/faq/other/#steps).

## How

1. Sign in.
2. Choose _Budget_.

   - Nested \`a|b\`

> Note
>
> Takes a day.

${PAGE}
`);
  });

  it('writes tables as GFM with escaped pipes, code blocks fenced with their language, and skips what the browser hides', () => {
    const hiddenPanel = el('pre', { class: 'language-python' }, el('code', {}, 'print(1)'));
    const article = el(
      'article',
      {},
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Code'), el('th', {}, 'Meaning'))), el('tbody', {}, el('tr', {}, el('td', {}, el('code', {}, 'CBC.0100')), el('td', {}, 'a | b')))),
      el('div', { class: 'code-block' }, el('button', {}, 'Copy'), el('pre', { class: 'language-bash' }, el('code', { class: 'language-bash' }, 'curl -X GET \\\n  url\n'))),
      hiddenPanel,
      el('p', {}, el('img', { src: 'pic.png', alt: 'Console' })),
    );
    expect(md(article, (node) => node === hiddenPanel)).toBe(`# Why?

| Code | Meaning |
| --- | --- |
| \`CBC.0100\` | a \\| b |

\`\`\`bash
curl -X GET \\
  url
\`\`\`

![Console](https://docs.example.com/faq/q/pic.png)

${PAGE}
`);
  });
});
