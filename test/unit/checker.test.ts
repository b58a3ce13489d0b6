/**
 * The content checker on fixture sites with known faults: each fixture
 * exercises one check, and the test names every issue it must report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/lib/check/analyze.ts';
import { CODES } from '../../src/lib/check/codes.ts';
import { collectPages } from '../../src/lib/check/collect.ts';
import { formatConsole } from '../../src/lib/check/reporters/console.ts';
import { formatJson } from '../../src/lib/check/reporters/json.ts';
import { runChecks } from '../../src/lib/check/run.ts';

const fixture = (name: string) => join('test/fixtures', name);

/**
 * Each fixture exercises one check; most fixture pages list no `sources`, so
 * the traceability warning is left out of their rows (it has its own fixture).
 */
const traced = (issue: { code: string }) => issue.code !== 'sources-missing';

/** [line, column, code, message] of the issues in one file of a report. */
function rowsIn(report: Awaited<ReturnType<typeof runChecks>>, file: string): [number, number, string, string][] {
  return report.issues.filter((issue) => issue.file === file && traced(issue)).map((issue) => [issue.line, issue.column, issue.code, issue.message]);
}

/** [file, line, column, code] of every issue, in report order. */
async function issues(name: string): Promise<[string, number, number, string][]> {
  const report = await runChecks({ root: fixture(name) });
  return report.issues.filter(traced).map((issue) => [issue.file, issue.line, issue.column, issue.code]);
}

describe('content checker fixtures', () => {
  it('reports nothing on a clean site that uses every feature', async () => {
    const report = await runChecks({ root: fixture('clean') });
    expect(report.issues).toEqual([]);
    expect(report.pages).toBe(4);
  });

  it('frontmatter: missing block, bad YAML, bad fields, duplicate ids', async () => {
    expect(await issues('frontmatter')).toEqual([
      // At the unclosed `[`, where the typo is; the page is still known by its id, so its nav entry is not reported too.
      ['content/faq/bad-yaml.mdx', 3, 8, 'frontmatter-yaml'],
      ['content/faq/dup-2.mdx', 2, 1, 'id-duplicate'],
      ['content/faq/no-frontmatter.mdx', 1, 1, 'frontmatter-missing'],
      ['content/faq/no-title.mdx', 2, 1, 'frontmatter-invalid'],
      ['content/faq/no-title.mdx', 4, 1, 'frontmatter-invalid'],
      ['content/faq/no-title.mdx', 5, 1, 'frontmatter-invalid'],
      ['content/faq/no-title.mdx', 6, 16, 'frontmatter-invalid'],
    ]);
    const report = await runChecks({ root: fixture('frontmatter') });
    expect(report.issues.filter((i) => i.file === 'content/faq/no-title.mdx').map((i) => `${i.message} | ${i.hint}`)).toEqual([
      'title is missing | Add the page heading, e.g. `title: Querying Customers`.',
      'updated is not a real calendar date | Write the date you last checked the facts, e.g. `updated: 2026-11-24`.',
      'audience must be "all" or a list of roles from: solution-provider, distributor, reseller, customer | Write `audience: all` or a list, e.g. `audience: [reseller, distributor]`.',
      'keywords[1] must not be empty | Write a list, e.g. `keywords: [auto-renew, renewal]`.',
    ]);
  });

  it('navigation: unlisted page, unknown entry, page listed twice, invalid nav file, bad home list', async () => {
    expect(await issues('nav')).toEqual([
      ['content/faq/orphan.mdx', 2, 1, 'nav-missing-page'],
      ['content/home.yaml', 3, 5, 'home-unknown-page'],
      ['content/nav/faq.yaml', 7, 5, 'nav-unknown-page'],
      ['content/nav/faq.yaml', 11, 9, 'nav-duplicate-entry'],
      ['content/nav/search.yaml', 1, 1, 'nav-invalid'],
    ]);
  });

  it('links: unknown ids and anchors, redirected and unknown URLs, relative and malformed links', async () => {
    expect(await issues('links')).toEqual([
      ['content/faq/source.mdx', 14, 3, 'link-unknown-page'],
      ['content/faq/source.mdx', 15, 3, 'link-unknown-page'],
      ['content/faq/source.mdx', 16, 3, 'link-unknown-anchor'],
      ['content/faq/source.mdx', 18, 3, 'link-unknown-anchor'],
      ['content/faq/source.mdx', 19, 3, 'link-redirected'],
      ['content/faq/source.mdx', 20, 3, 'link-unknown-page'],
      ['content/faq/source.mdx', 21, 3, 'link-unknown-page'],
      ['content/faq/source.mdx', 22, 3, 'external-link-invalid'],
      ['content/faq/source.mdx', 23, 16, 'external-link-invalid'],
      ['content/faq/source.mdx', 24, 3, 'external-link-invalid'],
    ]);
    const report = await runChecks({ root: fixture('links') });
    const byLine = new Map(report.issues.filter(traced).map((i) => [i.line, i]));
    expect(byLine.get(15)?.hint).toBe('Did you mean "target"?');
    expect(byLine.get(16)?.hint).toBe('Anchors on that page: #steps.');
    expect(byLine.get(19)).toMatchObject({ severity: 'warn', message: '/faq/old-moved/ has moved to /faq/moved/', hint: 'Link to `id:moved` instead.' });
  });

  it('assets: missing images (markdown, relative and JSX) and downloads', async () => {
    expect(await issues('assets')).toEqual([
      ['content/guide/pictures.mdx', 13, 1, 'asset-missing'],
      ['content/guide/pictures.mdx', 15, 1, 'asset-missing'],
      ['content/guide/pictures.mdx', 17, 10, 'asset-missing'],
      ['content/guide/pictures.mdx', 19, 1, 'asset-missing'],
    ]);
  });

  it('URL permanence: removed URL, redirect to an unpublished page, redirect over a live URL, unrecorded URL', async () => {
    expect(await issues('urls')).toEqual([
      ['content/faq/hidden.mdx', 2, 1, 'nav-missing-page'],
      ['content/faq/hidden.mdx', 2, 1, 'redirect-invalid'],
      ['content/faq/kept.mdx', 2, 1, 'url-duplicate'],
      ['content/faq/renamed.mdx', 2, 1, 'url-unrecorded'],
      ['content/published-urls.txt', 5, 1, 'url-removed'],
    ]);
  });

  it('MDX: syntax errors with their position, and components that are not known', async () => {
    expect(await issues('mdx-syntax')).toEqual([
      // Pages import only .mdx partials; an .astro component import is reported (and its name still counts as known).
      ['content/faq/components.mdx', 10, 1, 'mdx-import-unsupported'],
      ['content/faq/components.mdx', 16, 1, 'mdx-unknown-component'],
      ['content/faq/unclosed.mdx', 12, 1, 'mdx-syntax'],
    ]);
    const report = await runChecks({ root: fixture('mdx-syntax') });
    expect(report.issues.filter(traced)[2]!.message).toBe('Expected a closing tag for `<Callout>`');
    expect(report.notChecked).toContain('content/faq/unclosed.mdx: links, headings and words (its MDX does not parse)');
  });

  it('content HTML: disallowed elements and attributes in any case, code in expressions and attribute values', async () => {
    const report = await runChecks({ root: fixture('content-html') });
    expect(rowsIn(report, 'content/faq/html-elements.mdx')).toEqual([
      [12, 8, 'html-element-disallowed', '<script> is not allowed in content'],
      [14, 1, 'html-element-disallowed', '<sCrIpT> is not allowed in content'],
      [16, 1, 'html-element-disallowed', '<iframe> is not allowed in content'],
      [18, 1, 'html-element-disallowed', '<object> is not allowed in content'],
      [20, 1, 'html-element-disallowed', '<embed> is not allowed in content'],
      [22, 1, 'html-element-disallowed', '<form> is not allowed in content'],
      [22, 44, 'html-element-disallowed', '<input> is not allowed in content'],
      [24, 1, 'html-element-disallowed', '<meta> is not allowed in content'],
      [26, 1, 'html-element-disallowed', '<base> is not allowed in content'],
      [28, 1, 'html-element-disallowed', '<style> is not allowed in content'],
      [30, 1, 'html-attribute-disallowed', 'onload on <img> is an event handler; content cannot run script'],
      [32, 1, 'html-attribute-disallowed', 'ONCLICK on <p> is an event handler; content cannot run script'],
      [32, 1, 'html-attribute-disallowed', "style on <p> is not allowed (the site's Content-Security-Policy blocks inline styles)"],
      [32, 1, 'html-attribute-disallowed', 'class is not allowed on <p>'],
      [34, 1, 'html-attribute-disallowed', "href={'/faq/'} on <a> is a JavaScript expression"],
      [34, 1, 'html-attribute-disallowed', '{...props} on <a> spreads JavaScript values into attributes'],
      [36, 1, 'html-attribute-disallowed', 'set:html on <Callout> is not a plain prop'],
      [38, 1, 'html-attribute-disallowed', 'dangerouslySetInnerHTML on <Callout> is not a plain prop'],
    ]);
    const hint = (line: number, start: string) => report.issues.filter(traced).find((i) => i.file === 'content/faq/html-elements.mdx' && i.line === line && i.message.startsWith(start))?.hint;
    expect(hint(16, '<iframe>')).toBe('Link to the page instead of embedding it: `[title](https://…)`.');
    expect(hint(32, 'class')).toBe('Allowed attributes on <p>: id, title, lang, dir.');
  });

  it('content HTML: javascript:, vbscript: and data: URLs whatever the case, spacing or character references', async () => {
    const report = await runChecks({ root: fixture('content-html') });
    expect(rowsIn(report, 'content/faq/unsafe-urls.mdx')).toEqual([
      [12, 3, 'link-unsafe-scheme', '"javascript:alert(1)" uses the javascript: scheme, which content may not use'],
      [12, 44, 'link-unsafe-scheme', '"JAVASCRIPT:alert(2)" uses the javascript: scheme, which content may not use'],
      [14, 1, 'link-unsafe-scheme', '"java\\tScript:alert(3)" uses the javascript: scheme, which content may not use'],
      [16, 1, 'link-unsafe-scheme', '"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" uses the data: scheme, which content may not use'],
      [18, 1, 'link-unsafe-scheme', '"DATA:text/html,x" uses the data: scheme, which content may not use'],
      [20, 1, 'link-unsafe-scheme', '"vbscript:msgbox(1)" uses the vbscript: scheme, which content may not use'],
      [24, 1, 'link-unsafe-scheme', '"VBScript:msgbox(2)" uses the vbscript: scheme, which content may not use'],
    ]);
  });

  it('content HTML: pages hold no expressions (comments aside); partials may only read props', async () => {
    const report = await runChecks({ root: fixture('content-html') });
    expect(rowsIn(report, 'content/faq/expressions.mdx')).toEqual([
      [14, 1, 'mdx-expression-unsupported', '{globalThis.process.exit(1)} is a JavaScript expression; pages cannot run code'],
      [16, 8, 'mdx-expression-unsupported', '{props.role} is a JavaScript expression; pages cannot run code'],
      [18, 1, 'mdx-expression-unsupported', "{<script dangerouslySetInnerHTML={{ __html: 'alert(1)' }} />} is a JavaScript expression; pages cannot run code"],
    ]);
    expect(rowsIn(report, 'content/guide/_shared/reads-props.mdx')).toEqual([]);
    expect(rowsIn(report, 'content/guide/_shared/runs-code.mdx')).toEqual([
      [1, 7, 'mdx-expression-unsupported', '{props.role.toUpperCase()} does more than read props; partials may only read them'],
      [1, 38, 'mdx-expression-unsupported', "{props['role']} does more than read props; partials may only read them"],
      [3, 1, 'mdx-expression-unsupported', "{props.role = 'admin'} does more than read props; partials may only read them"],
      [5, 1, 'mdx-expression-unsupported', "{require('node:fs').readFileSync('/etc/passwd', 'utf8')} does more than read props; partials may only read them"],
    ]);
    expect(report.issues.filter(traced).filter((i) => i.file.startsWith('content/guide/'))).toHaveLength(4);
  });

  it('encoding: bytes that are not UTF-8 and control characters, with file and line', async () => {
    const report = await runChecks({ root: fixture('encoding') });
    expect(report.issues.filter(traced).map((i) => [i.file, i.line, i.column, i.code, i.message])).toEqual([
      ['content/faq/control-characters.mdx', 12, 7, 'encoding-control-character', 'invisible control character U+0007'],
      ['content/faq/control-characters.mdx', 14, 10, 'encoding-control-character', 'invisible control character U+001B'],
      ['content/faq/control-characters.mdx', 16, 12, 'encoding-control-character', 'invisible control character U+0085'],
      ['content/faq/latin-1.mdx', 12, 15, 'encoding-invalid', 'byte 0xE9 is not valid UTF-8 (and on 1 more line); the file is probably saved as Latin-1 or Windows-1252'],
    ]);
  });

  it('YAML: each typo is one error, at the line of the typo, in frontmatter, nav, home and the registry', async () => {
    const report = await runChecks({ root: fixture('yaml-errors') });
    expect(report.issues.filter(traced).map((i) => [i.file, i.line, i.column, i.code, i.message])).toEqual([
      ['content/error-codes.yaml', 7, 12, 'api-registry-invalid', 'not valid YAML: Missing closing "quote'],
      ['content/faq/unclosed-list.mdx', 7, 11, 'frontmatter-yaml', 'frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ['content/faq/unclosed-quote.mdx', 4, 14, 'frontmatter-yaml', 'frontmatter is not valid YAML: Missing closing "quote'],
      ['content/home.yaml', 3, 5, 'home-unknown-page', 'content/home.yaml is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ['content/nav/user-guide.yaml', 10, 1, 'nav-invalid', '(file) is not valid YAML: A block sequence may not be used as an implicit map key'],
    ]);
    // What the broken nav file lists is not judged until it parses, and the report says so.
    expect(report.notChecked).toContain('content/nav/user-guide.yaml: the menu entries, URLs and links of what it lists (the file has errors)');
  });

  it('traceability: a page with no sources, or an empty list, is a warning, and the report counts them', async () => {
    const report = await runChecks({ root: fixture('sources') });
    expect(report.issues.map((issue) => [issue.file, issue.line, issue.column, issue.code, issue.severity, issue.message])).toEqual([
      ['content/faq/empty-sources.mdx', 8, 1, 'sources-missing', 'warn', 'the page lists no sources'],
      // No `sources` field at all: reported at the start of the frontmatter.
      ['content/faq/no-sources.mdx', 2, 1, 'sources-missing', 'warn', 'the page lists no sources'],
    ]);
    expect(report.errors).toBe(0);
    expect(report.withoutSources).toBe(2);
    expect(formatConsole(report)).toContain('traceability: 2 of 3 pages list no sources.');
  });

  it('headings: an h1 in the body, a skipped level, a repeated anchor (warning)', async () => {
    expect(await issues('headings')).toEqual([
      ['content/faq/headings.mdx', 10, 1, 'heading-h1'],
      ['content/faq/headings.mdx', 16, 1, 'heading-skip'],
      ['content/faq/headings.mdx', 18, 1, 'heading-duplicate-anchor'],
    ]);
  });

  it('placeholders: TBD, lorem, "coming soon" and a near-empty page, but not code', async () => {
    expect(await issues('placeholders')).toEqual([
      ['content/faq/stub.mdx', 1, 1, 'body-too-short'],
      ['content/faq/tbd.mdx', 14, 14, 'placeholder-text'],
      ['content/faq/tbd.mdx', 16, 1, 'placeholder-text'],
      ['content/faq/tbd.mdx', 18, 17, 'placeholder-text'],
    ]);
  });

  it('partials: checked for links and syntax like pages, but may not hold headings; imports must exist and be default imports of partials', async () => {
    expect(await issues('partials')).toEqual([
      ['content/guide/_shared/sign-in.mdx', 2, 41, 'link-unknown-page'],
      ['content/guide/_shared/sign-in.mdx', 4, 1, 'partial-heading'],
      ['content/guide/missing.mdx', 9, 1, 'mdx-import-missing'],
      ['content/guide/named-import.mdx', 9, 1, 'mdx-import-unsupported'],
    ]);
    // Partials are not pages: they are not counted, need no frontmatter and no nav entry.
    expect((await runChecks({ root: fixture('partials') })).pages).toBe(3);
  });

  it('API tables: constraints, duplicates, path parameters, examples, error codes and replacements', async () => {
    const report = await runChecks({ root: fixture('api-tables') });
    const file = 'content/api/broken.mdx';
    expect(report.issues.filter(traced).filter((i) => i.file === file).map((i) => [i.file, i.line, i.column, i.code, i.message])).toEqual([
      [file, 10, 1, 'api-path-params', 'path placeholder {other_id} has no row in the path-parameter table'],
      [file, 13, 14, 'api-replaced-by-invalid', 'replacedBy names "no-such-op", which is not an API operation page'],
      [file, 17, 9, 'api-path-params', 'path parameter "stray_id" does not appear as {stray_id} in the path'],
      [file, 22, 7, 'api-constraint-invalid', 'range [10, 1] of "count" runs high to low'],
      [file, 32, 7, 'api-constraint-invalid', 'enum value "one" of "kind" is not Integer'],
      [file, 46, 7, 'api-constraint-invalid', 'range is set on String "size"; ranges apply to numbers'],
      [file, 55, 13, 'api-duplicate-field', '"name" is declared twice at the same level'],
      [file, 60, 7, 'api-example-invalid', 'example request: "count" should be Integer but is a string'],
      [file, 61, 7, 'api-example-invalid', 'example request: "label" is 16 characters, longer than the maximum of 5'],
      [file, 62, 7, 'api-example-invalid', 'example request: "level" is 3, not one of 1, 2'],
      [file, 63, 7, 'api-example-invalid', 'example request: "percent" is 150, outside the range 0 to 100'],
      [file, 64, 7, 'api-example-invalid', 'example request: mandatory field "owner.name" is missing'],
      [file, 64, 16, 'api-example-invalid', 'example request: "owner.nickname" is not a declared field'],
      [file, 65, 7, 'api-example-invalid', 'example request: "extra" is not a declared field'],
      [file, 68, 24, 'api-error-code-unknown', 'CBC.9999 is not in the error-code registry'],
    ]);
    expect(report.issues.filter(traced).filter((i) => i.file === 'content/api/good.mdx')).toEqual([]);
  });

  it('API tables: links in field descriptions are checked like body links, at the description', async () => {
    const report = await runChecks({ root: fixture('api-tables') });
    expect(report.issues.filter(traced).filter((i) => i.file === 'content/api/linked.mdx').map((i) => [i.line, i.column, i.code, i.message])).toEqual([
      [21, 7, 'link-unknown-anchor', '"good-op" has no heading with the anchor "#no-such-heading"'],
      [21, 7, 'link-unknown-page', 'link to unknown page id "no-such-page"'],
    ]);
  });

  it('the real content has no errors', async () => {
    const report = await runChecks({ root: '.' });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('collect stage', () => {
  it('gives the same facts from worker threads as inline', async () => {
    const inline = await collectPages(fixture('links'), 1);
    const parallel = await collectPages(fixture('links'), 2, 0);
    expect(parallel).toEqual(inline);
  });

  it('computes heading anchors the way the build does', () => {
    const facts = analyzePage('x.mdx', 'faq', '---\nid: x\n---\n\n## Before You Start\n\n## `CBC.5004` Errors\n\n## Before You Start\n');
    expect(facts.headings.map((h) => h.slug)).toEqual(['before-you-start', 'cbc5004-errors', 'before-you-start-1']);
  });
});

describe('reporters', () => {
  it('prints issues grouped by file, one line each with its hint, then a summary', async () => {
    const report = await runChecks({ root: fixture('headings') });
    expect(formatConsole(report)).toBe(
      [
        'content/faq/headings.mdx',
        '  content/faq/headings.mdx:2:1  warn   sources-missing  the page lists no sources',
        '      hint: Add `sources:` with every public vendor page the facts come from, one URL per line.',
        '  content/faq/headings.mdx:10:1  error  heading-h1  "# A Second Title" is an h1; the page title is the only h1',
        '      hint: Start body headings at `##`.',
        '  content/faq/headings.mdx:16:1  error  heading-skip  h4 "Too Deep" follows an h2',
        '      hint: Use ### here, or add the missing level above it.',
        '  content/faq/headings.mdx:18:1  warn   heading-duplicate-anchor  "Overview" repeats the heading on line 14; its anchor becomes #overview-1',
        '      hint: Give each heading a distinct text so links to it are stable.',
        '',
        'not checked: external links: checked for form only (https, well-formed); they are not fetched, the checker has no network access',
        'not checked: URL permanence: content/published-urls.txt does not exist (create it with --accept-urls)',
        'traceability: 1 of 1 pages list no sources.',
        '1 pages checked: 2 errors, 2 warnings.',
      ].join('\n'),
    );
  });

  it('writes the typed report as JSON', async () => {
    const json = JSON.parse(formatJson(await runChecks({ root: fixture('headings') })));
    expect(json.errors).toBe(2);
    expect(json.warnings).toBe(2);
    expect(json.withoutSources).toBe(1);
    expect(json.issues[1]).toEqual({
      file: 'content/faq/headings.mdx',
      line: 10,
      column: 1,
      code: 'heading-h1',
      severity: 'error',
      message: '"# A Second Title" is an h1; the page title is the only h1',
      hint: 'Start body headings at `##`.',
    });
  });
});

describe('npm run check (CLI)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8' });

  it('exits 1 on errors and writes --json', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pd-check-')), 'report.json');
    const result = cli('--root', fixture('placeholders'), '--json', out);
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).errors).toBe(4);
  });

  it('exits 0 when there are only warnings', () => {
    const result = cli('--root', fixture('clean'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('4 pages checked: 0 errors, 0 warnings.');
  });

  it('--accept-urls records intended URL changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'pd-urls-'));
    cpSync(fixture('urls'), root, { recursive: true });
    const before = cli('--root', root);
    expect(before.stdout).toContain('url-removed');
    const accepted = cli('--root', root, '--accept-urls');
    expect(accepted.stdout).toContain('URL manifest rewritten: 1 added, 1 removed.');
    const manifest = readFileSync(join(root, 'content/published-urls.txt'), 'utf8');
    expect(manifest).toContain('/faq/renamed/\n');
    expect(manifest).not.toContain('/faq/deleted-page/');
    expect(cli('--root', root).stdout).not.toContain('url-removed');
    rmSync(root, { recursive: true, force: true });
  });
});

describe('documentation', () => {
  it('documents every diagnostic code with an example and the fix', () => {
    const doc = readFileSync('CONTRIBUTING.md', 'utf8');
    for (const code of Object.keys(CODES)) {
      const section = doc.split(/\n### /).find((part) => part.startsWith(`\`${code}\``));
      expect(section, `CONTRIBUTING.md has a "### \`${code}\`" section`).toBeDefined();
      expect(section, code).toMatch(/Example/);
      expect(section, code).toMatch(/Fix/);
    }
  });
});
