/**
 * The only client script outside search: theme switch, nav folder toggles,
 * mobile menu and copy-a-heading-link. One delegated click listener, no
 * framework; budget 3 KB gzip with the inline theme script.
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
  const url = new URL(link.getAttribute('href')!, location.href).href;
  navigator.clipboard?.writeText(url).then(
    () => {
      link.setAttribute('data-copied', '');
      announce('Link copied');
      setTimeout(() => link.removeAttribute('data-copied'), 2000);
    },
    () => undefined,
  );
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const folder = target.closest<HTMLButtonElement>('.nav-toggle');
  if (folder) return void toggleFolder(folder);
  const menu = target.closest<HTMLElement>('#menu-toggle');
  if (menu) return toggleMenu(menu);
  const anchor = target.closest<HTMLAnchorElement>('.anchor-link');
  if (anchor) copyHeadingLink(anchor);
});

document.addEventListener('keydown', (event) => {
  const menu = document.getElementById('menu-toggle');
  if (event.key === 'Escape' && menu?.getAttribute('aria-expanded') === 'true') {
    toggleMenu(menu, false);
    menu.focus();
  }
});
