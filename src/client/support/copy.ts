/**
 * "Copy answer" / "Copy page" and "Copy link" (loaded on first click): the
 * article as Markdown with absolute links, or the page URL, on the clipboard.
 */
import { articleToMarkdown, type DomNode } from '../../lib/share/markdown.ts';
import { announce } from './announce.ts';

/** The canonical URL when the site has one, otherwise this page's address without query or fragment. */
function pageUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`;
}

export async function copy(button: HTMLButtonElement): Promise<void> {
  const url = pageUrl();
  const article = document.querySelector('article');
  const text =
    button.dataset.copy === 'link' || !article
      ? url
      : articleToMarkdown(article as unknown as DomNode, {
          pageUrl: url,
          title: article.querySelector('h1')?.textContent ?? document.title,
          isHidden: (node) => !(node as unknown as Element).checkVisibility(),
        });
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    announce('Could not copy: the browser refused access to the clipboard.');
    return;
  }
  button.setAttribute('data-copied', '');
  announce(button.dataset.done ?? 'Copied');
  setTimeout(() => button.removeAttribute('data-copied'), 2000);
}
