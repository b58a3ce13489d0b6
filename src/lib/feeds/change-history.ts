/**
 * Reads the releases out of a change-history page: the first table whose first
 * column is "Released on" (any case), one row a release, newest first in the
 * source. Each row becomes a dated entry with its text as inline HTML (links
 * resolved the way the page renders them) and as plain text.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { parseMdx } from '../check/parse-mdx.ts';
import { escapeXml } from './xml.ts';

export interface Release {
  /** `YYYY-MM-DD`. */
  date: string;
  html: string;
  text: string;
  /** Source line of the row, for error messages. */
  line: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function inlineHtml(nodes: readonly PhrasingContent[], resolve: (href: string) => string): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return escapeXml(node.value);
        case 'inlineCode':
          return `<code>${escapeXml(node.value)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(node.children, resolve)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children, resolve)}</em>`;
        case 'link':
          return `<a href="${escapeXml(resolve(node.url))}">${inlineHtml(node.children, resolve)}</a>`;
        case 'break':
          return '<br>';
        default:
          return 'children' in node ? inlineHtml(node.children as PhrasingContent[], resolve) : 'value' in node ? escapeXml(String(node.value)) : '';
      }
    })
    .join('');
}

function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node): string => ('children' in node ? inlineText(node.children as PhrasingContent[]) : 'value' in node ? String(node.value) : '')).join('');
}

/** The releases of one change-history page. Throws, naming the file and line, on a row whose date is not `YYYY-MM-DD`. */
export function parseReleases(body: string, file: string, resolve: (href: string) => string): Release[] {
  const table = findTable(parseMdx(body).children);
  if (!table) throw new Error(`${file}: a change-history page needs a table whose first column is "Released on"`);
  return table.children.slice(1).map((row) => {
    const [dateCell, textCell] = row.children;
    const date = dateCell ? inlineText(dateCell.children).trim() : '';
    const line = row.position?.start.line ?? 0;
    if (!DATE.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`${file}:${line}: release date "${date}" must be written YYYY-MM-DD`);
    return { date, html: textCell ? inlineHtml(textCell.children, resolve).trim() : '', text: textCell ? inlineText(textCell.children).trim() : '', line };
  });
}

function findTable(nodes: readonly RootContent[]): Table | undefined {
  for (const node of nodes) {
    if (node.type === 'table' && /^released on$/i.test(inlineText(node.children[0]?.children[0]?.children ?? []).trim())) return node;
    if ('children' in node) {
      const found = findTable(node.children as RootContent[]);
      if (found) return found;
    }
  }
  return undefined;
}
