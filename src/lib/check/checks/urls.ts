/**
 * URL permanence. `content/published-urls.txt` (committed) lists every URL the
 * site has published: pages, folders, parts and redirect sources. A listed URL
 * that is neither live nor redirected is an error: a support agent's pasted
 * link would break. `npm run check -- --accept-urls` rewrites the list after an
 * intended change. Redirects are declared on their target page
 * (`redirectFrom`), so a redirect always ends at a live page and cannot chain.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../context.ts';
import { inUnreadNav, type SiteModel } from '../site.ts';

export const URL_MANIFEST = 'content/published-urls.txt';

const HEADER = `# Every URL this site has published, one per line. Checked by \`npm run check\`:
# a URL listed here must stay live or redirect. After an intended change, run
# \`npm run check -- --accept-urls\` and commit this file.
`;

/** URLs the site publishes now: every nav node and every redirect source whose target is published. */
export function publishedUrls(site: SiteModel): string[] {
  const redirects = [...site.redirects].filter(([, { id }]) => site.tree.byId.has(id)).map(([from]) => from);
  return [...new Set([...site.byUrl.keys(), ...redirects])].sort();
}

export function readManifest(root: string): { urls: string[]; lines: Map<string, number> } | undefined {
  const path = join(root, URL_MANIFEST);
  if (!existsSync(path)) return undefined;
  const lines = new Map<string, number>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const url = line.trim();
      if (url && !url.startsWith('#')) lines.set(url, index + 1);
    });
  return { urls: [...lines.keys()], lines };
}

export function writeManifest(root: string, urls: readonly string[]): void {
  writeFileSync(join(root, URL_MANIFEST), `${HEADER}${urls.join('\n')}\n`);
}

export const checkUrls: Check = (site, report) => {
  for (const [from, { id, file }] of site.redirects) {
    const target = site.tree.byId.get(id);
    if (!target && !inUnreadNav(site, id)) {
      const page = site.byId.get(id);
      report('redirect-invalid', file, page?.idAt ?? { line: 1, column: 1 }, `redirect from ${from} goes to "${id}", which is not published (not in the navigation)`, 'Add the page to a nav file, or move the redirect to a published page.');
    }
  }
  const manifest = readManifest(site.root);
  if (!manifest) return;
  const live = new Set(publishedUrls(site));
  const recorded = new Set(manifest.urls);
  for (const url of live) {
    if (recorded.has(url)) continue;
    const node = site.byUrl.get(url);
    const page = node ? site.byId.get(node.id) : undefined;
    const redirect = site.redirects.get(url);
    const file = page?.file ?? redirect?.file ?? site.navFiles.find((nav) => nav.occurrences.has(node?.id ?? ''))?.file ?? URL_MANIFEST;
    const at = page?.idAt ?? site.navFiles.find((nav) => nav.file === file)?.occurrences.get(node?.id ?? '')?.[0] ?? { line: 1, column: 1 };
    report('url-unrecorded', file, at, `${url} is not in ${URL_MANIFEST}`, 'Run `npm run check -- --accept-urls` and commit the manifest, so this URL is protected from now on.');
  }
  for (const url of manifest.urls) {
    if (live.has(url) || inUnreadNav(site, url)) continue;
    report(
      'url-removed',
      URL_MANIFEST,
      { line: manifest.lines.get(url) ?? 1, column: 1 },
      `${url} was published but no page or redirect serves it now`,
      'Add it to the `redirectFrom` of the page that replaces it; if removing it is intended, run `npm run check -- --accept-urls`.',
    );
  }
};
