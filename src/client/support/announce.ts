/** Says `message` through the page's polite live region, also when it repeats the last one. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
