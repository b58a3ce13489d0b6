/**
 * The only client script outside search: theme toggle, nav folder toggles,
 * the slide-in menu, "On this page" (toggle and the section being read),
 * copy buttons (heading links, code) and code-sample tabs. One delegated
 * click listener, no framework; budget 4 KB gzip with the inline head script
 * (shared with the feedback widget).
 */
const root = document.documentElement;
const announcer = document.getElementById('announcer');

function announce(message: string): void {
  if (announcer) announcer.textContent = message;
}

// Theme: "system" removes the pin, so CSS follows prefers-color-scheme. The first click always
// changes what the page looks like: from "system" it goes to the opposite of the system's theme.
const THEMES = matchMedia('(prefers-color-scheme: dark)').matches ? ['system', 'light', 'dark'] : ['system', 'dark', 'light'];
const themeButton = document.getElementById('theme-toggle');
function showTheme(): string {
  const theme = root.dataset.theme ?? 'system';
  themeButton?.setAttribute('aria-label', `Theme: ${theme}`);
  return theme;
}
showTheme();
function cycleTheme(): void {
  const value = THEMES[(THEMES.indexOf(showTheme()) + 1) % 3]!;
  if (value === 'system') delete root.dataset.theme;
  else root.dataset.theme = value;
  announce(`Theme: ${showTheme()}`);
  try {
    if (value === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
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

const sidebar = document.getElementById('sidebar');
const menuButton = document.getElementById('menu-toggle');
const menuOpen = () => menuButton?.getAttribute('aria-expanded') === 'true';

/** Scrolls the side menu so the current page's link sits in its upper third, if it is not in view. */
function showCurrent(): HTMLElement | undefined {
  const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!sidebar || !current) return undefined;
  const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
  if (top < 0 || top > sidebar.clientHeight - 40) sidebar.scrollTop += top - sidebar.clientHeight / 3;
  return current;
}
showCurrent();

/** The slide-in menu of narrow screens: opens at the current page; Esc, a tap outside or a link closes it. */
function toggleMenu(open: boolean, refocus = false): void {
  menuButton!.setAttribute('aria-expanded', String(open));
  sidebar!.toggleAttribute('data-open', open);
  root.toggleAttribute('data-menu', open);
  if (open) (showCurrent() ?? sidebar!.querySelector('a'))?.focus({ preventScroll: true });
  else if (refocus) menuButton!.focus();
}

// Capture phase: a tap on the dimmed page closes the menu and does nothing else.
document.addEventListener(
  'click',
  (event) => {
    const target = event.target as Element;
    if (!menuOpen() || sidebar!.contains(target) || menuButton!.contains(target)) return;
    event.preventDefault();
    event.stopPropagation();
    toggleMenu(false);
  },
  true,
);

/** "On this page": marks the section being read, and names it in the bar of narrow screens. */
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc li a')];
const tocToggle = document.querySelector<HTMLElement>('.toc-toggle');
const tocCurrent = document.querySelector('.toc-current');
const sections = tocLinks.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
let spyQueued = false;
function spy(): void {
  spyQueued = false;
  const line = (tocToggle?.getBoundingClientRect().bottom ?? 0) + 24;
  let at = -1;
  sections.forEach((section, index) => {
    if (section && section.getBoundingClientRect().top < Math.max(line, 80)) at = index;
  });
  if (innerHeight + scrollY >= root.scrollHeight - 2) at = sections.length - 1;
  tocLinks.forEach((link, index) => link.toggleAttribute('aria-current', index === at));
  if (tocCurrent) tocCurrent.textContent = tocLinks[at]?.textContent ?? '';
}
if (tocLinks.length) {
  addEventListener('scroll', () => spyQueued || ((spyQueued = true), requestAnimationFrame(spy)), { passive: true });
  spy();
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
  if (target.closest('#menu-toggle')) return toggleMenu(!menuOpen());
  if (menuOpen() && target.closest('#sidebar a')) toggleMenu(false);
  if (target.closest('#theme-toggle')) return cycleTheme();
  if (target.closest('.toc-toggle')) return void tocToggle!.setAttribute('aria-expanded', String(tocToggle!.getAttribute('aria-expanded') !== 'true'));
  if (target.closest('.toc li a')) tocToggle?.setAttribute('aria-expanded', 'false');
  const anchor = target.closest<HTMLAnchorElement>('.anchor-link');
  if (anchor) return copyHeadingLink(anchor);
  const tab = target.closest<HTMLElement>('[role="tab"][data-lang]');
  if (tab) return selectLanguage(tab.dataset.lang!);
  const copy = target.closest<HTMLElement>('.copy-code');
  if (copy) copyText(copy.closest('.code-block')!.querySelector('pre')!.textContent ?? '', copy);
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

// The header box and button open the dialog instead of leaving the page; without JavaScript they submit to /search/.
const headerSearch = document.getElementById('header-search') as HTMLInputElement | null;
headerSearch?.addEventListener('focus', () => {
  headerSearch.blur();
  openSearch(headerSearch.value);
});
headerSearch?.form!.addEventListener('submit', (event) => {
  event.preventDefault();
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
  if (event.key === 'Escape' && menuOpen()) toggleMenu(false, true);
});
