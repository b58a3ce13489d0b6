/**
 * Content collections over `content/`. Entry ids are the frontmatter `id`, not
 * the file path, so a page keeps its identity when its file moves.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageLoader } from './integrations/page-loader.ts';
import { homeSchema } from './schemas/home.ts';
import { pageSchemas } from './schemas/index.ts';
import { navPartSchema } from './schemas/nav.ts';


export const collections = {
  // Pages: every `.mdx` except partials (files or folders starting with `_`), rendered at build by `src/lib/mdx/render.ts`.
  // Written out per collection so each keeps its own schema's type.
  guide: defineCollection({ loader: pageLoader('guide'), schema: pageSchemas.guide }),
  faq: defineCollection({ loader: pageLoader('faq'), schema: pageSchemas.faq }),
  api: defineCollection({ loader: pageLoader('api'), schema: pageSchemas.api }),
  nav: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/nav' }),
    schema: navPartSchema,
  }),
  home: defineCollection({
    loader: glob({ pattern: 'home.yaml', base: './content' }),
    schema: homeSchema,
  }),
};
