import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GLOBAL_MDX_COMPONENTS } from '../../src/lib/mdx-components.ts';

it('passes exactly the global MDX components the checker allows', () => {
  // The map imports .astro files, so read its keys from the source rather than importing it.
  const source = readFileSync('src/components/mdx-components.ts', 'utf8');
  const keys = /export const mdxComponents = \{([^}]*)\}/.exec(source)![1]!.split(',').map((key) => key.trim()).filter(Boolean);
  expect(keys.sort()).toEqual([...GLOBAL_MDX_COMPONENTS].sort());
});
