/**
 * The collect stage for one page: parse its frontmatter and MDX body with the
 * same parsers the build uses, and record what the checks need (validated
 * data, headings with their anchors, links, images, words, placeholders).
 * Pure and serialisable, so it can run in worker threads.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { CollectionName } from '../../schemas/index.ts';
import { pageSchemas } from '../../schemas/index.ts';
import { describeIssues, type FieldProblem } from '../friendly-errors.ts';
import { parseSource, type Position } from '../frontmatter.ts';
import { fieldPath } from '../yaml-source.ts';
import { MdxSyntaxError, parseMdx } from './parse-mdx.ts';
import type { ApiData } from '../../schemas/api.ts';
import { fieldDescriptions } from '../api/fields.ts';
import { inlineLinks } from '../inline-markup.ts';
import { isPartialImport } from '../mdx/partial-imports.ts';
import { apiLocalProblems, type ApiProblemCode } from '../api/local-checks.ts';
import { expressionProblem, jsxElementProblems, URL_ATTRIBUTES, type HtmlProblem, type JsxAttribute } from '../content-html.ts';

/** 1-based line and column in the whole file. */
export type Located = Position;

export interface HeadingFact extends Located {
  depth: number;
  text: string;
  slug: string;
}

export interface LinkFact extends Located {
  url: string;
}

export interface FieldProblemAt extends FieldProblem, Located {}

export interface PageFacts {
  file: string;
  collection: CollectionName;
  /** A page (with frontmatter, its own URL) or a partial imported by pages. */
  kind: 'page' | 'partial';
  /** Raw frontmatter (for ids and titles even when invalid). */
  raw?: Record<string, unknown>;
  /** Schema-validated frontmatter, when valid. */
  data?: Record<string, unknown>;
  frontmatterMissing: boolean;
  yamlError?: Located & { message: string };
  fieldProblems: FieldProblemAt[];
  /** Position of the `id` field, where id-level problems are reported. */
  idAt: Located;
  /** Position of the `sources` field (or of the frontmatter when it has none). */
  sourcesAt: Located;
  mdxError?: Located & { message: string };
  headings: HeadingFact[];
  links: LinkFact[];
  images: LinkFact[];
  placeholders: (Located & { text: string })[];
  words: number;
  /** Capitalised JSX tags used in the body (components), with positions. */
  components: (Located & { name: string })[];
  /** Names bound by `import` statements in the body. */
  imports: string[];
  /** Module paths of `import` statements, with positions. */
  importSources: (Located & { source: string })[];
  /** `import` lines other than a default import of an `.mdx` partial, which pages cannot use. */
  unsupportedImports: (Located & { text: string })[];
  /** Breaches of the content rule (`src/lib/content-html.ts`): HTML elements and attributes, `{…}` expressions. */
  htmlProblems: (Located & { code: HtmlProblem['code'] | 'mdx-expression-unsupported'; message: string; hint: string })[];
  /** API table problems found on this page alone (constraints, examples, path parameters). */
  apiProblems: (Located & { code: ApiProblemCode; message: string; hint: string })[];
  /** Positions of `errorCodes[i]` and `replacedBy[i]` items, for the site-wide API checks. */
  apiPositions: { errorCodes: Located[]; replacedBy: Located[] };
}

const PLACEHOLDER = /\b(TBD|TODO|FIXME|lorem ipsum|lorem|coming soon)\b|\bWRITE:/gi;

export function analyzePage(file: string, collection: CollectionName, source: string, kind: PageFacts['kind'] = 'page'): PageFacts {
  const parsed = parseSource(source);
  const facts: PageFacts = {
    file,
    collection,
    kind,
    raw: kind === 'page' ? (parsed.data ?? parsed.recovered) : undefined,
    frontmatterMissing: kind === 'page' && !parsed.data && !parsed.yamlError,
    yamlError: parsed.yamlError,
    fieldProblems: [],
    idAt: parsed.positionOf(['id']),
    sourcesAt: parsed.positionOf(['sources']),
    headings: [],
    links: [],
    images: [],
    placeholders: [],
    words: 0,
    components: [],
    imports: [],
    importSources: [],
    unsupportedImports: [],
    htmlProblems: [],
    apiProblems: [],
    apiPositions: { errorCodes: [], replacedBy: [] },
  };

  // Scaffolded pages mark what a writer must still fill in with `WRITE:`, in frontmatter too.
  source.split('\n').slice(0, parsed.bodyLine - 1).forEach((line, index) => {
    const column = line.indexOf('WRITE:');
    if (column !== -1) facts.placeholders.push({ text: 'WRITE:', line: index + 1, column: column + 1 });
  });

  if (parsed.data && kind === 'page') {
    const schema = pageSchemas[collection];
    const result = schema.safeParse(parsed.data);
    if (result.success) {
      facts.data = result.data as Record<string, unknown>;
      if (collection === 'api') {
        const op = result.data as ApiData;
        facts.apiProblems = apiLocalProblems(op).map((problem) => ({ ...problem, ...parsed.positionOf(problem.at) }));
        facts.apiPositions = {
          errorCodes: op.errorCodes.map((_, i) => parsed.positionOf(['errorCodes', i])),
          replacedBy: (op.replacedBy ?? []).map((_, i) => parsed.positionOf(Array.isArray(parsed.data?.replacedBy) ? ['replacedBy', i] : ['replacedBy'])),
        };
        // Field descriptions may link (`[text](id:page#anchor)`): checked like body links, at the description's line.
        for (const { text, at } of fieldDescriptions(op)) {
          for (const url of inlineLinks(text)) facts.links.push({ url, ...parsed.positionOf(at) });
        }
      }
    } else {
      facts.fieldProblems = describeIssues(schema, result.error.issues, parsed.data).map((problem) => ({
        ...problem,
        ...parsed.positionOf(problem.field === '(frontmatter)' ? [] : fieldPath(problem.field)),
      }));
    }
  }

  // Body positions are relative to the body; shift them to file lines.
  const lineOffset = parsed.bodyLine - 1;
  const at = (node: { position?: { start: { line: number; column: number } } }): Located => ({
    line: (node.position?.start.line ?? 1) + lineOffset,
    column: node.position?.start.column ?? 1,
  });

  let tree: Root;
  try {
    tree = parseMdx(parsed.body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    facts.mdxError = { line: error.line + lineOffset, column: error.column, message: error.message };
    return facts;
  }

  const slugger = new GithubSlugger();
  visit(tree, (node: RootContent | Root) => {
    switch (node.type) {
      case 'heading': {
        const text = toString(node as Heading);
        facts.headings.push({ depth: (node as Heading).depth, text, slug: slugger.slug(text), ...at(node) });
        break;
      }
      case 'link':
      case 'definition':
        facts.links.push({ url: node.url, ...at(node) });
        break;
      case 'image':
        facts.images.push({ url: node.url, ...at(node) });
        break;
      case 'mdxjsEsm':
        for (const match of node.value.matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)) {
          const before = node.value.slice(0, match.index).split('\n').length - 1;
          facts.importSources.push({ source: match[1]!, line: at(node).line + before, column: 1 });
        }
        node.value.split('\n').forEach((line, index) => {
          if (/^\s*(import|export)\b/.test(line) && !isPartialImport(line.trim())) facts.unsupportedImports.push({ text: line.trim(), line: at(node).line + index, column: 1 });
        });
        for (const match of node.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\}|\*\s+as\s+(\w+))/g)) {
          const names = match[1] ?? match[3] ?? match[2]!.split(',').map((part) => part.split(/\s+as\s+/).pop()!.trim());
          facts.imports.push(...(Array.isArray(names) ? names : [names]).filter(Boolean));
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name && /^[A-Z]/.test(node.name)) facts.components.push({ name: node.name.split('.')[0]!, ...at(node) });
        for (const problem of jsxElementProblems(node.name, node.attributes as JsxAttribute[])) facts.htmlProblems.push({ ...problem, ...at(node) });
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          const name = attribute.name.toLowerCase();
          if (name === 'src') facts.images.push({ url: attribute.value, ...at(node) });
          else if (URL_ATTRIBUTES.has(name)) facts.links.push({ url: attribute.value, ...at(node) });
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const problem = expressionProblem(node.value, kind);
        if (problem) facts.htmlProblems.push({ code: 'mdx-expression-unsupported', message: `{${excerpt(node.value)}} ${problem}`, hint: EXPRESSION_HINT[kind], ...at(node) });
        break;
      }
      case 'text': {
        facts.words += countWords(node.value);
        for (const match of node.value.matchAll(PLACEHOLDER)) {
          const before = node.value.slice(0, match.index);
          const lines = before.split('\n');
          const start = at(node);
          facts.placeholders.push({
            text: match[0],
            line: start.line + lines.length - 1,
            column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + before.length,
          });
        }
        break;
      }
      case 'inlineCode':
        facts.words += countWords(node.value);
        break;
    }
  });
  return facts;
}

const EXPRESSION_HINT = {
  page: 'Write the text itself; write a literal brace as `\\{` or inside backticks. Only partials read values, from their props.',
  partial: "Read props only: `{props.role}`, or choose between texts: `{props.role === 'reseller' ? 'reseller' : 'partner'}`.",
} as const;

/** An expression as quoted in a message: one line, at most 60 characters. */
function excerpt(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’._/-]*/gu)?.length ?? 0;
}
