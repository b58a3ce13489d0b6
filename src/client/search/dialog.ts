/**
 * The search dialog: built on first use, opened with Ctrl/Cmd+K, "/" or the
 * header box. Results render as you type (the best eight; the search page
 * has them all); arrow keys move focus through results and their section
 * links; Enter opens the focused link, or from the box the first result;
 * Esc closes and focus returns where it was. A native modal <dialog> keeps
 * the rest of the page inert.
 */
import { debounce, latestOnly, popularFaqs, runSearch, type ResultItem, type SearchOutcome } from './engine.ts';
import { renderEmpty, renderNotice, renderResult, searchUrl } from './render.ts';
import { clickedRank, searchInsights } from '../feedback/insights.ts';

/** Reports searches that found nothing or whose results were not opened (only when the site has FEEDBACK_URL). */
const insights = searchInsights();

/** Results shown in the dialog. */
const SHOWN = 8;

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let list: HTMLOListElement;
let status: HTMLElement;
let notice: HTMLElement;
let more: HTMLAnchorElement;
let returnFocus: HTMLElement | null = null;

interface Shown {
  outcome: SearchOutcome;
  items: ResultItem[];
  popular: { title: string; url: string }[];
}

/** Searches and fetches what the dialog shows, so rendering is one synchronous step. */
async function fetchShown(query: string, correct: boolean): Promise<Shown | undefined> {
  if (!query.trim()) return undefined;
  const outcome = await runSearch(query, { partial: true, correct });
  const [items, popular] = await Promise.all([outcome.load(0, SHOWN), outcome.ids.length === 0 ? popularFaqs() : []]);
  return { outcome, items, popular };
}

function show(shown: Shown | undefined): void {
  notice.replaceChildren();
  if (!shown) {
    list.replaceChildren();
    status.textContent = '';
    more.href = searchUrl('');
    more.textContent = 'All results, with filters';
    dialog!.dataset.renderedQuery = '';
    return;
  }
  const { outcome, items, popular } = shown;
  const total = outcome.ids.length;
  list.replaceChildren(...items.map(renderResult));
  const line = renderNotice(outcome, (query) => void search(query, false));
  if (line) notice.append(line);
  if (total === 0) notice.append(renderEmpty(outcome, popular));
  status.textContent = `${total} ${total === 1 ? 'result' : 'results'} for “${outcome.query}”`;
  more.href = searchUrl(outcome.query);
  more.textContent = total > SHOWN ? `See all ${total} results, with filters` : 'Open on the search page, with filters';
  dialog!.dataset.renderedQuery = outcome.query;
  insights.shown({ query: outcome.query, results: total });
}

const search = latestOnly(fetchShown, show);
const update = debounce((query: string) => void search(query, true), 90);

/** Result links in reading order: titles and their section links. */
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

function build(): HTMLDialogElement {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-label', 'Search the documentation');
  node.innerHTML = `
    <form class="search-dialog-bar" role="search" aria-label="Search dialog" action="/search/" method="get">
      <label class="sr-only" for="search-dialog-input">Search</label>
      <input id="search-dialog-input" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="Search docs, FAQs and APIs" aria-describedby="search-dialog-hint" />
      <button type="button" class="search-dialog-close">Close</button>
    </form>
    <p id="search-dialog-hint" class="search-dialog-hint">↑ ↓ move through results · Enter opens · Esc closes</p>
    <p class="search-dialog-status" role="status"></p>
    <div class="search-dialog-notice"></div>
    <ol class="search-dialog-results search-results" aria-label="Search results"></ol>
    <p class="search-dialog-more"><a href="/search/">All results, with filters</a></p>`;
  document.body.append(node);
  input = node.querySelector('input')!;
  list = node.querySelector('ol')!;
  status = node.querySelector('.search-dialog-status')!;
  notice = node.querySelector('.search-dialog-notice')!;
  more = node.querySelector('.search-dialog-more a')!;

  input.addEventListener('input', () => update(input.value));
  node.querySelector('form')!.addEventListener('submit', (event) => {
    // Enter in the box opens the first result; with none, the full search page.
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('.search-result-title');
    if (first) insights.clicked(1);
    location.href = first?.href ?? searchUrl(input.value.trim());
  });
  node.querySelector('.search-dialog-close')!.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close(); // a click on the backdrop
  });
  list.addEventListener('click', (event) => {
    const rank = clickedRank(event, list);
    if (rank) insights.clicked(rank);
  });
  node.addEventListener('close', () => {
    insights.end();
    returnFocus?.focus();
    returnFocus = null;
  });
  node.addEventListener('keydown', (event) => {
    // Esc closes even where the browser's own close handling would skip a repeated cancel.
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
      return;
    }
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Tab') {
      // Keep Tab inside the dialog.
      const focusable = [input, node.querySelector<HTMLElement>('.search-dialog-close')!, ...notice.querySelectorAll<HTMLElement>('a, button'), ...links, more];
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      event.preventDefault();
      focusable[next]!.focus();
    }
  });
  return node;
}

export function openSearch(initial = ''): void {
  dialog ??= build();
  if (dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  input.focus();
  if (initial) {
    // Text typed before the dialog opened: continue it, caret at the end.
    input.value = initial;
    input.setSelectionRange(initial.length, initial.length);
  } else {
    input.select();
  }
  if (input.value.trim()) update(input.value);
}
