/**
 * What HTML and JavaScript a content file may hold. MDX reads raw HTML as JSX
 * and `{…}` as JavaScript that runs while the site is built, so without a rule
 * a page could ship script (`<script>`, `onload=`, `javascript:` links), embed
 * other sites or forms, or rewrite the page head. This module is the one
 * definition of the rule: the content checker reports what breaks it (the
 * gate), and the MDX renderer drops the same things (defence in depth, also on
 * the dev server, which runs no checker).
 *
 * It is an allowlist: an element or attribute not listed here is refused, so
 * a new HTML feature is off until someone decides it is safe.
 */
import { parseExpressionAt, tokenizer, type Expression, type Node as AcornNode } from 'acorn';

/** Attributes every allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'] as const;

/**
 * Lower-case HTML elements content may use, with the attributes each allows on
 * top of the global ones. Text-level markup, lists, tables and images: what a
 * help page needs that Markdown does not cover. Headings are left out: write
 * `##` so the heading gets its anchor and its place in "On this page".
 */
export const ALLOWED_ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['a', ['href', 'hreflang']],
  ['abbr', []],
  ['b', []],
  ['bdi', []],
  ['bdo', []],
  ['blockquote', ['cite']],
  ['br', []],
  ['caption', []],
  ['cite', []],
  ['code', []],
  ['col', ['span']],
  ['colgroup', ['span']],
  ['data', ['value']],
  ['dd', []],
  ['del', ['cite', 'datetime']],
  ['details', ['open']],
  ['dfn', []],
  ['div', []],
  ['dl', []],
  ['dt', []],
  ['em', []],
  ['figcaption', []],
  ['figure', []],
  ['hr', []],
  ['i', []],
  ['img', ['src', 'alt', 'width', 'height', 'loading', 'decoding']],
  ['ins', ['cite', 'datetime']],
  ['kbd', []],
  ['li', ['value']],
  ['mark', []],
  ['ol', ['start', 'reversed', 'type']],
  ['p', []],
  ['pre', []],
  ['q', ['cite']],
  ['rp', []],
  ['rt', []],
  ['ruby', []],
  ['s', []],
  ['samp', []],
  ['small', []],
  ['span', []],
  ['strong', []],
  ['sub', []],
  ['summary', []],
  ['sup', []],
  ['table', []],
  ['tbody', []],
  ['td', ['colspan', 'rowspan', 'headers']],
  ['tfoot', []],
  ['th', ['colspan', 'rowspan', 'headers', 'scope', 'abbr']],
  ['thead', []],
  ['time', ['datetime']],
  ['tr', []],
  ['u', []],
  ['ul', []],
  ['var', []],
  ['wbr', []],
]);

/** Attributes that hold a URL, checked for script-capable schemes. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** Schemes that run script or smuggle a document when followed or loaded. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/** Why some elements are refused, in the author's terms (the hint of `html-element-disallowed`). */
const ELEMENT_HINTS: Record<string, string> = {
  script: 'Pages cannot run script. Describe the behaviour in text, or ask for a site component.',
  noscript: 'Pages cannot run script, so they need no fallback for it.',
  style: 'Styles come from the site stylesheet (src/styles/); ask for a component if a page needs a new look.',
  link: 'Styles and fonts come from the site itself.',
  iframe: 'Link to the page instead of embedding it: `[title](https://…)`.',
  frame: 'Link to the page instead of embedding it: `[title](https://…)`.',
  object: 'Link to the file instead of embedding it.',
  embed: 'Link to the file instead of embedding it.',
  form: 'Pages hold no forms. Tell readers where the console form is (`choose **Sales > Customers**`).',
  input: 'Pages hold no forms. Tell readers where the console form is (`choose **Sales > Customers**`).',
  button: 'Pages hold no controls. Name the console button in bold instead.',
  meta: 'The page head is written by the site layout, from the frontmatter.',
  base: 'The page head is written by the site layout, from the frontmatter.',
  title: 'The page title comes from `title` in the frontmatter.',
};

/** One breach of the rule, positioned by the caller. */
export interface HtmlProblem {
  code: 'html-element-disallowed' | 'html-attribute-disallowed';
  message: string;
  hint: string;
}

/** A JSX attribute as MDX parsers give it: `name="value"`, `name={expression}`, or a `{...spread}`. */
export type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** Whether a JSX name is a component (capitalised or a member like `Tabs.Item`), not an HTML element. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/**
 * Problems with one JSX element written in content. HTML element names and
 * attribute names are compared in lower case: browsers do, so `<sCrIpT>` and
 * `ONLOAD` are what they look like.
 */
export function jsxElementProblems(name: string | null | undefined, attributes: readonly JsxAttribute[]): HtmlProblem[] {
  if (!name) return []; // a fragment `<>…</>`: no element of its own
  const component = isComponentName(name);
  const allowed = component ? undefined : ALLOWED_ELEMENTS.get(name.toLowerCase());
  const tag = `<${name}>`;
  if (!component && !allowed) {
    const hint = ELEMENT_HINTS[name.toLowerCase()] ?? 'Use Markdown, or one of the HTML elements CONTRIBUTING.md lists as allowed.';
    return [{ code: 'html-element-disallowed', message: `${tag} is not allowed in content`, hint }];
  }
  const problems: HtmlProblem[] = [];
  for (const attribute of attributes) {
    const refuse = (message: string, hint: string) => problems.push({ code: 'html-attribute-disallowed', message, hint });
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse(`{${attribute.value}} on ${tag} spreads JavaScript values into attributes`, 'Write each attribute as name="text".');
      continue;
    }
    const attributeName = attribute.name;
    const lower = attributeName.toLowerCase();
    if (lower.startsWith('on')) {
      refuse(`${attributeName} on ${tag} is an event handler; content cannot run script`, 'Remove the attribute.');
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      refuse(`${attributeName}={${attribute.value.value}} on ${tag} is a JavaScript expression`, `Write the value as text: ${attributeName}="…".`);
    } else if (component) {
      // Props of components and partials: plain names only, so no directive (`set:html`, `client:load`) or raw-HTML prop slips through.
      if (!/^[a-z][a-zA-Z0-9]*$/.test(attributeName) || lower === 'dangerouslysetinnerhtml' || lower === 'innerhtml') {
        refuse(`${attributeName} on ${tag} is not a plain prop`, 'Props are plain names with text values, e.g. role="reseller".');
      }
    } else if (lower === 'style') {
      refuse(`style on ${tag} is not allowed (the site's Content-Security-Policy blocks inline styles)`, 'Styles come from the site stylesheet; use Markdown or a component.');
    } else if (!(GLOBAL_ATTRIBUTES as readonly string[]).includes(lower) && !allowed!.includes(lower)) {
      const list = [...GLOBAL_ATTRIBUTES, ...allowed!].join(', ');
      refuse(`${attributeName} is not allowed on ${tag}`, `Allowed attributes on ${tag}: ${list}.`);
    }
  }
  return problems;
}

/**
 * The scheme of a URL when it is one that runs script (`javascript:`,
 * `vbscript:`) or carries a whole document (`data:`); otherwise undefined.
 * Browsers drop ASCII tabs and newlines anywhere in a URL and trim controls
 * and spaces at its start (URL Standard), and schemes are case-insensitive,
 * so ` Java\tScript:` counts as `javascript:`. Character references are
 * already decoded by the MDX parser.
 */
export function unsafeScheme(url: string): string | undefined {
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  return scheme && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * Why a `{…}` expression is not allowed, or undefined when it is. Pages may
 * hold none: an expression is JavaScript that runs while the site is built
 * and could emit anything. Partials may read their props (the one documented
 * use): `{props.role}`, string and number literals, `===`/`!==`, `!`, `&&`,
 * `||`, `??` and `? :`. Comments (`{/* … *\/}`) are always fine.
 */
export function expressionProblem(source: string, kind: 'page' | 'partial'): string | undefined {
  let tokens = 0;
  try {
    for (const _ of tokenizer(source, { ecmaVersion: 'latest' })) tokens++;
  } catch {
    return 'is not a valid expression';
  }
  if (tokens === 0) return undefined; // only a comment
  if (kind === 'page') return 'is a JavaScript expression; pages cannot run code';
  let expression: Expression;
  try {
    expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
  } catch {
    return 'is not a valid expression';
  }
  const rest = source.slice(expression.end);
  let trailing = 0;
  for (const _ of tokenizer(rest, { ecmaVersion: 'latest' })) trailing++;
  if (trailing > 0) return 'holds more than one expression';
  return readsOnlyProps(expression) ? undefined : 'does more than read props; partials may only read them';
}

const COMPARISONS = new Set(['===', '!==', '==', '!=']);
const LOGICAL = new Set(['&&', '||', '??']);

function readsOnlyProps(node: AcornNode): boolean {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      return !('regex' in n && n.regex);
    case 'TemplateLiteral':
      return n.expressions.every(readsOnlyProps);
    case 'MemberExpression':
      return !n.computed && !n.optional && n.object.type === 'Identifier' && n.object.name === 'props' && n.property.type === 'Identifier';
    case 'ConditionalExpression':
      return readsOnlyProps(n.test) && readsOnlyProps(n.consequent) && readsOnlyProps(n.alternate);
    case 'LogicalExpression':
      return LOGICAL.has(n.operator) && readsOnlyProps(n.left) && readsOnlyProps(n.right);
    case 'BinaryExpression':
      return COMPARISONS.has(n.operator) && readsOnlyProps(n.left) && readsOnlyProps(n.right);
    case 'UnaryExpression':
      return n.operator === '!' && readsOnlyProps(n.argument);
    default:
      return false;
  }
}
