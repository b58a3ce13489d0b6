/**
 * Reads the content tree straight from disk: page files with their frontmatter
 * and the nav files. Astro is not involved, so the checker and build plugins
 * can see the whole site before (or without) a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { COLLECTIONS, CONTENT_DIR, NAV_DIR, type CollectionName } from '../schemas/index.ts';
import { navPartSchema } from '../schemas/nav.ts';
import { describeIssues, type FieldProblem } from './friendly-errors.ts';
import { parseSource, type ParsedSource, type Position } from './frontmatter.ts';
import { fieldPath, parseYamlSource } from './yaml-source.ts';
import type { PartInput } from './nav-tree.ts';

export interface SourcePage {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  collection: CollectionName;
  source: string;
  parsed: ParsedSource;
}

export type PageFile = Omit<SourcePage, 'parsed'>;

/** Every `.mdx` page under `content/<collection>/` with its source, sorted by path for stable output. */
export function readPageFiles(root: string, collections: readonly CollectionName[] = COLLECTIONS): PageFile[] {
  const pages: PageFile[] = [];
  for (const collection of collections) {
    for (const abs of walk(join(root, CONTENT_DIR, collection))) {
      if (!abs.endsWith('.mdx') || isPartial(relative(join(root, CONTENT_DIR), abs))) continue;
      pages.push({ file: toPosix(relative(root, abs)), collection, source: readFileSync(abs, 'utf8') });
    }
  }
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Shared MDX partials (`_name.mdx`, or any `.mdx` under a `_folder/`), imported by pages. */
export function readPartialFiles(root: string): PageFile[] {
  const partials: PageFile[] = [];
  for (const collection of COLLECTIONS) {
    for (const abs of walk(join(root, CONTENT_DIR, collection))) {
      if (abs.endsWith('.mdx') && isPartial(relative(join(root, CONTENT_DIR), abs))) {
        partials.push({ file: toPosix(relative(root, abs)), collection, source: readFileSync(abs, 'utf8') });
      }
    }
  }
  return partials.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every page with its frontmatter parsed. */
export function readPages(root: string): SourcePage[] {
  return readPageFiles(root).map((page) => ({ ...page, parsed: parseSource(page.source) }));
}

/** Files and folders starting with `_` are shared partials, not pages. */
export function isPartial(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('_'));
}

export interface NavFile {
  /** Path relative to the project root. */
  file: string;
  /** The part, when the file is valid. */
  part?: PartInput;
  /** Schema or YAML problems, positioned in the file. */
  problems: (FieldProblem & Position)[];
  /** Where each id (page item or folder id) occurs, in file order; best effort when the file has errors. */
  occurrences: Map<string, Position[]>;
}

/** Parse every nav file with positions; invalid ones carry their problems. */
export function readNavFiles(root: string): NavFile[] {
  const files: NavFile[] = [];
  for (const abs of walk(join(root, NAV_DIR))) {
    if (!/\.ya?ml$/.test(abs)) continue;
    files.push(parseNavFile(toPosix(relative(root, abs)), readFileSync(abs, 'utf8')));
  }
  return files;
}

export function parseNavFile(file: string, text: string): NavFile {
  const yaml = parseYamlSource(text);
  const occurrences = new Map<string, Position[]>();
  if (yaml.error) {
    // The parse of a broken file cannot be trusted to list its ids, so every id-like word in it counts as listed: its pages are not also reported as unlisted.
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/[a-z0-9][a-z0-9-]*/g)) add(occurrences, match[0], { line: index + 1, column: match.index + 1 });
    });
    return { file, problems: [{ field: '(file)', problem: `is not valid YAML: ${yaml.error.message}`, line: yaml.error.line, column: yaml.error.column }], occurrences };
  }
  collectIds(yaml.doc.contents, occurrences, yaml.positionAt);
  const data = yaml.value;
  const result = navPartSchema.safeParse(data);
  if (result.success) return { file, part: { ...result.data, file }, problems: [], occurrences };
  const problems = describeIssues(navPartSchema, result.error.issues, data).map((problem) => ({
    ...problem,
    ...yaml.positionOf(fieldPath(problem.field)),
  }));
  return { file, problems, occurrences };
}

/** Record every page id (a string in an `items` list) and folder `id:` value. */
function collectIds(node: unknown, into: Map<string, Position[]>, pos: (offset: number) => Position, inItems = false): void {
  if (isSeq(node)) {
    for (const item of node.items) {
      if (inItems && isScalar(item) && typeof item.value === 'string' && item.range) add(into, item.value, pos(item.range[0]));
      else collectIds(item, into, pos);
    }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'id' && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.range) {
        add(into, pair.value.value, pos(pair.value.range[0]));
      } else {
        collectIds(pair.value, into, pos, key === 'items');
      }
    }
  }
}

function add(into: Map<string, Position[]>, id: string, at: Position): void {
  const list = into.get(id);
  if (list) list.push(at);
  else into.set(id, [at]);
}

/** Every file under `content/` (paths relative to the root, sorted), for checks that read raw bytes. */
export function contentFiles(root: string): string[] {
  return [...walk(join(root, CONTENT_DIR))].map((abs) => toPosix(relative(root, abs)));
}

/** The valid parts, for the nav tree. */
export function readNavParts(root: string): PartInput[] {
  return readNavFiles(root).flatMap((nav) => (nav.part ? [nav.part] : []));
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(abs);
    else if (entry.isFile()) yield abs;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
