/**
 * Every diagnostic the content checker can report: one definition per code,
 * with its severity, what it means, an example and the fix. `CONTRIBUTING.md`
 * documents the same codes for authors; a unit test keeps the two in step.
 */
export type Severity = 'error' | 'warn';

export interface CodeInfo {
  severity: Severity;
  /** What the code means, in one line. */
  summary: string;
}

export const CODES = {
  'frontmatter-missing': { severity: 'error', summary: 'The page has no frontmatter block.' },
  'frontmatter-yaml': { severity: 'error', summary: 'The frontmatter is not valid YAML.' },
  'frontmatter-invalid': { severity: 'error', summary: 'A frontmatter field is missing or invalid.' },
  'sources-missing': { severity: 'warn', summary: 'A page lists no sources, so its facts cannot be traced to the vendor pages.' },
  'id-duplicate': { severity: 'error', summary: 'Two pages (or a page and a folder) share one id.' },
  'url-duplicate': { severity: 'error', summary: 'Two pages or redirects claim the same URL.' },
  'nav-invalid': { severity: 'error', summary: 'A navigation file is not valid.' },
  'nav-missing-page': { severity: 'error', summary: 'A page is not listed in the navigation.' },
  'nav-unknown-page': { severity: 'error', summary: 'The navigation lists an id that no page has.' },
  'nav-duplicate-entry': { severity: 'error', summary: 'A page is listed more than once in the navigation.' },
  'home-unknown-page': { severity: 'error', summary: 'content/home.yaml lists an id that is not an FAQ page.' },
  'link-unknown-page': { severity: 'error', summary: 'A link points at a page that does not exist.' },
  'link-unknown-anchor': { severity: 'error', summary: 'A link points at a heading anchor that does not exist.' },
  'link-redirected': { severity: 'warn', summary: 'A link points at an old URL that now redirects.' },
  'asset-missing': { severity: 'error', summary: 'An image or downloadable file does not exist.' },
  'url-removed': { severity: 'error', summary: 'A published URL disappeared without a redirect.' },
  'url-unrecorded': { severity: 'warn', summary: 'A live URL is not yet in the URL manifest, so nothing protects it.' },
  'redirect-invalid': { severity: 'error', summary: 'A redirect points nowhere, forms a chain or loop, or hides a live page.' },
  'mdx-syntax': { severity: 'error', summary: 'The MDX body cannot be parsed.' },
  'mdx-unknown-component': { severity: 'error', summary: 'The page uses a component that is neither imported nor provided to every page.' },
  'mdx-import-unsupported': { severity: 'error', summary: 'An import or export other than a default import of an .mdx partial.' },
  'mdx-import-missing': { severity: 'error', summary: 'An import points at a file that does not exist.' },
  'partial-heading': { severity: 'error', summary: 'A shared partial contains a heading.' },
  'heading-h1': { severity: 'error', summary: 'The body has an h1; the title is the only h1.' },
  'heading-skip': { severity: 'error', summary: 'A heading skips a level.' },
  'heading-duplicate-anchor': { severity: 'warn', summary: 'Two headings on a page get the same anchor.' },
  'placeholder-text': { severity: 'error', summary: 'Placeholder text such as TBD, TODO, lorem or "coming soon".' },
  'body-too-short': { severity: 'error', summary: 'A guide or FAQ page has fewer than 40 words.' },
  'external-link-invalid': { severity: 'error', summary: 'An external link is not a well-formed https: URL.' },
  'link-unsafe-scheme': { severity: 'error', summary: 'A link or image uses a javascript:, vbscript: or data: URL.' },
  'html-element-disallowed': { severity: 'error', summary: 'An HTML element that content may not use (script, iframe, form, style, meta…).' },
  'html-attribute-disallowed': { severity: 'error', summary: 'An attribute that content may not use: an event handler, style, a JavaScript value or one not allowed on the element.' },
  'mdx-expression-unsupported': { severity: 'error', summary: 'A `{…}` JavaScript expression in a page, or one in a partial that does more than read props.' },
  'encoding-invalid': { severity: 'error', summary: 'A content file is not valid UTF-8.' },
  'encoding-control-character': { severity: 'error', summary: 'A content file holds an invisible control character.' },
  'api-constraint-invalid': { severity: 'error', summary: 'A parameter constraint does not fit its type or is malformed.' },
  'api-duplicate-field': { severity: 'error', summary: 'A parameter or field is declared twice at one level.' },
  'api-path-params': { severity: 'error', summary: 'Path placeholders and the path-parameter table disagree.' },
  'api-example-invalid': { severity: 'error', summary: 'The example request or response does not match the declared parameters.' },
  'api-error-code-unknown': { severity: 'error', summary: 'An operation lists an error code that is not in the registry.' },
  'api-replaced-by-invalid': { severity: 'error', summary: '`replacedBy` names something that is not a current API operation.' },
  'api-registry-invalid': { severity: 'error', summary: 'The error-code registry file is not valid.' },
} as const satisfies Record<string, CodeInfo>;

export type IssueCode = keyof typeof CODES;

/** One diagnostic. Lines and columns are 1-based positions in `file`. */
export interface Issue {
  /** Path relative to the project root, forward slashes. */
  file: string;
  line: number;
  column: number;
  code: IssueCode;
  severity: Severity;
  message: string;
  /** How to fix it. */
  hint?: string;
}
