/**
 * Makes every `<pre>` in MDX reachable by keyboard (`tabindex="0"`): code
 * blocks scroll sideways, and a scrolling region must take focus (axe rule
 * scrollable-region-focusable). Code blocks stay out of the search index.
 */
import type { HastPluginDefinition } from 'satteri';

export const focusableCodePlugin: HastPluginDefinition = {
  name: 'partner-docs-focusable-code',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
      // Code is for copying, not for finding: kept out of the search index and its excerpts.
      ctx.setProperty(node, 'dataPagefindIgnore', 'all');
    },
  },
};
