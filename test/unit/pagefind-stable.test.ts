/**
 * Pagefind writes filter values and the filter list in hash-map order; the
 * rewrite gives the same bytes and names whatever that order was, and keeps
 * the data and the references between files intact.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { stablePagefindFiles, type PagefindFile } from '../../src/integrations/pagefind-stable.ts';

const SIGNATURE = Buffer.from('pagefind_dcd');
const pack = (value: unknown) => gzipSync(Buffer.concat([SIGNATURE, encode(value)]));
const unpack = (content: Uint8Array) => decode(gunzipSync(content).subarray(SIGNATURE.length));

/** An index as Pagefind might write it, with its hash-map orders chosen by `flip`. */
function index(flip: boolean): PagefindFile[] {
  const method: [string, number[]][] = [['get', [0, 3]], ['post', [1, 2]]];
  const part: [string, number[]][] = [['faq', [2, 3]], ['api', [0, 1]]];
  const filters: [string, string][] = [['method', flip ? 'en_aaaaaaa' : 'en_bbbbbbb'], ['part', flip ? 'en_ccccccc' : 'en_ddddddd']];
  return [
    { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify({ version: '1.5.2', languages: { en: { hash: flip ? 'en_1111111111' : 'en_2222222222', wasm: 'en', page_count: 4 } } })) },
    { path: `pagefind.${flip ? 'en_1111111111' : 'en_2222222222'}.pf_meta`, content: pack(['1.5.2', [['en_f1', 10]], [['a', 'z', 'en_i1']], flip ? filters.reverse() : filters, [], ['title']]) },
    { path: `filter/${filters.find(([n]) => n === 'method')![1]}.pf_filter`, content: pack(['method', flip ? method.reverse() : method]) },
    { path: `filter/${filters.find(([n]) => n === 'part')![1]}.pf_filter`, content: pack(['part', flip ? part.reverse() : part]) },
    { path: 'fragment/en_f1.pf_fragment', content: Buffer.from('unchanged') },
  ];
}

describe('stable Pagefind output', () => {
  it('gives the same names and bytes whatever order Pagefind wrote', () => {
    const a = stablePagefindFiles(index(false));
    const b = stablePagefindFiles(index(true));
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((file, i) => expect(Buffer.compare(Buffer.from(file.content), Buffer.from(b[i]!.content))).toBe(0));
  });

  it('keeps the data, and every reference points at a file that exists', () => {
    const files = stablePagefindFiles(index(true));
    const byPath = new Map(files.map((file) => [file.path, file]));
    const entry = JSON.parse(Buffer.from(byPath.get('pagefind-entry.json')!.content).toString());
    const meta = unpack(byPath.get(`pagefind.${entry.languages.en.hash}.pf_meta`)!.content) as [string, unknown, unknown, [string, string][]];
    expect(meta[3].map(([name]) => name)).toEqual(['method', 'part']);
    for (const [name, hash] of meta[3]) {
      expect(unpack(byPath.get(`filter/${hash}.pf_filter`)!.content)).toEqual(name === 'method' ? ['method', [['get', [0, 3]], ['post', [1, 2]]]] : ['part', [['api', [0, 1]], ['faq', [2, 3]]]]);
    }
    expect(Buffer.from(byPath.get('fragment/en_f1.pf_fragment')!.content).toString()).toBe('unchanged');
  });
});
