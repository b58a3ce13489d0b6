/**
 * Reads the YAML frontmatter of an MDX source with positions, so diagnostics can
 * point at the line of a bad field. Used by the content checker and by build
 * plugins that need page ids before Astro has loaded the collections.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  /** The frontmatter as plain data; `undefined` if there is none or it is not a YAML mapping. */
  data: Record<string, unknown> | undefined;
  /** A YAML syntax error, positioned in the whole file. */
  yamlError?: Position & { message: string };
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Position of a frontmatter field (or item), falling back to the frontmatter's first line. */
  positionOf(path: readonly PropertyKey[]): Position;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/** Split and parse an MDX source. Never throws. */
export function parseSource(source: string): ParsedSource {
  const open = OPEN.exec(source);
  if (!open) return noFrontmatter(source);
  const afterOpen = source.slice(open[0].length);
  const close = CLOSE.exec(afterOpen);
  if (!close) return noFrontmatter(source);
  const yamlText = afterOpen.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  const body = source.slice(bodyStart).replace(/^\r?\n/, '');
  const yamlLines = countLines(yamlText);
  // Line 1 is the opening `---`, so YAML line n is file line n + 1.
  const bodyLine = 2 + yamlLines + 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const toFile = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const first = doc.errors[0];
  if (first) {
    return { data: undefined, yamlError: { ...toFile(first.pos[0]), message: first.message.split('\n')[0]! }, body, bodyLine, positionOf: () => ({ line: 2, column: 1 }) };
  }
  const value: unknown = doc.toJS();
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return { data, body, bodyLine, positionOf: (path) => positionIn(doc, path, toFile) };
}

function noFrontmatter(source: string): ParsedSource {
  return { data: undefined, body: source, bodyLine: 1, positionOf: () => ({ line: 1, column: 1 }) };
}

function countLines(text: string): number {
  if (!text) return 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.endsWith('\n') ? lines : lines + 1;
}

/** Walk the YAML nodes along `path`; report the deepest one found (the key for mapping entries). */
function positionIn(doc: Document, path: readonly PropertyKey[], toFile: (offset: number) => Position): Position {
  let node: unknown = doc.contents;
  let best: Position = { line: 2, column: 1 };
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (keyRange) best = toFile(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) best = toFile(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return best;
}
