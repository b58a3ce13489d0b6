/**
 * Links and assets: every internal link reaches a page (by id or by URL) and,
 * when it names one, an anchor on it; links to old URLs are flagged with the
 * new target; external links are well-formed https URLs; images and
 * downloadable files exist. No network access.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiData } from '../../../schemas/api.ts';
import { loadRegistry } from '../../api/registry.ts';
import { apiSections } from '../../api/sections.ts';
import { unsafeScheme } from '../../content-html.ts';
import { closest } from '../../friendly-errors.ts';
import { parseIdLink } from '../../urls.ts';
import type { PageFacts } from '../analyze.ts';
import type { Check, ReportFn } from '../context.ts';
import { inUnreadNav, type SiteModel } from '../site.ts';

/** Site pages that are not in the nav tree but exist. */
const BUILT_IN_PATHS = new Set(['/', '/search/', '/404.html', '/openapi.json']);

type Link = PageFacts['links'][number];
/** The anchors a page offers. */
type Anchors = (page: PageFacts | undefined) => Set<string>;

export const checkLinks: Check = (site, report) => {
  const registryCodes = loadRegistry(site.root).knownCodes;
  const cache = new Map<PageFacts, Set<string>>();
  const anchors: Anchors = (page) => {
    if (!page) return new Set();
    let set = cache.get(page);
    if (!set) {
      // Heading slugs, the sections an API page generates, and the rows of the error-code registry.
      set = new Set(page.headings.map((heading) => heading.slug));
      if (page.collection === 'api' && page.data) for (const section of apiSections(page.data as unknown as ApiData)) set.add(section.slug);
      if (page.components.some((component) => component.name === 'ErrorCodeRegistry')) for (const code of registryCodes) set.add(code);
      cache.set(page, set);
    }
    return set;
  };
  for (const page of site.pages) {
    if (page.mdxError) continue;
    for (const link of page.links) if (isSafe(page, link, report)) checkLink(site, page, link, anchors, report);
    for (const image of page.images) if (isSafe(page, image, report)) checkAsset(site, page, image.url, image, report, 'image');
  }
};

/** Reports a URL that would run script or load a smuggled document; such a URL gets no other check. */
function isSafe(page: PageFacts, link: Link, report: ReportFn): boolean {
  const scheme = unsafeScheme(link.url);
  if (!scheme) return true;
  report('link-unsafe-scheme', page.file, link, `${JSON.stringify(link.url.trim())} uses the ${scheme}: scheme, which content may not use`, 'Link to a page by id (`id:page-id`), a site path or an https:// address; put images under public/.');
  return false;
}

/** `decodeURIComponent` that keeps a malformed escape (`%zz`) as written instead of throwing. */
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function checkLink(site: SiteModel, page: PageFacts, link: Link, anchors: Anchors, report: ReportFn): void {
  const { url } = link;
  const idLink = parseIdLink(url);
  if (idLink) {
    // A page missing from the nav is reported once, as nav-missing-page; links to it still resolve.
    const target = site.byId.get(idLink.id);
    if (!target && !site.tree.byId.has(idLink.id)) {
      if (inUnreadNav(site, idLink.id)) return; // a folder of a nav file with errors, reported there
      report('link-unknown-page', page.file, link, `link to unknown page id "${idLink.id}"`, hintForId(site, idLink.id));
      return;
    }
    checkAnchor(page, link, idLink.id, target, idLink.anchor, anchors, report);
    return;
  }
  if (url.startsWith('#')) {
    if (page.kind === 'partial') return; // the anchor belongs to whichever page imports the partial
    checkAnchor(page, link, undefined, page, url.slice(1), anchors, report);
    return;
  }
  if (/^https?:/i.test(url)) {
    checkExternal(page, link, report);
    return;
  }
  if (/^(mailto|tel):/i.test(url)) return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    report('external-link-invalid', page.file, link, `"${url}" uses an unsupported scheme`, 'External links must be https:// URLs.');
    return;
  }
  if (!url.startsWith('/')) {
    report('link-unknown-page', page.file, link, `relative link "${url}"`, 'Link to pages by id (`id:page-id`), or use a site path starting with /.');
    return;
  }
  const [path = '', anchor] = url.split('#');
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html') && !BUILT_IN_PATHS.has(path)) {
    checkAsset(site, page, path, link, report, 'file');
    return;
  }
  const normalized = path.endsWith('/') || path.includes('.') ? path : `${path}/`;
  const node = site.byUrl.get(normalized);
  if (node) {
    checkAnchor(page, link, node.id, node.kind === 'page' ? site.byId.get(node.id) : undefined, anchor, anchors, report);
    return;
  }
  const redirect = site.redirects.get(normalized);
  if (redirect) {
    const target = site.tree.byId.get(redirect.id);
    report('link-redirected', page.file, link, `${normalized} has moved to ${target?.url ?? redirect.id}`, `Link to \`id:${redirect.id}\` instead.`);
    return;
  }
  if (BUILT_IN_PATHS.has(normalized) || BUILT_IN_PATHS.has(path) || inUnreadNav(site, normalized)) return;
  report('link-unknown-page', page.file, link, `no page is published at ${normalized}`, 'Link to pages by id (`id:page-id`) so links survive moves.');
}

/** `id` is undefined for a same-page anchor. */
function checkAnchor(page: PageFacts, link: Link, id: string | undefined, target: PageFacts | undefined, anchor: string | undefined, anchors: Anchors, report: ReportFn): void {
  if (!anchor) return;
  const wanted = decodeSafely(anchor);
  const offered = anchors(target);
  if (offered.has(wanted)) return;
  const where = id === undefined ? 'no heading on this page has' : `"${id}" has no heading with`;
  report('link-unknown-anchor', page.file, link, `${where} the anchor "#${anchor}"`, suggestAnchor(wanted, offered));
}

function checkExternal(page: PageFacts, link: Link, report: ReportFn): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(link.url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.hostname.includes('.') || /\s/.test(link.url)) {
    report('external-link-invalid', page.file, link, `"${link.url}" is not a well-formed URL`, 'Write the full address, e.g. https://support.huaweicloud.com/intl/en-us/.');
  } else if (parsed.protocol !== 'https:') {
    report('external-link-invalid', page.file, link, `"${link.url}" is not https`, `Use https://${link.url.replace(/^http:\/\//i, '')} if the site supports it.`);
  }
}

function checkAsset(site: SiteModel, page: PageFacts, url: string, at: Link, report: ReportFn, kind: 'image' | 'file'): void {
  if (/^(https?:)?\/\//i.test(url)) return;
  const clean = decodeSafely(url.split(/[?#]/)[0]!);
  const path = clean.startsWith('/') ? join(site.root, 'public', clean) : join(site.root, dirname(page.file), clean);
  if (!existsSync(path)) {
    report('asset-missing', page.file, at, `${kind} ${url} does not exist`, clean.startsWith('/') ? `Add it under public${clean}.` : 'Check the path relative to this file.');
  }
}

function hintForId(site: SiteModel, id: string): string {
  const near = closest(id, [...new Set([...site.byId.keys(), ...site.tree.byId.keys()])]);
  return near ? `Did you mean "${near}"?` : "Check the id in the target page's frontmatter.";
}

function suggestAnchor(anchor: string, offered: Set<string>): string {
  if (offered.size === 0) return 'The target has no headings; link to the page without an anchor.';
  const near = closest(anchor, [...offered]);
  if (near) return `Did you mean #${near}?`;
  return offered.size <= 12 ? `Anchors on that page: ${[...offered].map((slug) => `#${slug}`).join(', ')}.` : `That page has ${offered.size} anchors; check the heading text.`;
}
