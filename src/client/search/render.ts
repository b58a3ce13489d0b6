/** DOM for one search result: title link, breadcrumb, highlighted excerpt, deep links to matching sections. */
import type { ResultItem } from './engine.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(item: ResultItem): HTMLLIElement {
  const li = element('li', 'search-result');
  const link = element('a', 'search-result-title', item.title);
  link.href = item.url;
  li.append(link);
  if (item.breadcrumb) li.append(element('p', 'search-result-crumb', item.breadcrumb));
  const excerpt = element('p', 'search-result-excerpt');
  excerpt.innerHTML = item.excerpt; // Pagefind escapes the page text and adds only <mark>.
  li.append(excerpt);
  if (item.subResults.length > 0) {
    const subs = element('ul', 'search-result-subs');
    for (const sub of item.subResults) {
      const subItem = element('li', '');
      const subLink = element('a', '', sub.title);
      subLink.href = sub.url;
      subItem.append(subLink);
      subs.append(subItem);
    }
    li.append(subs);
  }
  return li;
}
