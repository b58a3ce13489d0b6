/**
 * Parses YAML that authors write (frontmatter, nav files, home.yaml, the
 * error-code registry) with positions, so a diagnostic names the line of the
 * typo. Never throws.
 *
 * Two things the `yaml` library leaves to its caller: it notices an unclosed
 * `[`, `{` or quote only where the next line starts (one line late), so the
 * error is moved back to the opener; and it still builds a best-effort value
 * for a document with an error, which callers use to recognise the file (its
 * id, its entries) instead of reporting everything in it as missing.
 */
import { isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  doc: Document;
  /** The data; best effort when `error` is set. */
  value: unknown;
  /** The first syntax error, where its typo is. */
  error?: Position & { message: string };
  /** Position of the node at `path` (the key, for a mapping entry): the deepest one that exists, else `fallback`. */
  positionOf(path: readonly PropertyKey[], fallback?: Position): Position;
  /** Position of a character offset in the YAML text. */
  positionAt(offset: number): Position;
}

/** `lineOffset`: lines before the YAML text in its file (1 for frontmatter after `---`). */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const first = doc.errors[0];
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    value = undefined;
  }
  return {
    doc,
    value,
    error: first && { ...positionAt(errorOffset(doc, first)), message: first.message.split('\n')[0]! },
    positionOf: (path, fallback = { line: 1 + lineOffset, column: 1 }) => positionIn(doc, path, positionAt, fallback),
    positionAt,
  };
}

/** Where the typo behind `error` is: the opener of a flow collection or quoted scalar left unclosed, else where the parser stopped. */
function errorOffset(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
  let opener: number | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.range) return;
    const unclosable = (isCollection(node) && node.flow) || (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    // An unclosed one runs up to the point where the parser gave up.
    if (unclosable && node.range[0] < at && node.range[1] === at) opener = node.range[0];
  });
  return opener ?? at;
}

function positionIn(doc: Document, path: readonly PropertyKey[], positionAt: (offset: number) => Position, fallback: Position): Position {
  let node: unknown = doc.contents;
  let best = fallback;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : undefined) === key);
      if (!pair) break;
      const keyRange = isNode(pair.key) ? pair.key.range : undefined;
      if (keyRange) best = positionAt(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      if (isNode(item) && item.range) best = positionAt(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** `keywords[2].name` → `['keywords', 2, 'name']`: the reverse of the friendly formatter's field paths. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
