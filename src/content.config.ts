/**
 * Content collections over `content/`. Entry ids are the frontmatter `id`, not
 * the file path, so a page keeps its identity when its file moves.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageLoader } from './integrations/page-loader.ts';
import { homeSchema } from './schemas/home.ts';
import { pageSchemas, type CollectionName } from './schemas/index.ts';
import { navPartSchema } from './schemas/nav.ts';

/** Pages: every `.mdx` except partials (files or folders starting with `_`), rendered at build by `src/lib/mdx/render.ts`. */
function pages(name: CollectionName) {
  return defineCollection({ loader: pageLoader(name), schema: pageSchemas[name] });
}

export const collections = {
  guide: pages('guide'),
  faq: pages('faq'),
  api: pages('api'),
  nav: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/nav' }),
    schema: navPartSchema,
  }),
  home: defineCollection({
    loader: glob({ pattern: 'home.yaml', base: './content' }),
    schema: homeSchema,
  }),
};
