/**
 * The search page, `/search/?q=<query>&part=faq&role=reseller…`: renders the
 * results of a shared link, keeps the URL in sync as the query and filters
 * change (so it can be copied), shows filters with counts that stay true
 * under other filters, and every result (twenty at a time, "Show more").
 * Results are an ordered list of links in `[data-search-results]`, in rank
 * order. `&exact=1` searches the words as typed, without typo correction.
 */
import { debounce, latestOnly, popularFaqs, runSearch, type Filters, type ResultItem, type SearchOutcome } from './engine.ts';
import { renderEmpty, renderNotice, renderResult } from './render.ts';
import type { FilterLabels } from '../../lib/search-filters.ts';
import { clickedRank, searchInsights } from '../feedback/insights.ts';

/** Results per batch. */
const BATCH = 20;


interface Shown {
  outcome: SearchOutcome;
  items: ResultItem[];
  popular: { title: string; url: string }[];
}

export async function runSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const labels = JSON.parse(root.dataset.filters!) as FilterLabels;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notice = root.querySelector<HTMLElement>('[data-search-notice]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterFold = root.querySelector<HTMLDetailsElement>('[data-search-filter-box]')!;
  const filterSummary = filterFold.querySelector('summary')!;

  // Reports searches that found nothing or whose results were not opened (only when the site has FEEDBACK_URL).
  const insights = searchInsights();
  list.addEventListener('click', (event) => {
    const rank = clickedRank(event, list);
    if (rank) insights.clicked(rank);
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let exact = params.get('exact') === '1';
  const selected: Record<string, string[]> = Object.fromEntries(Object.keys(labels).map((key) => [key, params.getAll(key).filter((value) => value in labels[key]!.values)]));
  let current: SearchOutcome | undefined;

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (exact) next.set('exact', '1');
    for (const [key, values] of Object.entries(selected)) for (const value of values) next.append(key, value);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };
  const rerun = () => {
    syncUrl();
    void search(input.value, { ...selected }, exact);
  };

  const renderFilters = (counts: Record<string, Record<string, number>> = {}) => {
    const ticked = Object.values(selected).reduce((sum, values) => sum + values.length, 0);
    filterSummary.textContent = ticked ? `Filters (${ticked})` : 'Filters';
    filterBox.replaceChildren(
      ...Object.entries(labels).map(([key, group]) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = group.title;
        fieldset.append(legend);
        for (const [value, label] of Object.entries(group.values)) {
          const id = `filter-${key}-${value}`;
          const wrapper = document.createElement('div');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.checked = selected[key]!.includes(value);
          box.addEventListener('change', () => {
            selected[key] = box.checked ? [...selected[key]!, value] : selected[key]!.filter((v) => v !== value);
            rerun();
          });
          const text = document.createElement('label');
          text.htmlFor = id;
          text.textContent = `${label} (${counts[key]?.[value] ?? 0})`;
          wrapper.append(box, text);
          fieldset.append(wrapper);
        }
        return fieldset;
      }),
    );
  };

  const clearFilters = () => {
    for (const key of Object.keys(selected)) selected[key] = [];
    rerun();
  };

  const show = ({ outcome, items, popular }: Shown) => {
    current = outcome;
    list.replaceChildren(...items.map(renderResult));
    const total = outcome.ids.length;
    const filtered = Object.values(selected).some((values) => values.length > 0);
    status.textContent = outcome.query || filtered ? `${total} ${total === 1 ? 'result' : 'results'}${outcome.query ? ` for “${outcome.query}”` : ''}` : 'Type to search.';
    notice.replaceChildren();
    const line = renderNotice(outcome, () => {
      exact = true;
      rerun();
    });
    if (line) notice.append(line);
    if (outcome.query && total === 0) notice.append(renderEmpty(outcome, popular, filtered ? clearFilters : undefined));
    moreButton.hidden = items.length >= total;
    renderFilters(outcome.counts);
    root.dataset.renderedQuery = outcome.query;
    insights.shown({ query: outcome.query, filters: selected, results: total });
  };

  const fetchShown = async (query: string, filters: Filters, typedExactly: boolean): Promise<Shown> => {
    const outcome = await runSearch(query, { filters, facets: true, correct: !typedExactly });
    const [items, popular] = await Promise.all([outcome.load(0, BATCH), outcome.query && outcome.ids.length === 0 ? popularFaqs() : []]);
    return { outcome, items, popular };
  };
  const search = latestOnly(fetchShown, show);
  const onInput = debounce(() => {
    exact = false;
    rerun();
  }, 120);

  moreButton.addEventListener('click', async () => {
    if (!current) return;
    const from = list.children.length;
    const items = await current.load(from, from + BATCH);
    list.append(...items.map(renderResult));
    moreButton.hidden = list.children.length >= current.ids.length;
    // Keyboard users continue where the new results start.
    list.children[from]?.querySelector('a')?.focus();
  });
  input.addEventListener('input', onInput);
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    rerun();
  });
  // On a phone the results come first: the filters start folded unless the link set some.
  if (matchMedia('(max-width: 50rem)').matches && !Object.values(selected).some((values) => values.length > 0)) filterFold.open = false;
  renderFilters();
  await search(input.value, { ...selected }, exact);
}
