/** External links never get access to `window.opener`: `rel="noopener"` on every http(s) link. */
import type { HastPluginDefinition } from 'satteri';

export const externalLinksPlugin: HastPluginDefinition = {
  name: 'partner-docs-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      const rel: unknown = node.properties?.rel;
      const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
      if (!values.includes('noopener')) ctx.setProperty(node, 'rel', [...values, 'noopener']);
    },
  },
};
