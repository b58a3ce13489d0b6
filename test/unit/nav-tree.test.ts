import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildNavTree, pathIds, type PageSummary, type PartInput } from '../../src/lib/nav-tree.ts';

const page = (id: string, collection = 'guide'): [string, PageSummary] => [id, { id, title: `Title of ${id}`, description: `About ${id}.`, collection }];

const pages = new Map<string, PageSummary>([page('intro'), page('budgets'), page('freeze'), page('q1', 'faq'), page('q2', 'faq')]);

const parts: PartInput[] = [
  { id: 'faq', title: 'FAQs', description: 'Answers.', order: 2, items: [{ id: 'coupons', title: 'Coupons', items: ['q1', 'q2'] }] },
  {
    id: 'user-guide',
    title: 'User Guide',
    description: 'Guides.',
    order: 1,
    items: ['intro', { id: 'customers', title: 'Customers', description: 'Customer work.', items: ['budgets', 'freeze'] }],
  },
];

describe('buildNavTree', () => {
  const tree = buildNavTree(parts, pages);

  it('orders parts by their order field, not file order', () => {
    expect(tree.parts.map((part) => part.id)).toEqual(['user-guide', 'faq']);
  });

  it('keeps items in nav order and takes page titles from the pages', () => {
    const guide = tree.byId.get('user-guide')!;
    expect(guide.children.map((child) => child.id)).toEqual(['intro', 'customers']);
    expect(tree.byId.get('customers')!.children.map((child) => child.title)).toEqual(['Title of budgets', 'Title of freeze']);
  });

  it('derives URLs from part and id only', () => {
    expect(tree.byId.get('user-guide')!.url).toBe('/user-guide/');
    expect(tree.byId.get('customers')!.url).toBe('/user-guide/customers/');
    expect(tree.byId.get('freeze')!.url).toBe('/user-guide/freeze/');
    expect(tree.byId.get('q2')!.url).toBe('/faq/q2/');
  });

  it('links reading order within a part, folders included', () => {
    const order: string[] = [];
    for (let node = tree.byId.get('intro'); node; node = node.next) order.push(node.id);
    expect(order).toEqual(['intro', 'customers', 'budgets', 'freeze']);
    expect(tree.byId.get('intro')!.prev).toBeUndefined();
    expect(tree.byId.get('coupons')!.prev).toBeUndefined();
  });

  it('counts pages below each node and records depth', () => {
    expect(tree.byId.get('user-guide')!.pageCount).toBe(3);
    expect(tree.byId.get('customers')!.pageCount).toBe(2);
    expect(tree.byId.get('budgets')!.depth).toBe(2);
  });

  it('gives the current path and ancestors without touching the rest of the tree', () => {
    const freeze = tree.byId.get('freeze')!;
    expect(ancestorsOf(freeze).map((node) => node.id)).toEqual(['user-guide', 'customers']);
    expect([...pathIds(freeze)]).toEqual(['freeze', 'customers', 'user-guide']);
    expect(pathIds(undefined).size).toBe(0);
  });

  it('reports no problems for a consistent site', () => {
    expect(tree.problems).toEqual([]);
  });
});

describe('buildNavTree problems', () => {
  it('reports unknown ids, pages listed twice and pages never listed', () => {
    const tree = buildNavTree(
      [{ id: 'user-guide', title: 'User Guide', description: 'Guides.', order: 1, file: 'content/nav/user-guide.yaml', items: ['intro', 'ghost', 'intro', 'budgets'] }],
      new Map([page('intro'), page('budgets'), page('orphan')]),
    );
    expect(tree.problems).toEqual([
      { code: 'nav-unknown-page', id: 'ghost', file: 'content/nav/user-guide.yaml', message: 'the navigation lists "ghost", but no page has that id' },
      { code: 'nav-duplicate-entry', id: 'intro', file: 'content/nav/user-guide.yaml', message: 'page "intro" is listed more than once in the navigation' },
      { code: 'nav-missing-page', id: 'orphan', file: undefined, message: 'page "orphan" is not listed in any navigation file' },
    ]);
    // The duplicate is left out rather than rendered twice.
    expect(tree.byId.get('user-guide')!.children.map((child) => child.id)).toEqual(['intro', 'budgets']);
  });

  it('reports a folder that reuses a page id', () => {
    const tree = buildNavTree(
      [{ id: 'user-guide', title: 'User Guide', description: 'Guides.', order: 1, items: [{ id: 'intro', title: 'Intro folder', items: ['budgets'] }] }],
      new Map([page('intro'), page('budgets')]),
    );
    expect(tree.problems.map((problem) => problem.code)).toEqual(['duplicate-id']);
  });
});
