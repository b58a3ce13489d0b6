/** The MDX body: parses; one h1 (the title) and no skipped levels; unique anchors; no placeholders; not near-empty. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GLOBAL_MDX_COMPONENTS } from '../../mdx-components.ts';
import type { Check } from '../context.ts';

/** Fewer words than this on a guide or FAQ page is a stub, not an answer. */
export const MIN_WORDS = 40;

export const checkBody: Check = (site, report) => {
  for (const page of site.pages) {
    if (page.mdxError) {
      report('mdx-syntax', page.file, page.mdxError, page.mdxError.message, 'Literal `{`, `}` and `<` in text must be escaped (`\\{`, `&lt;`) or put in backticks; close every JSX tag.');
      continue;
    }
    for (const statement of page.unsupportedImports) {
      report('mdx-import-unsupported', page.file, statement, `\`${statement.text}\` is not a default import of an .mdx partial`, 'Pages may only import shared partials: `import Name from \'./_shared/file.mdx\';`. Components such as Callout are available without an import.');
    }
    for (const imported of page.importSources) {
      if (!imported.source.startsWith('.')) continue;
      if (!existsSync(join(site.root, dirname(page.file), imported.source))) {
        report('mdx-import-missing', page.file, imported, `import "${imported.source}" does not exist`, 'Check the path relative to this file; shared partials live in a `_shared/` folder.');
      }
    }
    if (page.kind === 'partial') {
      for (const heading of page.headings) {
        report('partial-heading', page.file, heading, `partial has a heading "${heading.text}"`, 'Keep headings in the pages that import the partial, so they appear in "On this page" with stable anchors.');
      }
    }
    let previous = 1; // the title is the page's h1
    const seen = new Map<string, number>();
    for (const heading of page.kind === 'page' ? page.headings : []) {
      if (heading.depth === 1) {
        report('heading-h1', page.file, heading, `"# ${heading.text}" is an h1; the page title is the only h1`, 'Start body headings at `##`.');
      } else if (heading.depth > previous + 1) {
        report('heading-skip', page.file, heading, `h${heading.depth} "${heading.text}" follows an h${previous}`, `Use ${'#'.repeat(previous + 1)} here, or add the missing level above it.`);
      }
      previous = heading.depth;
      const base = heading.text.toLowerCase();
      const first = seen.get(base);
      if (first !== undefined) {
        report('heading-duplicate-anchor', page.file, heading, `"${heading.text}" repeats the heading on line ${first}; its anchor becomes #${heading.slug}`, 'Give each heading a distinct text so links to it are stable.');
      } else {
        seen.set(base, heading.line);
      }
    }
    const known = new Set<string>([...GLOBAL_MDX_COMPONENTS, ...page.imports]);
    for (const component of page.components) {
      if (!known.has(component.name)) {
        report('mdx-unknown-component', page.file, component, `<${component.name}> is not a known component`, `Use one of ${GLOBAL_MDX_COMPONENTS.join(', ')}, or import it at the top of the page.`);
      }
    }
    for (const placeholder of page.placeholders) {
      report('placeholder-text', page.file, placeholder, `placeholder text "${placeholder.text}"`, 'Write the content, or leave the page (or section) out until it can be written.');
    }
    if (page.kind === 'page' && (page.collection === 'guide' || page.collection === 'faq') && page.words < MIN_WORDS) {
      report('body-too-short', page.file, { line: 1, column: 1 }, `the body has ${page.words} words (minimum ${MIN_WORDS})`, 'Answer the question fully, or merge this page into a related one.');
    }
  }
};
