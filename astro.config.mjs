// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { onBundlerWarning } from './src/integrations/known-warnings.ts';
import { markdownProcessor } from './src/integrations/markdown.ts';

// Kept thin on purpose: plugins and integrations live in src/integrations/.
export default defineConfig({
  // Absolute origin for canonical links; set SITE_URL when deploying.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Project-local cache: copies of the project that link node_modules (tests, benchmarks) must not share it.
  cacheDir: './.cache/astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownProcessor(), syntaxHighlight: 'prism' },
  integrations: [mdx()],
  // One stylesheet for the whole site: cached once by the CDN, no per-page CSS chunks.
  // Scripts stay external files (cacheable, and a strict CSP needs no hashes for them).
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0, rolldownOptions: { onwarn: onBundlerWarning } } },
  devToolbar: { enabled: false },
});
