/**
 * Deterministic synthetic site in our content format, for benchmarks: N pages
 * across the three collections, nav files with nested folders, id links with
 * anchors between pages, tables, lists and code. The same N and seed always
 * give the same files.
 *
 *   node bench/generate.ts --pages 10000 --out bench/out/site-10000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/lib/seeded-random.ts';

const WORDS = (
  'partner customer budget account reseller distributor coupon discount order resource renewal association ' +
  'authorization console procedure monthly invoice billing incentive certificate program validation quota ' +
  'expenditure freeze unfreeze operation manager permission region service product request approval report'
).split(' ');

interface Part {
  id: string;
  collection: 'guide' | 'faq' | 'api';
  share: number;
}
const PARTS: Part[] = [
  { id: 'user-guide', collection: 'guide', share: 0.35 },
  { id: 'faq', collection: 'faq', share: 0.35 },
  { id: 'developer-guide', collection: 'guide', share: 0.1 },
  { id: 'api', collection: 'api', share: 0.2 },
];
const FOLDER_SIZE = 20;
const FOLDERS_PER_GROUP = 8;

export interface GeneratedSite {
  pages: number;
  ids: string[];
}

export function generateSite(out: string, pages: number, seed = 1): GeneratedSite {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (n = 12 + Math.floor(rand() * 10)) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };

  rmSync(out, { recursive: true, force: true });
  const ids: string[] = [];
  const plan: { part: Part; id: string; index: number }[] = [];
  let made = 0;
  PARTS.forEach((part, p) => {
    const count = p === PARTS.length - 1 ? pages - made : Math.round(pages * part.share);
    for (let i = 0; i < count; i++) plan.push({ part, id: `${part.id}-page-${i}`, index: i });
    made += count;
  });
  for (const entry of plan) ids.push(entry.id);

  /** A typed operation: path, query and nested body parameters, response fields, a valid example. */
  const apiFrontmatter = (index: number): string[] => {
    const nameField = `${pick(WORDS)}_name`;
    return [
    `operationId: Operation${index}`,
    `group: ${pick(['customer-management', 'budgets', 'bill-management', 'product-management'])}`,
    'method: POST',
    `path: /v2/${pick(WORDS)}s/{item_id}/op${index}`,
    'token: partner',
    'parameters:',
    '  path:',
    '    - { name: item_id, type: String, mandatory: true, maxLength: 64, description: ID of the item. }',
    '  query:',
    '    - { name: limit, type: Integer, mandatory: false, range: [1, 100], default: 10, description: Page size. }',
    '  body:',
    `    - { name: ${nameField}, type: String, mandatory: true, maxLength: 64, description: ${sentence(6)} }`,
    '    - name: kind',
    '      type: Integer',
    '      mandatory: false',
    '      enum: [{ value: 1, meaning: First kind }, { value: 2, meaning: Second kind }]',
    '      description: Kind of the item.',
    '    - name: owner',
    '      type: Object',
    '      mandatory: false',
    '      description: The owner.',
    '      children:',
    '        - { name: owner_id, type: String, mandatory: true, maxLength: 64, description: Owner ID. }',
    'response:',
    '  - { name: total, type: Integer, description: Number of items. }',
    'example:',
    '  request:',
    '    path: { item_id: abc }',
    '    query: { limit: 10 }',
    `    body: { ${nameField}: x, kind: 1, owner: { owner_id: o1 } }`,
    '  response:',
    '    body: { total: 3 }',
    'errorCodes: [CBC.0100]',
    ];
  };

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };

  for (const { part, id, index } of plan) {
    const target = () => pick(ids);
    const links = Array.from({ length: 3 }, () => `[${pick(WORDS)} ${pick(WORDS)}](id:${target()}#procedure)`).join(', ');
    const front = [
      '---',
      `id: ${id}`,
      `title: ${sentence(4).replace(/\.$/, '')} ${index}`,
      `description: ${sentence(14)}`,
      'updated: 2026-11-24',
      `audience: ${pick(['all', '[solution-provider]', '[reseller, distributor]', '[customer]'])}`,
      `keywords: [${pick(WORDS)}, ${pick(WORDS)}]`,
      ...(part.collection === 'api' ? apiFrontmatter(index) : []),
      '---',
    ].join('\n');
    const body = [
      sentence(),
      sentence(),
      '',
      '## Overview',
      '',
      `${sentence()} ${sentence()} See ${links}.`,
      '',
      '## Procedure',
      '',
      ...Array.from({ length: 5 }, (_, step) => `${step + 1}. ${sentence(10)} Choose **${pick(WORDS)} > ${pick(WORDS)}**.`),
      '',
      '### Details',
      '',
      '| Parameter | Mandatory | Type | Description |',
      '| --- | --- | --- | --- |',
      ...Array.from({ length: 6 }, () => `| \`${pick(WORDS)}_${pick(WORDS)}\` | ${pick(['Yes', 'No'])} | ${pick(['String', 'Integer'])} | ${sentence(8)} |`),
      '',
      '```json',
      `{ "${pick(WORDS)}": "${pick(WORDS)}", "count": ${Math.floor(rand() * 100)} }`,
      '```',
      '',
      '## Notes',
      '',
      `- ${sentence()}`,
      `- ${sentence()}`,
      '',
    ].join('\n');
    const folder = Math.floor(index / FOLDER_SIZE);
    write(`content/${part.collection}/${part.id}/folder-${folder}/${id}.mdx`, `${front}\n\n${body}`);
  }

  // Nav: groups of folders of pages, per part.
  PARTS.forEach((part, order) => {
    const partPages = plan.filter((entry) => entry.part === part).map((entry) => entry.id);
    const folders: string[] = [];
    for (let f = 0; f * FOLDER_SIZE < partPages.length; f++) {
      const items = partPages.slice(f * FOLDER_SIZE, (f + 1) * FOLDER_SIZE).map((pageId) => `              - ${pageId}`);
      folders.push([`          - id: ${part.id}-folder-${f}`, `            title: Folder ${f}`, `            description: ${sentence(8)}`, '            items:', ...items].join('\n'));
    }
    const groups: string[] = [];
    for (let g = 0; g * FOLDERS_PER_GROUP < folders.length; g++) {
      groups.push([`  - id: ${part.id}-group-${g}`, `    title: Group ${g}`, '    items:', ...folders.slice(g * FOLDERS_PER_GROUP, (g + 1) * FOLDERS_PER_GROUP).map((f) => f.replace(/^ {6}/gm, ''))].join('\n'));
    }
    write(
      `content/nav/${part.id}.yaml`,
      [`id: ${part.id}`, `title: Part ${part.id}`, `order: ${order + 1}`, `description: ${sentence(8)}`, 'items:', ...groups, ''].join('\n'),
    );
  });
  write('content/home.yaml', `popularFaqs:\n  - ${plan.find((entry) => entry.part.id === 'faq')!.id}\n`);
  write('content/error-codes.yaml', '- code: CBC.0100\n  status: 400\n  meaning: A request parameter is invalid.\n  action: Correct the request.\n');
  write('content/search-synonyms.yaml', 'groups:\n  - [partner, reseller]\n');
  return { pages: plan.length, ids };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const pages = Number(values.pages);
  const out = values.out ?? `bench/out/site-${pages}`;
  const site = generateSite(out, pages, Number(values.seed));
  console.log(`Generated ${site.pages} pages in ${out}/content`);
}
