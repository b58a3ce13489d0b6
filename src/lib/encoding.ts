/**
 * Finds what makes a text file unsafe to publish: bytes that are not UTF-8
 * (Node decodes them to U+FFFD silently, so `Caf\xe9` would ship as `Caf�`)
 * and invisible control characters (pasted from PDFs and terminals; they
 * break search and copy-paste). Pure: takes bytes, returns positions.
 */

export interface EncodingProblem {
  kind: 'invalid' | 'control';
  /** 1-based line and column (in characters) in the file. */
  line: number;
  column: number;
  message: string;
}

/** Control characters allowed in text: tab, line feed, carriage return. */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

function isControl(codePoint: number): boolean {
  return (codePoint < 0x20 && !ALLOWED_CONTROLS.has(codePoint)) || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode 15, table 3-7), or 0 if the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k]! >= low && bytes[i + k]! <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function decodeAt(bytes: Uint8Array, i: number, length: number): number {
  if (length === 1) return bytes[i]!;
  const lead = bytes[i]! & (0xff >> (length + 1));
  let codePoint = lead;
  for (let k = 1; k < length; k++) codePoint = (codePoint << 6) | (bytes[i + k]! & 0x3f);
  return codePoint;
}

const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

/**
 * The first byte that is not UTF-8 (with how many other lines have such bytes)
 * and every control character, at most one per line. An empty list means the
 * file is clean.
 */
export function encodingProblems(bytes: Uint8Array): EncodingProblem[] {
  const problems: EncodingProblem[] = [];
  let firstInvalid: EncodingProblem | undefined;
  const invalidLines = new Set<number>();
  let lastControlLine = 0;
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalidLines.add(line);
      firstInvalid ??= { kind: 'invalid', line, column, message: `byte 0x${hex(bytes[i]!, 2)} is not valid UTF-8` };
      i++;
      column++;
      continue;
    }
    const codePoint = decodeAt(bytes, i, length);
    if (isControl(codePoint) && lastControlLine !== line) {
      lastControlLine = line;
      problems.push({ kind: 'control', line, column, message: `invisible control character U+${hex(codePoint, 4)}` });
    }
    i += length;
    if (codePoint === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  if (firstInvalid) {
    const more = invalidLines.size - 1;
    const suffix = more > 0 ? ` (and on ${more} more ${more === 1 ? 'line' : 'lines'}); the file is probably saved as Latin-1 or Windows-1252` : '; the file is probably saved as Latin-1 or Windows-1252';
    problems.unshift({ ...firstInvalid, message: firstInvalid.message + suffix });
  }
  return problems;
}
