/**
 * Makes Pagefind's index byte-identical for the same pages, so two builds of
 * one commit publish the same files (a deploy uploads only what changed, and a
 * build can be verified by its hashes).
 *
 * Pagefind 1.5.2 writes each filter's values, and the list of filters in its
 * metadata file, in hash-map order, which changes from run to run; the file
 * names are hashes of the contents, so the names change too. Upstream made the
 * fragments stable in 1.3.0 and left the filter and metadata files as they are
 * (Pagefind/pagefind#638). Here they are decoded, put in sorted order and
 * written back under names derived from their new contents; the metadata and
 * `pagefind-entry.json` are updated to point at them. The data is unchanged:
 * filters are sets, and the search reads them by name.
 *
 * Format (Pagefind's `pagefind_dcd` files): gzip of the signature
 * `pagefind_dcd` followed by CBOR. Filter file: `[name, [[value, [page, …]], …]]`.
 * Metadata: `[version, pages, index chunks, [[filter, file hash], …], sorts, fields]`.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const SIGNATURE = Buffer.from('pagefind_dcd');
const META = /^pagefind\.(.+)\.pf_meta$/;
const FILTER = /^filter\/(.+)\.pf_filter$/;
const ENTRY = 'pagefind-entry.json';

type FilterValues = [string, number[]][];
type FilterFile = [string, FilterValues];
type Meta = [string, unknown, unknown, [string, string][], ...unknown[]];

function read<T>(content: Uint8Array): T {
  const raw = gunzipSync(content);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a pagefind_dcd file');
  return decode(raw.subarray(SIGNATURE.length)) as T;
}

function write(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

/** `en_` + the first `length` hex digits of the content's SHA-256, the shape of Pagefind's own names. */
function hashName(language: string, content: Uint8Array, length: number): string {
  return `${language}_${createHash('sha256').update(content).digest('hex').slice(0, length)}`;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The same index with filter and metadata files in a stable order and named by their contents. */
export function stablePagefindFiles(files: readonly PagefindFile[]): PagefindFile[] {
  const metaFile = files.find((file) => META.test(file.path));
  const entryFile = files.find((file) => file.path === ENTRY);
  if (!metaFile || !entryFile) return [...files];
  const oldMetaHash = META.exec(metaFile.path)![1]!;
  const language = oldMetaHash.slice(0, oldMetaHash.lastIndexOf('_'));

  const renamed = new Map<string, string>();
  const replaced = new Map<string, PagefindFile>();
  for (const file of files) {
    const match = FILTER.exec(file.path);
    if (!match) continue;
    const [name, values] = read<FilterFile>(file.content);
    const sorted: FilterValues = values.map(([value, pages]) => [value, [...pages].sort((a, b) => a - b)] as [string, number[]]).sort((a, b) => byKey(a[0], b[0]));
    const content = write([name, sorted]);
    const hash = hashName(language, content, 7);
    renamed.set(match[1]!, hash);
    replaced.set(file.path, { path: `filter/${hash}.pf_filter`, content });
  }

  const meta = read<Meta>(metaFile.content);
  meta[3] = meta[3].map(([name, hash]) => [name, renamed.get(hash) ?? hash] as [string, string]).sort((a, b) => byKey(a[0], b[0]));
  const metaContent = write(meta);
  const metaHash = hashName(language, metaContent, 10);
  replaced.set(metaFile.path, { path: `pagefind.${metaHash}.pf_meta`, content: metaContent });

  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages: Record<string, { hash: string }> };
  for (const info of Object.values(entry.languages)) if (info.hash === oldMetaHash) info.hash = metaHash;
  replaced.set(ENTRY, { path: ENTRY, content: Buffer.from(JSON.stringify(entry)) });

  return files.map((file) => replaced.get(file.path) ?? file);
}
