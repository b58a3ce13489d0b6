/**
 * The search page, `/search/?q=<query>&part=faq&role=reseller…`: renders the
 * results of a shared link, keeps the URL in sync as the query and filters
 * change (so it can be copied), and shows filters with counts. Results are an
 * ordered list of links in `[data-search-results]`, in rank order.
 */
import { debounce, latestOnly, loadSearch, runSearch, type Filters, type SearchResponse } from './engine.ts';
import { renderResult } from './render.ts';
import { clickedRank, searchInsights } from '../feedback/insights.ts';

/** URL parameter → filter group, in display order, with the labels of each value. */
type Labels = Record<string, { title: string; values: Record<string, string> }>;

export async function runSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const labels = JSON.parse(root.dataset.filters!) as Labels;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;

  const insights = searchInsights();
  list.addEventListener('click', (event) => {
    const rank = clickedRank(event, list);
    if (rank) insights.clicked(rank);
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Filters = Object.fromEntries(Object.keys(labels).map((key) => [key, params.getAll(key).filter((value) => value in labels[key]!.values)]));

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [key, values] of Object.entries(selected)) for (const value of values) next.append(key, value);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const renderFilters = (counts: SearchResponse['counts']) => {
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
            syncUrl();
            void search(input.value, selected);
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

  const show = (response: SearchResponse) => {
    list.replaceChildren(...response.items.map(renderResult));
    const filtered = Object.values(selected).some((values) => values.length > 0);
    status.textContent = response.query || filtered ? `${response.total} ${response.total === 1 ? 'result' : 'results'}${response.query ? ` for “${response.query}”` : ''}` : 'Type to search.';
    // The keyword filter is internal to ranking; only the listed groups are shown.
    renderFilters(response.counts);
    root.dataset.renderedQuery = response.query;
    insights.shown({ query: response.query, filters: selected, results: response.total });
  };

  const search = latestOnly((query: string, filters: Filters) => runSearch(query, filters, 30), show);
  const onInput = debounce(() => {
    syncUrl();
    void search(input.value, selected);
  }, 120);

  input.addEventListener('input', onInput);
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl();
    void search(input.value, selected);
  });
  await loadSearch({ withFilters: true });
  await search(input.value, selected);
}
