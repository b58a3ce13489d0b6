/**
 * The search page: runs the query in `?q=` through Pagefind (loaded on first
 * use) and lists the results in rank order.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after the build.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById('page-search') as HTMLInputElement;
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const status = document.getElementById('search-status')!;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  const { results } = await (await loadPagefind()).search(query);
  const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...top.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      p.innerHTML = item.excerpt; // Pagefind escapes the page text and adds only <mark>.
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`;
}
