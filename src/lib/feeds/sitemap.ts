/** `sitemap.xml` (sitemaps.org protocol) and the `robots.txt` that names it; both need absolute URLs, so only builds with `SITE_URL` have them. */
import { escapeXml } from './xml.ts';

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
}

export function buildSitemap(urls: readonly SitemapUrl[]): string {
  const rows = urls.map((url) => `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

export function buildRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
