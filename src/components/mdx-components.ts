/** The components passed to every MDX page (names listed in `src/lib/mdx-components.ts`). */
import ErrorCodeRegistry from './api/ErrorCodeRegistry.astro';
import Callout from './Callout.astro';

export const mdxComponents = { Callout, ErrorCodeRegistry };
