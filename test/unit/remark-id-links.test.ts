import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkIdLinks } from '../../src/integrations/remark-id-links.ts';
import { parseIdLink } from '../../src/lib/urls.ts';

const urls: Record<string, string> = { 'csp-setting-monthly-budgets': '/user-guide/csp-setting-monthly-budgets/' };
const run = (markdown: string) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkIdLinks, { resolve: (id: string) => urls[id] })
    .use(remarkStringify)
    .processSync(new VFile({ path: 'content/faq/x.mdx', value: markdown }))
    .toString();

describe('id: links', () => {
  it('parses the id and the optional anchor', () => {
    expect(parseIdLink('id:a-page#procedure')).toEqual({ id: 'a-page', anchor: 'procedure' });
    expect(parseIdLink('id:a-page')).toEqual({ id: 'a-page' });
    expect(parseIdLink('/faq/')).toBeUndefined();
  });

  it('rewrites inline, reference and JSX links to page URLs, keeping anchors', () => {
    const out = run(
      ['[Budgets](id:csp-setting-monthly-budgets#procedure)', '', '[ref][b]', '', '[b]: id:csp-setting-monthly-budgets', '', '<a href="id:csp-setting-monthly-budgets">JSX</a>', ''].join('\n'),
    );
    expect(out).toContain('[Budgets](/user-guide/csp-setting-monthly-budgets/#procedure)');
    expect(out).toContain('[b]: /user-guide/csp-setting-monthly-budgets/');
    expect(out).toContain('<a href="/user-guide/csp-setting-monthly-budgets/">JSX</a>');
  });

  it('leaves other links alone', () => {
    expect(run('[x](https://support.huaweicloud.com/) and [y](#here)\n')).toBe('[x](https://support.huaweicloud.com/) and [y](#here)\n');
  });

  it('fails the build with the file and position of an unknown id', () => {
    expect(() => run('Text\n\nSee [it](id:no-such-page).\n')).toThrowError(/Link to unknown page id "no-such-page"/);
    try {
      run('Text\n\nSee [it](id:no-such-page).\n');
    } catch (error) {
      expect(error).toMatchObject({ file: 'content/faq/x.mdx', line: 3, column: 5 });
    }
  });
});
