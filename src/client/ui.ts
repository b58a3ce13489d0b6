/**
 * The only client script outside search: theme switch, nav folder toggles,
 * mobile menu, copy buttons (heading links, code) and code-sample tabs. One
 * delegated click listener, no framework; budget 3 KB gzip with the inline
 * head script.
 */
const root = document.documentElement;
const announcer = document.getElementById('announcer');

function announce(message: string): void {
  if (announcer) announcer.textContent = message;
}

// Theme: "system" removes the pin, so CSS follows prefers-color-scheme.
const themeSelect = document.getElementById('theme-select') as HTMLSelectElement | null;
if (themeSelect) {
  themeSelect.value = root.dataset.theme ?? 'system';
  themeSelect.addEventListener('change', () => {
    const value = themeSelect.value;
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
    try {
      if (value === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', value);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
}

async function toggleFolder(button: HTMLButtonElement): Promise<void> {
  const open = button.getAttribute('aria-expanded') !== 'true';
  const item = button.closest('li')!;
  let list = item.querySelector<HTMLElement>(':scope > ul');
  if (open && !list) {
    const fragment = button.dataset.fragment!;
    try {
      const response = await fetch(fragment);
      if (!response.ok) throw new Error(String(response.status));
      item.insertAdjacentHTML('beforeend', await response.text());
      list = item.querySelector<HTMLElement>(':scope > ul');
    } catch {
      // Offline or missing fragment: the folder page lists the same items.
      location.href = item.querySelector('a')!.href;
      return;
    }
  }
  if (list) {
    list.hidden = !open;
    button.setAttribute('aria-controls', list.id);
  }
  button.setAttribute('aria-expanded', String(open));
}

function toggleMenu(button: HTMLElement, open = button.getAttribute('aria-expanded') !== 'true'): void {
  button.setAttribute('aria-expanded', String(open));
  document.getElementById(button.getAttribute('aria-controls')!)?.toggleAttribute('data-open', open);
}

function copyHeadingLink(link: HTMLAnchorElement): void {
  copyText(new URL(link.getAttribute('href')!, location.href).href, link);
}

function copyText(text: string, button: HTMLElement): void {
  navigator.clipboard?.writeText(text).then(
    () => {
      button.setAttribute('data-copied', '');
      announce('Copied');
      setTimeout(() => button.removeAttribute('data-copied'), 2000);
    },
    () => undefined,
  );
}

/** Code-sample tabs: the language is one site-wide choice, applied through `html[data-lang]`. */
function selectLanguage(lang: string, focus?: HTMLElement): void {
  root.dataset.lang = lang;
  try {
    localStorage.setItem('sample-lang', lang);
  } catch {
    // Not stored: the choice lasts for this page.
  }
  syncTabs();
  focus?.focus();
}

function syncTabs(): void {
  const lang = root.dataset.lang ?? 'curl';
  for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"][data-lang]')) {
    const selected = tab.dataset.lang === lang;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
}
syncTabs();

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const folder = target.closest<HTMLButtonElement>('.nav-toggle');
  if (folder) return void toggleFolder(folder);
  const menu = target.closest<HTMLElement>('#menu-toggle');
  if (menu) return toggleMenu(menu);
  const anchor = target.closest<HTMLAnchorElement>('.anchor-link');
  if (anchor) return copyHeadingLink(anchor);
  const tab = target.closest<HTMLElement>('[role="tab"][data-lang]');
  if (tab) return selectLanguage(tab.dataset.lang!);
  const copy = target.closest<HTMLElement>('.copy-code');
  if (copy) copyText(copy.parentElement!.querySelector('pre')!.textContent ?? '', copy);
});

/**
 * The dialog and Pagefind load on first use only: nothing of search is fetched
 * with the page. Keys typed while the dialog loads are kept and handed to it.
 */
let typedWhileLoading: string | undefined;
function openSearch(initial = ''): void {
  if (typedWhileLoading !== undefined) return;
  typedWhileLoading = initial;
  void import('./search/dialog.ts').then((dialog) => {
    const text = typedWhileLoading;
    typedWhileLoading = undefined;
    if (text !== undefined) dialog.openSearch(text); // undefined: Esc was pressed while loading
  });
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// The header box opens the dialog instead of leaving the page; without JavaScript it submits to /search/.
const headerSearch = document.getElementById('header-search') as HTMLInputElement | null;
headerSearch?.addEventListener('focus', () => {
  headerSearch.blur();
  openSearch(headerSearch.value);
});

document.addEventListener('keydown', (event) => {
  if (typedWhileLoading !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey) {
    if (event.key.length === 1) typedWhileLoading += event.key;
    else if (event.key === 'Backspace') typedWhileLoading = typedWhileLoading.slice(0, -1);
    else if (event.key === 'Escape') typedWhileLoading = undefined;
    else return;
    return event.preventDefault();
  }
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target))) {
    event.preventDefault();
    // The search page has its own box.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
    return pageBox ? pageBox.focus() : openSearch();
  }
  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const tab = (event.target as Element).closest<HTMLElement>('[role="tab"][data-lang]');
  if (tab && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
    const tabs = [...tab.parentElement!.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(tab);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
    event.preventDefault();
    return selectLanguage(tabs[next]!.dataset.lang!, tabs[next]);
  }
  const menu = document.getElementById('menu-toggle');
  if (event.key === 'Escape' && menu?.getAttribute('aria-expanded') === 'true') {
    toggleMenu(menu, false);
    menu.focus();
  }
});
