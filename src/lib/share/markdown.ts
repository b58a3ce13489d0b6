/**
 * "Copy answer": the article of a rendered page as Markdown for a ticket or a
 * chat, derived in the browser from the page's own DOM (so page HTML does not
 * carry a second copy). UI is left out: anything marked `data-pagefind-ignore`
 * (page meta, heading anchors, copy buttons), buttons, hidden nodes, and
 * whatever the caller's `isHidden` says is not shown (an unselected code tab).
 * Links and images become absolute. Written against a minimal DOM interface so
 * it runs on the browser's DOM and on test doubles alike.
 */

/** The part of the DOM the converter reads. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface ToMarkdownOptions {
  /** The page's URL: the base of relative links, and the link at the end. */
  pageUrl: string;
  /** The page title (the question, on FAQ pages), written as the top heading. */
  title: string;
  /** Extra visibility test (the browser passes `!element.checkVisibility()`). */
  isHidden?: (node: DomNode) => boolean;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'NAV', 'NOSCRIPT', 'H1', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'PRE', 'TABLE', 'BLOCKQUOTE', 'ASIDE', 'DIV', 'SECTION', 'FIGURE', 'DL', 'HR', 'DETAILS']);

const attr = (node: DomNode, name: string) => node.getAttribute?.(name) ?? null;
const name = (node: DomNode) => node.nodeName.toUpperCase();
const children = (node: DomNode) => Array.from(node.childNodes);

export function articleToMarkdown(article: DomNode, { pageUrl, title, isHidden = () => false }: ToMarkdownOptions): string {
  const absolute = (href: string) => {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      return href;
    }
  };
  const skip = (node: DomNode) =>
    node.nodeType === 1 &&
    (SKIPPED.has(name(node)) ||
      attr(node, 'data-pagefind-ignore') !== null ||
      attr(node, 'hidden') !== null ||
      attr(node, 'aria-hidden') === 'true' ||
      /(^|\s)sr-only(\s|$)/.test(attr(node, 'class') ?? '') ||
      isHidden(node));

  /** Inline content as one Markdown line (whitespace collapsed). */
  const inline = (node: DomNode): string =>
    children(node)
      .map((child) => {
        if (child.nodeType === 3) return (child.nodeValue ?? '').replace(/\s+/g, ' ');
        if (child.nodeType !== 1 || skip(child)) return '';
        const text = inline(child);
        switch (name(child)) {
          case 'STRONG':
          case 'B':
            return text.trim() ? `**${text.trim()}**` : '';
          case 'EM':
          case 'I':
            return text.trim() ? `_${text.trim()}_` : '';
          case 'CODE':
          case 'KBD':
            return `\`${(child as DomNode & { textContent?: string }).textContent ?? text}\``;
          case 'A': {
            const href = attr(child, 'href');
            return href ? `[${text.trim()}](${absolute(href)})` : text;
          }
          case 'IMG':
            return `![${attr(child, 'alt') ?? ''}](${absolute(attr(child, 'src') ?? '')})`;
          case 'BR':
            return '\n';
          default:
            return text;
        }
      })
      .join('');

  const line = (node: DomNode) =>
    inline(node)
      .split('\n')
      .map((part) => part.replace(/ +/g, ' ').trim())
      .join('\n')
      .trim();

  /** Block content as a list of Markdown blocks. */
  const blocks = (node: DomNode): string[] => {
    const out: string[] = [];
    let pending: DomNode[] = [];
    // Text and inline elements between blocks form a paragraph of their own.
    const flush = () => {
      const text = line({ nodeType: 1, nodeName: 'P', nodeValue: null, childNodes: pending });
      if (text) out.push(text);
      pending = [];
    };
    for (const child of children(node)) {
      if (child.nodeType === 1 && skip(child)) continue;
      if (child.nodeType !== 1 || !BLOCKS.has(name(child))) {
        if (child.nodeType === 1 || child.nodeType === 3) pending.push(child);
        continue;
      }
      flush();
      out.push(...block(child));
    }
    flush();
    return out;
  };

  const block = (node: DomNode): string[] => {
    const tag = name(node);
    if (/^H[2-6]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${line(node)}`];
    switch (tag) {
      case 'P': {
        const text = line(node);
        return text ? [text] : [];
      }
      case 'UL':
      case 'OL':
        return [list(node, tag === 'OL')];
      case 'PRE': {
        const code = children(node).find((child) => name(child) === 'CODE') ?? node;
        const lang = /language-([\w-]+)/.exec(attr(code, 'class') ?? attr(node, 'class') ?? '')?.[1] ?? '';
        const text = textOf(code).replace(/\n$/, '');
        return [`\`\`\`${lang}\n${text}\n\`\`\``];
      }
      case 'TABLE':
        return [table(node)];
      case 'BLOCKQUOTE':
      case 'ASIDE':
        return [
          blocks(node)
            .join('\n\n')
            .split('\n')
            .map((text) => (text ? `> ${text}` : '>'))
            .join('\n'),
        ];
      case 'HR':
        return ['---'];
      case 'DL':
        return children(node)
          .filter((child) => child.nodeType === 1 && !skip(child))
          .map((child) => (name(child) === 'DT' ? `**${line(child)}**` : `: ${line(child)}`));
      default:
        return blocks(node);
    }
  };

  const textOf = (node: DomNode): string =>
    node.nodeType === 3 ? (node.nodeValue ?? '') : skip(node) ? '' : children(node).map(textOf).join('');

  const list = (node: DomNode, ordered: boolean): string => {
    const start = Number(attr(node, 'start') ?? 1) || 1;
    return children(node)
      .filter((child) => name(child) === 'LI' && !skip(child))
      .map((item, index) => {
        const marker = ordered ? `${start + index}. ` : '- ';
        const body = blocks(item).join('\n\n');
        return marker + body.split('\n').join(`\n${' '.repeat(marker.length)}`).replace(/\n +\n/g, '\n\n');
      })
      .join('\n');
  };

  const table = (node: DomNode): string => {
    const rows: string[][] = [];
    const visit = (parent: DomNode) => {
      for (const child of children(parent)) {
        if (child.nodeType !== 1 || skip(child)) continue;
        if (name(child) === 'TR') rows.push(children(child).filter((cell) => /^T[HD]$/.test(name(cell))).map((cell) => blocks(cell).join(' ').replace(/\n/g, ' ').replace(/\|/g, '\\|')));
        else if (name(child) !== 'CAPTION') visit(child);
      }
    };
    visit(node);
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length));
    const pad = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
    return [pad(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(pad)].join('\n');
  };

  const body = blocks(article).filter(Boolean).join('\n\n');
  return `# ${title.trim()}\n\n${body}\n\n${pageUrl}\n`;
}
