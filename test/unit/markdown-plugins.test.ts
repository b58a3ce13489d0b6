/**
 * The MDX pipeline's own plugins, run through Sätteri as the build runs them:
 * id links, heading ids and anchors, external links and focusable code.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinksPlugin } from '../../src/integrations/satteri/external-links.ts';
import { focusableCodePlugin } from '../../src/integrations/satteri/focusable-code.ts';
import { headingAnchorsPlugin } from '../../src/integrations/satteri/heading-anchors.ts';
import { idLinksPlugin } from '../../src/integrations/satteri/id-links.ts';
import { markdownOptions } from '../../src/integrations/markdown.ts';
import { parseIdLink } from '../../src/lib/urls.ts';

const urls: Record<string, string> = { 'csp-setting-monthly-budgets': '/user-guide/csp-setting-monthly-budgets/' };
const idLinks = idLinksPlugin({ resolve: (id) => urls[id] });
const html = (markdown: string) =>
  (markdownToHtml(markdown, { mdastPlugins: [idLinks], hastPlugins: [headingAnchorsPlugin(), externalLinksPlugin, focusableCodePlugin] }) as MarkdownToHtmlResult).html;
const mdx = (source: string) => (mdxToJs(source, { mdastPlugins: [idLinks], fileURL: pathToFileURL('/site/content/faq/x.mdx') }) as MdxToJsResult).code;

describe('id: links', () => {
  it('parses the id and the optional anchor', () => {
    expect(parseIdLink('id:a-page#procedure')).toEqual({ id: 'a-page', anchor: 'procedure' });
    expect(parseIdLink('id:a-page')).toEqual({ id: 'a-page' });
    expect(parseIdLink('/faq/')).toBeUndefined();
  });

  it('rewrites inline and reference links to page URLs, keeping anchors', () => {
    const out = html('[Budgets](id:csp-setting-monthly-budgets#procedure) and [ref][b]\n\n[b]: id:csp-setting-monthly-budgets\n');
    expect(out).toContain('<a href="/user-guide/csp-setting-monthly-budgets/#procedure">Budgets</a>');
    expect(out).toContain('<a href="/user-guide/csp-setting-monthly-budgets/">ref</a>');
  });

  it('rewrites JSX anchors in MDX, flow and inline, keeping their content', () => {
    const code = mdx('<a href="id:csp-setting-monthly-budgets">Flow</a>\n\nSee <a href="id:csp-setting-monthly-budgets#procedure">inline</a>.\n');
    expect(code).toContain('href: "/user-guide/csp-setting-monthly-budgets/"');
    expect(code).toContain('href: "/user-guide/csp-setting-monthly-budgets/#procedure"');
    expect(code).toContain('"Flow"');
    expect(code).toContain('"inline"');
    expect(code).not.toContain('id:csp');
  });

  it('leaves other links alone', () => {
    expect(html('[y](#here) and [z](/faq/)\n')).toBe('<p><a href="#here">y</a> and <a href="/faq/">z</a></p>\n');
  });

  it('fails the build with the file and position of an unknown id', () => {
    expect(() => mdx('Text\n\nSee [it](id:no-such-page).\n')).toThrow('/site/content/faq/x.mdx:3:5: link to unknown page id "no-such-page"');
  });
});

describe('headings', () => {
  it('gives every heading a slug id and wraps h2–h4 with an anchor link', () => {
    expect(html('## Before You Start\n\n#### Step 1: sign in\n\n##### Deep\n')).toBe(
      [
        '<div class="heading-wrapper level-h2"><h2 id="before-you-start">Before You Start</h2><a class="anchor-link" aria-label="Link to section: Before You Start" data-pagefind-ignore="" href="#before-you-start"><span aria-hidden="true" class="anchor-icon">#</span></a></div>',
        '<div class="heading-wrapper level-h4"><h4 id="step-1-sign-in">Step 1: sign in</h4><a class="anchor-link" aria-label="Link to section: Step 1: sign in" data-pagefind-ignore="" href="#step-1-sign-in"><span aria-hidden="true" class="anchor-icon">#</span></a></div>',
        '<h5 id="deep">Deep</h5>',
      ].join('\n') + '\n',
    );
  });

  it('numbers repeated headings the way the checker does (github-slugger)', () => {
    expect(html('## Notes\n\n## Notes\n').match(/id="[^"]+"/g)).toEqual(['id="notes"', 'id="notes-1"']);
  });
});

describe('links and code', () => {
  it('adds rel="noopener" to external links only', () => {
    expect(html('[a](https://support.huaweicloud.com/) [b](/faq/)\n')).toBe('<p><a href="https://support.huaweicloud.com/" rel="noopener">a</a> <a href="/faq/">b</a></p>\n');
  });

  it('makes code blocks focusable and keeps them out of the search index', () => {
    // Focusable (a scrolling region must be), and kept out of the search index and its excerpts.
    expect(html('```\ncode\n```\n')).toContain('<pre tabindex="0" data-pagefind-ignore="all">');
  });
});

describe('content HTML rule at render time (defence in depth behind the checker)', () => {
  const { hastPlugins } = markdownOptions(() => undefined);
  const compiled = (source: string) => (mdxToJs(source, { hastPlugins, fileURL: pathToFileURL('/site/content/faq/x.mdx') }) as MdxToJsResult).code;

  it('drops disallowed elements with their content, whatever their case', () => {
    const code = compiled('Text <script>alert(1)</script> and <sCrIpT>alert(2)</sCrIpT>.\n\n<iframe src="https://example.com/" />\n\n<strong>kept</strong>\n');
    expect(code).not.toMatch(/script|iframe|alert/i);
    expect(code).toContain('"kept"');
  });

  it('removes event handlers, style, spreads and script URLs, keeping the element', () => {
    const code = compiled('<img src="/favicon.svg" alt="Logo" onload="alert(3)" style="x" {...props} />\n\n<a href=" Java&#x09;Script:alert(4)">a</a> [b](javascript:alert(5)) ![c](data:image/svg+xml,x) [d](/faq/)\n');
    expect(code).not.toMatch(/onload|style|alert|javascript|data:/i);
    expect(code).toContain('src: "/favicon.svg"');
    expect(code).toContain('href: "/faq/"');
  });

  it('drops {…} code that does more than read props, and keeps what reads them', () => {
    const code = compiled("{globalThis.process.exit(1)} {props.role === 'reseller' ? 'reseller' : 'partner'}\n");
    expect(code).not.toContain('process.exit');
    expect(code).toContain('props.role === "reseller"');
  });
});
