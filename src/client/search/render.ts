/**
 * DOM shared by the search dialog and the search page: one result (title
 * link, breadcrumb, excerpt, links to matching sections), the line that says
 * what was searched ("Showing results for …"), and the empty state.
 */
import type { ResultItem, SearchOutcome } from './engine.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

export function renderResult(item: ResultItem): HTMLLIElement {
  const li = element('li', 'search-result');
  const title = link(item.url, item.title, 'search-result-title');
  if (item.deprecated) title.append(' ', element('span', 'search-badge', 'Being brought offline'));
  li.append(title);
  if (item.breadcrumb) li.append(element('p', 'search-result-crumb', item.breadcrumb));
  const excerpt = element('p', 'search-result-excerpt');
  excerpt.innerHTML = item.excerpt; // escaped by buildExcerpt; only <mark> is markup
  li.append(excerpt);
  if (item.sections.length > 0) {
    const subs = element('ul', 'search-result-subs');
    for (const section of item.sections) {
      const sub = element('li', '');
      sub.append(link(section.url, section.title));
      subs.append(sub);
    }
    li.append(subs);
  }
  return li;
}

/** Where a query leads on the search page. `exact` turns typo correction off. */
export function searchUrl(query: string, { exact = false } = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (exact) params.set('exact', '1');
  const search = params.toString();
  return `/search/${search ? `?${search}` : ''}`;
}

/**
 * "Showing results for budget. Search instead for budjet." and words left out
 * because no page holds them. `instead` runs the query as typed.
 */
export function renderNotice(outcome: SearchOutcome, instead: (query: string) => void): HTMLElement | undefined {
  if (outcome.corrections.length === 0 && outcome.dropped.length === 0) return undefined;
  const notice = element('p', 'search-notice');
  if (outcome.corrections.length > 0) {
    notice.append('Showing results for ', element('strong', '', outcome.plan.query), '. ');
    const original = link(searchUrl(outcome.query, { exact: true }), outcome.query);
    original.addEventListener('click', (event) => {
      event.preventDefault();
      instead(outcome.query);
    });
    notice.append('Search instead for ', original, '.');
  }
  if (outcome.dropped.length > 0) {
    if (outcome.corrections.length > 0) notice.append(' ');
    notice.append(`No page uses ${outcome.dropped.map((word) => `“${word}”`).join(', ')}, so ${outcome.dropped.length === 1 ? 'it was' : 'they were'} left out.`);
  }
  return notice;
}

/** The empty state: the query without filters, when that finds something, and the most-asked FAQs. */
export function renderEmpty(outcome: SearchOutcome, popular: readonly { title: string; url: string }[], clearFilters?: () => void): HTMLElement {
  const box = element('div', 'search-empty');
  box.append(element('p', 'search-empty-title', outcome.query ? `Nothing found for “${outcome.query}”.` : 'Nothing found.'));
  if (clearFilters && outcome.unfiltered > 0) {
    const button = element('button', 'search-clear', `Show all ${outcome.unfiltered} ${outcome.unfiltered === 1 ? 'result' : 'results'} without filters`);
    button.type = 'button';
    button.addEventListener('click', clearFilters);
    const line = element('p', '');
    line.append(button);
    box.append(line);
  } else {
    box.append(element('p', '', 'Try other words, a shorter question, or the name of the console page.'));
  }
  if (popular.length > 0) {
    box.append(element('p', 'search-empty-lead', 'Most-asked questions:'));
    const list = element('ul', 'search-popular');
    for (const faq of popular) {
      const item = element('li', '');
      item.append(link(faq.url, faq.title));
      list.append(item);
    }
    box.append(list);
  }
  return box;
}
