/**
 * Defence in depth behind the content checker: the renderer drops what
 * `src/lib/content-html.ts` refuses, so script cannot reach a page even where
 * no checker ran (`npm run dev`) or if a check is ever missed. Disallowed
 * elements go with their content; disallowed attributes and URLs with a
 * script-capable scheme are removed; `{…}` expressions that do more than read
 * props are dropped before they can run.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { expressionProblem, jsxElementProblems, unsafeScheme, URL_ATTRIBUTES, type JsxAttribute } from '../../lib/content-html.ts';

interface JsxNode {
  name: string | null;
  attributes: JsxAttribute[];
}

function sanitizeJsx(node: Readonly<JsxNode>, ctx: HastVisitorContext): void {
  const problems = jsxElementProblems(node.name, node.attributes);
  if (problems.some((problem) => problem.code === 'html-element-disallowed')) {
    ctx.removeNode(node as never);
    return;
  }
  const kept = node.attributes.filter((attribute) => {
    if (jsxElementProblems(node.name, [attribute]).length > 0) return false;
    return !(attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && typeof attribute.value === 'string' && unsafeScheme(attribute.value));
  });
  if (kept.length !== node.attributes.length) ctx.replaceNode(node as never, { ...node, attributes: kept } as never);
}

function dropCode(node: Readonly<{ value: string }>, ctx: HastVisitorContext): void {
  // Partials may read props; at render time a page and a partial look alike, so the partial rule is the bound.
  if (expressionProblem(node.value, 'partial')) ctx.removeNode(node as never);
}

export const contentHtmlPlugin: HastPluginDefinition = {
  name: 'partner-docs-content-html',
  mdxJsxFlowElement: { filter: [], visit: sanitizeJsx },
  mdxJsxTextElement: { filter: [], visit: sanitizeJsx },
  mdxFlowExpression: dropCode,
  mdxTextExpression: dropCode,
  // Markdown links and images (`[x](javascript:…)`) become elements, not JSX.
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      for (const key of ['href', 'src']) {
        const value = node.properties?.[key];
        if (typeof value === 'string' && unsafeScheme(value)) ctx.setProperty(node, key, undefined);
      }
    },
  },
};
