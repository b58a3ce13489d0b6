/**
 * Scaffolds API operation pages from the machine-readable facts
 * (`../shared/facts/partner-api.json`): typed frontmatter with every parameter's
 * name, type, mandatory flag and constraints, ready for a writer to add the
 * descriptions, enum meanings, examples and prose from the vendor's page.
 * Fields a writer must complete are marked `WRITE:` so the checker's
 * placeholder rule keeps an unfinished page from shipping.
 *
 *   node scripts/scaffold-api.ts --facts ../shared/facts/partner-api.json --out /tmp/api [--operation ListSubCustomers]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { ApiGroup } from '../src/schemas/api.ts';

interface FactParam {
  name: string;
  type: string;
  required?: boolean;
  constraints?: { values?: string[]; maxLength?: number; range?: [number, number]; default?: unknown; format?: string; maxItems?: number } | null;
  children?: FactParam[];
}
interface FactOperation {
  operationId: string;
  group: string;
  method: string;
  path: string;
  host: string;
  pathParams: FactParam[];
  queryParams: FactParam[];
  headerParams: FactParam[];
  bodyParams: FactParam[];
  responseFields: FactParam[];
  errorCodes: string[];
  errorCodesVerified: boolean;
  deprecated: boolean;
  replacedBy?: string | null;
  audience: string;
  summary: string;
  source: string;
}

const GROUPS: Record<string, ApiGroup> = {
  'Product Management': 'product-management',
  'Customer Management': 'customer-management',
  'Real-Name Authentication': 'real-name-authentication',
  'Account Management': 'account-management',
  'Managing Credits': 'managing-credits',
  "Managing Customers' Budgets": 'budgets',
  'Coupons Management': 'coupons',
  'Managing Yearly/Monthly Orders': 'yearly-monthly-orders',
  'Managing Yearly/Monthly Resources': 'yearly-monthly-resources',
  'Managing Resource Packages': 'resource-packages',
  'Managing Pay-Per-Use Resources': 'pay-per-use-resources',
  'Bill Management': 'bill-management',
  'Invoice Management': 'invoice-management',
};

/** `ListSubCustomers` → `list-sub-customers`: the page id of an operation. */
export function operationPageId(operationId: string): string {
  return operationId
    .replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, '-')
    .toLowerCase();
}

const NUMERIC = new Set(['Integer', 'Long', 'Double', 'Float', 'BigDecimal']);

function field(param: FactParam, request: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { name: param.name, type: param.type };
  if (request) out.mandatory = param.required ?? 'WRITE: true or false';
  const c = param.constraints ?? {};
  if (c.maxLength !== undefined) out.maxLength = c.maxLength;
  if (c.range) out.range = c.range;
  if (c.maxItems !== undefined) out.maxItems = c.maxItems;
  if (c.format) out.format = c.format;
  if (c.default !== undefined && c.default !== null) out.default = NUMERIC.has(param.type) && !Number.isNaN(Number(c.default)) ? Number(c.default) : c.default;
  if (c.values) {
    out.enum = c.values.map((value) => ({ value: NUMERIC.has(param.type.replace(/^List<|>$/g, '')) ? Number(value) : value, meaning: 'WRITE: what this value means' }));
  }
  out.description = 'WRITE: what the field is, in our words';
  if (param.children?.length) out.children = param.children.map((child) => field(child, request));
  return out;
}

function token(audience: string): string {
  if (audience === 'partner' || audience === 'partner (distributor)') return 'partner';
  if (audience.startsWith('customer')) return 'customer';
  if (audience === 'partner or customer token') return 'partner-or-customer';
  return 'WRITE: partner, customer or partner-or-customer';
}

export function scaffold(op: FactOperation): { group: ApiGroup; id: string; text: string } {
  const group = GROUPS[op.group];
  if (!group) throw new Error(`Unknown group "${op.group}" for ${op.operationId}`);
  const id = operationPageId(op.operationId);
  const replacedBy = op.replacedBy
    ? op.replacedBy
        .split('/')
        .map((name) => operationPageId(name.trim()))
        .filter(Boolean)
    : undefined;
  const front: Record<string, unknown> = {
    id,
    title: `WRITE: the vendor page title (${op.summary})`,
    description: 'WRITE: one sentence saying what the operation does',
    updated: '2026-11-24',
    audience: 'WRITE: roles, e.g. [solution-provider, distributor]',
    keywords: [op.operationId, op.path],
    sources: [],
    operationId: op.operationId,
    group,
    method: op.method,
    path: op.path,
    host: op.host,
    token: token(op.audience),
    ...(op.deprecated ? { deprecated: true } : {}),
    ...(replacedBy?.length ? { replacedBy } : {}),
    parameters: {
      path: op.pathParams.map((p) => field(p, true)),
      query: op.queryParams.map((p) => field(p, true)),
      header: op.headerParams.map((p) => field(p, true)),
      body: op.bodyParams.map((p) => field(p, true)),
    },
    response: op.responseFields.map((p) => field(p, false)),
    example: { request: {}, response: { status: 200 } },
    errorCodes: op.errorCodesVerified ? op.errorCodes : [],
  };
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n## Function\n\nWRITE: what the operation does and when a partner calls it.\n\n## Constraints\n\nWRITE: who may call it and the conditions from the vendor page.\n`;
  return { group, id, text };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { facts: { type: 'string', default: '../shared/facts/partner-api.json' }, out: { type: 'string', default: '/tmp/api-scaffold' }, operation: { type: 'string' } } });
  const operations = JSON.parse(readFileSync(values.facts!, 'utf8')) as FactOperation[];
  let count = 0;
  for (const op of operations) {
    if (values.operation && op.operationId !== values.operation) continue;
    const { group, id, text } = scaffold(op);
    mkdirSync(join(values.out!, group), { recursive: true });
    writeFileSync(join(values.out!, group, `${id}.mdx`), text);
    count++;
  }
  console.log(`Scaffolded ${count} operation pages into ${values.out}`);
}
