/**
 * Makes every `<pre>` in MDX reachable by keyboard (`tabindex="0"`): code
 * blocks scroll sideways, and a scrolling region must take focus (axe rule
 * scrollable-region-focusable).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
    });
  };
}
