/** The changes feed's inputs and outputs: releases read from a change-history page, entries merged newest first, Atom and sitemap XML. */
import { describe, expect, it } from 'vitest';
import { buildAtom } from '../../src/lib/feeds/atom.ts';
import { parseReleases } from '../../src/lib/feeds/change-history.ts';
import { collectChanges } from '../../src/lib/feeds/changes.ts';
import { buildRobots, buildSitemap } from '../../src/lib/feeds/sitemap.ts';

const body = `Intro text.

## Releases

| Released On | What changed |
| --- | --- |
| 2025-01-20 | 108th release. See [Querying Customers](id:csp-querying-customers) and **Sales > Customers** & \`code\`. |
| 2024-08-29 | 78th release. |
| 2024-08-29 | 77th release. |
`;
const resolve = (href: string) => (href.startsWith('id:') ? `/user-guide/${href.slice(3)}/` : href);

describe('change-history releases', () => {
  it('reads each row of the "Released on" table as a dated entry with inline HTML', () => {
    const releases = parseReleases(body, 'history.mdx', resolve);
    expect(releases.map((r) => r.date)).toEqual(['2025-01-20', '2024-08-29', '2024-08-29']);
    expect(releases[0]).toMatchObject({
      html: '108th release. See <a href="/user-guide/csp-querying-customers/">Querying Customers</a> and <strong>Sales &gt; Customers</strong> &amp; <code>code</code>.',
      text: '108th release. See Querying Customers and Sales > Customers & code.',
      line: 7,
    });
  });

  it('names the file and line of a bad date, and a page without the table', () => {
    expect(() => parseReleases(body.replace('2024-08-29 | 78th', 'Aug 2024 | 78th'), 'history.mdx', resolve)).toThrow('history.mdx:8: release date "Aug 2024" must be written YYYY-MM-DD');
    expect(() => parseReleases('No table here.', 'plain.mdx', resolve)).toThrow('plain.mdx: a change-history page needs a table whose first column is "Released on"');
  });

  it('merges releases and recent updates newest first, with stable unique ids', () => {
    const releases = parseReleases(body, 'history.mdx', resolve);
    const changes = collectChanges({
      histories: [{ pageId: 'ug-change-history', partTitle: 'User Guide', url: '/user-guide/ug-change-history/', releases }],
      pages: [
        { id: 'old', title: 'Old', url: '/faq/old/', updated: new Date('2023-01-01'), descriptionHtml: 'old' },
        { id: 'new', title: 'New', url: '/faq/new/', updated: new Date('2026-11-24'), descriptionHtml: 'new' },
        { id: 'mid', title: 'Mid', url: '/faq/mid/', updated: new Date('2024-08-29'), descriptionHtml: 'mid' },
      ],
      limits: { releases: 10, pages: 2 },
    });
    expect(changes.map((c) => c.id)).toEqual([
      'tag:partner-docs,2026:page/new/2026-11-24',
      'tag:partner-docs,2026:release/ug-change-history/2025-01-20',
      'tag:partner-docs,2026:release/ug-change-history/2024-08-29',
      'tag:partner-docs,2026:release/ug-change-history/2024-08-29/2',
      'tag:partner-docs,2026:page/mid/2024-08-29',
    ]);
    expect(changes[1]!.title).toBe('User Guide release of 2025-01-20');
  });
});

describe('feed and sitemap XML', () => {
  it('writes Atom whose updated is the newest entry, with text escaped', () => {
    const xml = buildAtom({
      id: 'tag:x,2026:feed',
      title: 'A & B',
      subtitle: 's',
      siteUrl: 'https://d.example/',
      selfUrl: 'https://d.example/changes.xml',
      author: 'Docs',
      entries: [
        { id: 'tag:x,2026:1', title: '<One>', url: 'https://d.example/a/', updated: new Date('2024-01-02T00:00:00Z'), contentHtml: '<a href="/x">x</a>' },
        { id: 'tag:x,2026:2', title: 'Two', url: 'https://d.example/b/', updated: new Date('2025-03-04T00:00:00Z'), contentHtml: 'two' },
      ],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('  <updated>2025-03-04T00:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<title>&lt;One&gt;</title>');
    expect(xml).toContain('<content type="html">&lt;a href=&quot;/x&quot;&gt;x&lt;/a&gt;</content>');
  });

  it('writes a sitemap with lastmod dates and a robots.txt that names it', () => {
    expect(buildSitemap([{ loc: 'https://d.example/?a=1&b=2', lastmod: new Date('2026-11-24T00:00:00Z') }, { loc: 'https://d.example/x/' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://d.example/?a=1&amp;b=2</loc><lastmod>2026-11-24</lastmod></url>\n  <url><loc>https://d.example/x/</loc></url>\n</urlset>\n',
    );
    expect(buildRobots('https://d.example/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://d.example/sitemap.xml\n');
  });
});
