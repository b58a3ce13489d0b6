import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bindProps, splicePartials } from '../../src/lib/mdx/splice-partials.ts';

const OPEN = "1. Sign in with your {props.role === 'reseller' ? 'reseller' : 'partner'} account.\n2. Open **Partner Center**.\n3. Choose **Customer Management**.\n";
const STEPS = '4. Find the customer.\n5. Check the account.\n   - If it passes, confirm.\n   - If it fails, fix it.\n6. Click **OK**.\n';
const CRITERIA = 'To find the customer, search by name or ID.\n';
const MASKED = 'Some columns mask their values, for example **{props.example}**.\n';
const partials = new Map([
  ['Open', OPEN],
  ['Steps', STEPS],
  ['Criteria', CRITERIA],
  ['Masked', MASKED],
  ['Nested', "import Other from './other.mdx';\n\n<Other />\n"],
]);
const splice = (page: string) => splicePartials(page, partials);
/** The ordered lists Markdown makes of an (expression-free) source: their numbers of steps. */
const olSizes = (md: string) =>
  [...markdownToHtml(md).html.matchAll(/<ol[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => (m[1]!.replace(/<ul>[\s\S]*?<\/ul>/g, '').match(/<li>/g) ?? []).length);

describe('splicing partials into a page', () => {
  it('joins steps that two partials share into one tight numbered list', () => {
    const out = splice('## Procedure\n\n<Open role="reseller" />\n\n<Steps />\n\nThe request is sent.\n');
    expect(out).toBe(
      [
        '## Procedure',
        '',
        `1. Sign in with your {((props) => (props.role === 'reseller' ? 'reseller' : 'partner'))({"role":"reseller"})} account.`,
        '2. Open **Partner Center**.',
        '3. Choose **Customer Management**.',
        '4. Find the customer.',
        '5. Check the account.',
        '   - If it passes, confirm.',
        '   - If it fails, fix it.',
        '6. Click **OK**.',
        '',
        'The request is sent.',
        '',
      ].join('\n'),
    );
    expect(olSizes(out.replace(/\{.*?\}\)\}/g, 'x'))).toEqual([6]);
  });

  it('continues a list the page itself goes on with after a partial', () => {
    const out = splice('<Open />\n\n4. Page step.\n5. Another.\n');
    expect(out.split('\n').slice(2, 5)).toEqual(['3. Choose **Customer Management**.', '4. Page step.', '5. Another.']);
  });

  it('makes a one-paragraph partial between two runs of a list a paragraph of the step before it', () => {
    const out = splice('<Open />\n\n<Criteria />\n\n<Steps />\n');
    expect(out.split('\n').slice(2, 7)).toEqual(['3. Choose **Customer Management**.', '', '   To find the customer, search by name or ID.', '', '4. Find the customer.']);
    expect(olSizes(out.replace(/\{.*?\}\)\}/g, 'x'))).toEqual([6]);
  });

  it('does the same for several passages in a row', () => {
    const out = splice('<Open />\n\n<Criteria />\n\n<Masked example="Name" />\n\n<Steps />\n');
    expect(out.split('\n').slice(4, 9)).toEqual(['   To find the customer, search by name or ID.', '', '   Some columns mask their values, for example **{((props) => (props.example))({"example":"Name"})}**.', '', '4. Find the customer.']);
    expect(olSizes(out.replace(/\{.*?\}\)\}/g, 'x'))).toEqual([6]);
  });

  it('splices a one-paragraph partial that is a whole list item, so the list stays tight', () => {
    const out = splice('- <Masked example="Email" />\n- Another note.\n');
    expect(out).toBe('- Some columns mask their values, for example **{((props) => (props.example))({"example":"Email"})}**.\n- Another note.\n');
  });

  it('keeps separate lists apart when a page paragraph or a heading stands between them', () => {
    const out = splice('<Open />\n\nA page paragraph.\n\n<Steps />\n');
    expect(out).toContain('3. Choose **Customer Management**.\n\nA page paragraph.\n\n4. Find the customer.');
    expect(olSizes(out.replace(/\{.*?\}\)\}/g, 'x'))).toEqual([3, 3]);
  });

  it('indents a partial used inside a list item', () => {
    expect(splice('1. Step one.\n\n   <Criteria />\n2. Step two.\n')).toBe('1. Step one.\n\n   To find the customer, search by name or ID.\n2. Step two.\n');
  });

  it('leaves a use as a component when it is mid-sentence or the partial imports another', () => {
    expect(splice('Text <Masked example="x" /> more.\n')).toBe('Text <Masked example="x" /> more.\n');
    expect(splice('<Nested />\n')).toBe('<Nested />\n');
    expect(splice('<Unknown />\n')).toBe('<Unknown />\n');
  });
});

describe('binding a partial to its props', () => {
  it('binds text and flow expressions, leaves code and empty comments alone', () => {
    expect(bindProps('A {props.a} and `{props.b}`.\n\n{/* note */}\n', { a: '1' })).toBe('A {((props) => (props.a))({"a":"1"})} and `{props.b}`.\n\n{/* note */}\n');
  });

  it('refuses a partial whose props it cannot bind (JSX attribute expressions, imports)', () => {
    expect(bindProps('<Callout type={props.kind}>Text</Callout>\n', {})).toBeUndefined();
    expect(bindProps("import X from './x.mdx';\n\n<X />\n", {})).toBeUndefined();
  });
});
