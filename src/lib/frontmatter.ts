/**
 * Reads the YAML frontmatter of an MDX source with positions, so diagnostics can
 * point at the line of a bad field. Used by the content checker and by build
 * plugins that need page ids before Astro has loaded the collections.
 */
import { parseYamlSource, type Position } from './yaml-source.ts';

export type { Position };

export interface ParsedSource {
  /** The frontmatter as plain data; `undefined` if there is none, it is not a YAML mapping, or it has a YAML error. */
  data: Record<string, unknown> | undefined;
  /** A YAML syntax error, positioned in the whole file at its typo. */
  yamlError?: Position & { message: string };
  /** With a YAML error, what could still be read (the id, the title), so the page is recognised and one typo is one error. */
  recovered?: Record<string, unknown>;
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
  const bodyLine = 2 + yamlLines + 1;

  // Line 1 is the opening `---`, so YAML line n is file line n + 1.
  const yaml = parseYamlSource(yamlText, 1);
  const value = asRecord(yaml.value);
  if (yaml.error) {
    return { data: undefined, yamlError: yaml.error, recovered: value, body, bodyLine, positionOf: () => ({ line: 2, column: 1 }) };
  }
  return { data: value, body, bodyLine, positionOf: (path) => yaml.positionOf(path) };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
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
