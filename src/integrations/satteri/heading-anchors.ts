/**
 * Heading ids and anchor links. Every heading gets the id Astro would give it
 * (github-slugger over its text, per document); every h2–h4 is wrapped with a
 * sibling anchor link that shows on hover and focus, and the client script
 * copies the section URL when it is clicked. The markup matches
 * `AnchoredHeading.astro`, used for generated headings.
 *
 * The link is labelled with aria-label rather than screen-reader-only text, so
 * the label never leaks into search excerpts (withastro/starlight#3676).
 * Ids are set here, before Astro's own heading-id plugin runs (where it runs),
 * which keeps an existing id as it is. When the document's data bag has a
 * `headings` list, each heading is added to it for the table of contents.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

const ANCHORED = new Set(['h2', 'h3', 'h4']);

export function headingAnchorsPlugin(): HastPluginEntry {
  // A factory: called once per compiled document, so each document has its own slugger.
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'partner-docs-heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          const headings = (ctx.data as { headings?: { depth: number; slug: string; text: string }[] }).headings;
          headings?.push({ depth: Number(node.tagName[1]), slug: id, text });
          if (!ANCHORED.has(node.tagName)) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['anchor-link'], ariaLabel: `Link to section: ${text.trim()}`, dataPagefindIgnore: '', href: `#${id}` },
                children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['anchor-icon'] }, children: [{ type: 'text', value: '#' }] }],
              },
            ],
          });
        },
      },
    };
  };
}
