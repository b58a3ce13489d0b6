import { describe, expect, it } from 'vitest';
import { inlineLinks, parseInline, toCommonMark } from '../../src/lib/inline-markup.ts';

describe('inline markup in frontmatter text', () => {
  it('splits text, code and links', () => {
    expect(parseInline('Set `xaccount_type`; see [How to get it](id:api-xaccounttype-value#steps).')).toEqual([
      { kind: 'text', text: 'Set ' },
      { kind: 'code', text: 'xaccount_type' },
      { kind: 'text', text: '; see ' },
      { kind: 'link', text: 'How to get it', href: 'id:api-xaccounttype-value#steps' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves brackets that are not links as text', () => {
    expect(parseInline('Range [1, 100] (inclusive)')).toEqual([{ kind: 'text', text: 'Range [1, 100] (inclusive)' }]);
  });

  it('lists link targets and rewrites them for CommonMark', () => {
    const text = 'See [A](id:a) and [B](https://example.com/b), or `c`.';
    expect(inlineLinks(text)).toEqual(['id:a', 'https://example.com/b']);
    expect(toCommonMark(text, (href) => href.replace('id:', '/api/'))).toBe('See [A](/api/a) and [B](https://example.com/b), or `c`.');
  });
});
