/**
 * Splices shared partials into a page's Markdown source before it is
 * compiled, the way an include works, so Markdown sees one document: steps
 * that continue across a shared passage stay one numbered list.
 *
 * Rendered as components, partials were separate documents: a page whose
 * steps 1–3 come from one partial and 4–6 from another got two `<ol>`s (read
 * out as two lists of three, spaced apart, with numbers the second partial
 * had to hard-code). Spliced, the two runs are one list, and later numbers
 * are Markdown's to count.
 *
 * A use is spliced when it is a line of its own (`<SignIn />`, or indented
 * inside a list item) or a whole list item (`- <MaskedColumns example="x" />`,
 * for a one-paragraph partial). At each seam:
 * - a list that ends on one side and the same kind of list that starts on the
 *   other are joined (the blank lines between them go);
 * - one-paragraph partials between two runs of one list become paragraphs of
 *   the item before them, so the list does not break around them.
 *
 * A partial's `{props.x}` expressions are bound to the attributes of that
 * use. Anything this cannot splice faithfully (a partial with imports, an
 * expression inside a JSX attribute, a use in the middle of a sentence) is
 * left as a component, as before.
 */
import { mdxToMdast } from 'satteri';

/** Attribute values of one use: `<SetBudget role="reseller" />` → `{ role: 'reseller' }`. */
type Props = Record<string, string>;

const ATTRS = String.raw`((?:\s+[A-Za-z_][\w-]*="[^"]*")*)`;
const BLOCK_USE = new RegExp(String.raw`^( *)<([A-Z][\w$]*)${ATTRS}\s*\/>\s*$`);
const ITEM_USE = new RegExp(String.raw`^( *(?:[-*+]|\d{1,9}[.)]) +)<([A-Z][\w$]*)${ATTRS}\s*\/>\s*$`);
const LIST_ITEM = /^( *)(?:([-*+])|\d{1,9}([.)]))( +|$)/;

interface Marker {
  indent: number;
  /** Lists only join with a list of the same kind: `ol.`, `ol)`, `ul-`, … */
  kind: string;
  /** Column where the item's content starts. */
  content: number;
}

function marker(line: string): Marker | undefined {
  const match = LIST_ITEM.exec(line);
  if (!match) return undefined;
  const kind = match[2] ? `ul${match[2]}` : `ol${match[3]}`;
  return { indent: match[1]!.length, kind, content: match[0].length || line.length + 1 };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string | undefined) => line !== undefined && line.trim() === '';

function parseProps(attrs: string): Props {
  return Object.fromEntries([...attrs.matchAll(/([A-Za-z_][\w-]*)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * A partial's text with every `{expression}` bound to `props`, or undefined
 * when it cannot be spliced faithfully.
 */
export function bindProps(partial: string, props: Props): string | undefined {
  if (/^\s*(import|export)\s/m.test(partial)) return undefined;
  const spans: [number, number, string][] = [];
  const code: [number, number][] = [];
  const visit = (node: { type: string; value?: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    const span = node.position && ([node.position.start.offset!, node.position.end.offset!] as [number, number]);
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && span) spans.push([...span, node.value ?? '']);
    if ((node.type === 'inlineCode' || node.type === 'code') && span) code.push(span);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  try {
    visit(mdxToMdast(partial, { features: { gfm: true } }) as never);
  } catch {
    return undefined; // compiled as a component instead, which reports the error with its file
  }
  let out = '';
  let at = 0;
  for (const [start, end, value] of spans) {
    const empty = /^\s*(\/\*[\s\S]*\*\/)?\s*$/.test(value);
    out += partial.slice(at, start) + (empty ? partial.slice(start, end) : `{((props) => (${value}))(${JSON.stringify(props)})}`);
    at = end;
  }
  out += partial.slice(at);
  // `props` left outside a bound expression (a JSX attribute, say) would read the page's props.
  const rest = [...spans, ...code].sort((a, b) => a[0] - b[0]).reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), partial);
  return /\bprops\b/.test(rest) ? undefined : out;
}

/** A run of lines that came from one spliced use. */
interface Segment {
  start: number;
  end: number;
  indent: number;
  /** The partial is one paragraph: no list, no blank line. */
  paragraph: boolean;
}

/** The list item a block ending at `line` belongs to, at `indent`. */
function listEndingAt(lines: readonly string[], line: number, indent: number): Marker | undefined {
  for (let i = line; i >= 0 && !blank(lines[i]); i--) {
    if (indentOf(lines[i]!) > indent) continue;
    const found = marker(lines[i]!);
    return found && found.indent === indent ? found : undefined;
  }
  return undefined;
}

/**
 * The page source with its partial uses spliced in. `partials` maps each
 * imported name to its source; names it lacks are left as components.
 */
export function splicePartials(page: string, partials: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  const segments: Segment[] = [];
  for (const line of page.split('\n')) {
    const item = ITEM_USE.exec(line);
    const use = item ?? BLOCK_USE.exec(line);
    const source = use && partials.get(use[2]!);
    const text = source === undefined || source === null ? undefined : bindProps(source, parseProps(use![3] ?? ''));
    const body = text?.replace(/^\s*\n/, '').trimEnd();
    const paragraph = body !== undefined && !body.includes('\n\n') && !marker(body) && !/^\s*[#>|<`~]/.test(body);
    if (body === undefined || (item && !paragraph)) {
      lines.push(line);
      continue;
    }
    const prefix = use![1]!;
    const pad = ' '.repeat(prefix.length);
    const spliced = body.split('\n').map((l, i) => (i === 0 ? prefix + l : l.trim() === '' ? '' : pad + l));
    if (!item) segments.push({ start: lines.length, end: lines.length + spliced.length - 1, indent: prefix.length, paragraph });
    lines.push(...spliced);
  }
  return joinSeams(lines, segments).join('\n');
}

/** Joins lists across the seams around spliced segments (see the module comment). */
function joinSeams(lines: string[], segments: readonly Segment[]): string[] {
  const drop = new Set<number>();
  const gapBefore = (line: number) => {
    let i = line - 1;
    while (blank(lines[i])) i--;
    return i;
  };
  const gapAfter = (line: number) => {
    let i = line + 1;
    while (blank(lines[i])) i++;
    return i;
  };
  const join = (from: number, to: number, keep: number) => {
    for (let i = from + 1 + keep; i < to; i++) drop.add(i);
  };
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const before = gapBefore(segment.start);
    const listBefore = before >= 0 ? listEndingAt(lines, before, segment.indent) : undefined;
    // Passages (one or more one-paragraph partials) between two runs of one list become
    // paragraphs of the item before them, so the list does not break around them.
    let run = index;
    while (segments[run]!.paragraph && segments[run + 1]?.paragraph && segments[run + 1]!.start === gapAfter(segments[run]!.end)) run++;
    const runAfter = gapAfter(segments[run]!.end);
    const resumes = lines[runAfter] !== undefined ? marker(lines[runAfter]!) : undefined;
    if (segment.paragraph && listBefore && resumes && resumes.indent === segment.indent && resumes.kind === listBefore.kind) {
      const pad = ' '.repeat(listBefore.content - segment.indent);
      for (const passage of segments.slice(index, run + 1)) {
        for (let i = passage.start; i <= passage.end; i++) if (!blank(lines[i])) lines[i] = pad + lines[i];
        // A blank line on each side, or the paragraph would run on from the text before it.
        const previous = gapBefore(passage.start);
        if (previous === passage.start - 1) lines[passage.start] = `\n${lines[passage.start]}`;
        join(previous, passage.start, 1);
      }
      const last = segments[run]!;
      if (runAfter === last.end + 1) lines[last.end] = `${lines[last.end]}\n`;
      join(last.end, runAfter, 1);
      index = run;
      continue;
    }
    const after = gapAfter(segment.end);
    const next = lines[after] !== undefined ? marker(lines[after]!) : undefined;
    const first = marker(lines[segment.start]!);
    if (listBefore && first && first.indent === segment.indent && first.kind === listBefore.kind) join(before, segment.start, 0);
    const last = listEndingAt(lines, segment.end, segment.indent);
    if (last && next && next.indent === segment.indent && next.kind === last.kind) join(segment.end, after, 0);
  }
  return lines.filter((_, i) => !drop.has(i));
}
