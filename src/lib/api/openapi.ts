/**
 * Builds the OpenAPI 3.1 document from the typed operations: one operation per
 * API page, tags by menu group, a shared error body, and object shapes that
 * recur across operations factored out into `components.schemas`.
 */
import { API_GROUPS, type ApiData, type ApiField, type ApiGroup, type ParamLocation } from '../../schemas/api.ts';
import { toCommonMark } from '../inline-markup.ts';
import { isList, itemType } from './fields.ts';

export interface OpenApiOperationInput {
  data: ApiData;
  /** Absolute or site URL of the page, linked from the operation. */
  url: string;
}

type Schema = Record<string, unknown>;

const SCALARS: Record<string, Schema> = {
  String: { type: 'string' },
  Integer: { type: 'integer', format: 'int32' },
  Long: { type: 'integer', format: 'int64' },
  Double: { type: 'number', format: 'double' },
  Float: { type: 'number', format: 'float' },
  BigDecimal: { type: 'number' },
  Boolean: { type: 'boolean' },
};

export interface OpenApiOptions {
  version: string;
  siteUrl?: string;
  /** Turns a link target in a description (e.g. `id:api-xaccounttype-value`) into a URL. */
  resolveLink?: (href: string) => string;
}

/** Every field description, request and response, rewritten by `rewrite`. */
function mapDescriptions(data: ApiData, rewrite: (text: string) => string): ApiData {
  const fields = (list: readonly ApiField[]): ApiField[] =>
    list.map((field) => ({ ...field, description: rewrite(field.description), ...(field.children ? { children: fields(field.children) } : {}) }));
  const parameters = Object.fromEntries(Object.entries(data.parameters).map(([location, list]) => [location, fields(list)])) as ApiData['parameters'];
  return { ...data, parameters, response: fields(data.response) };
}

export function buildOpenApi(input: readonly OpenApiOperationInput[], options: OpenApiOptions): Record<string, unknown> {
  const resolve = options.resolveLink ?? ((href: string) => href);
  const operations = input.map((op) => ({ ...op, data: mapDescriptions(op.data, (text) => toCommonMark(text, resolve)) }));
  const components = new SharedObjects(operations);
  const paths: Record<string, Record<string, unknown>> = {};
  const groupsUsed = new Set<ApiGroup>();

  for (const { data, url } of operations) {
    groupsUsed.add(data.group);
    const parameters = (['path', 'query', 'header'] as const satisfies readonly ParamLocation[]).flatMap((location) =>
      data.parameters[location].map((field) => ({
        name: field.name,
        in: location,
        required: location === 'path' ? true : Boolean(field.mandatory),
        description: field.description,
        schema: components.schemaOf(field),
      })),
    );
    const operation: Record<string, unknown> = {
      operationId: data.operationId,
      summary: data.title,
      description: data.description,
      tags: [API_GROUPS[data.group].title],
      externalDocs: { url: options.siteUrl ? new URL(url, options.siteUrl).href : url },
      ...(data.deprecated ? { deprecated: true } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(data.parameters.body.length
        ? { requestBody: { required: true, content: { 'application/json': { schema: components.objectOf(data.parameters.body, true), ...(data.example.request.body ? { example: data.example.request.body } : {}) } } } }
        : {}),
      responses: {
        [String(data.example.response.status)]: {
          description: 'Success.',
          ...(data.response.length
            ? { content: { 'application/json': { schema: components.objectOf(data.response, false), ...(data.example.response.body ? { example: data.example.response.body } : {}) } } }
            : {}),
        },
        default: { $ref: '#/components/responses/Error' },
      },
      security: [{ token: [] }],
      'x-token': data.token,
    };
    paths[data.path] ??= {};
    paths[data.path]![data.method.toLowerCase()] = operation;
  }

  const tags = (Object.keys(API_GROUPS) as ApiGroup[]).filter((group) => groupsUsed.has(group)).map((group) => ({ name: API_GROUPS[group].title }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Huawei Cloud Partner Center operation APIs (reseller model)',
      version: options.version,
      description: 'Generated from the Partner Docs API Reference. Each operation links its page, which has the full descriptions, constraints and code samples.',
    },
    servers: [{ url: 'https://bss-intl.myhuaweicloud.com' }],
    tags,
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      securitySchemes: {
        token: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'An IAM token of the partner or of the customer, as each operation states (`x-token`).' },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: { error_code: { type: 'string', description: 'Error code, e.g. CBC.0100.' }, error_msg: { type: 'string', description: 'Error description.' } },
        },
        ...components.shared(),
      },
      responses: {
        Error: { description: 'The request failed; see error_code.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    },
  };
}

/**
 * Object shapes (name + fields, recursively) used by more than one operation
 * become named components; the rest stay inline.
 */
class SharedObjects {
  private readonly names = new Map<string, string>();
  private readonly schemas: Record<string, Schema> = {};

  constructor(operations: readonly OpenApiOperationInput[]) {
    const usedBy = new Map<string, { name: string; operations: Set<string> }>();
    const visit = (fields: readonly ApiField[], operationId: string) => {
      for (const field of fields) {
        if (!field.children) continue;
        const key = this.key(field);
        const entry = usedBy.get(key) ?? { name: field.name, operations: new Set<string>() };
        entry.operations.add(operationId);
        usedBy.set(key, entry);
        visit(field.children, operationId);
      }
    };
    for (const { data } of operations) {
      for (const location of ['path', 'query', 'header', 'body'] as const) visit(data.parameters[location], data.operationId);
      visit(data.response, data.operationId);
    }
    const taken = new Set(['Error']);
    for (const [key, { name, operations: ops }] of usedBy) {
      if (ops.size < 2) continue;
      const base = pascal(name);
      let componentName = base;
      for (let n = 2; taken.has(componentName); n++) componentName = `${base}${n}`;
      taken.add(componentName);
      this.names.set(key, componentName);
    }
  }

  /** Structural identity of an object field. */
  private key(field: ApiField): string {
    const shape = (fields: readonly ApiField[]): string => fields.map((f) => `${f.name}:${f.type}:${f.mandatory ? 1 : 0}${f.children ? `{${shape(f.children)}}` : ''}`).join(',');
    return `${field.name}{${shape(field.children ?? [])}}`;
  }

  schemaOf(field: ApiField): Schema {
    const item = this.itemSchema(field);
    const schema: Schema = isList(field.type) ? { type: 'array', items: item, ...(field.maxItems !== undefined ? { maxItems: field.maxItems } : {}) } : item;
    return { ...schema, description: describe(field) };
  }

  private itemSchema(field: ApiField): Schema {
    if (itemType(field.type) === 'Object') {
      if (!field.children) return { type: 'object' };
      const component = this.names.get(this.key(field));
      if (component) {
        this.schemas[component] ??= this.objectOf(field.children, field.mandatory !== undefined);
        return { $ref: `#/components/schemas/${component}` };
      }
      return this.objectOf(field.children, field.mandatory !== undefined);
    }
    const schema: Schema = { ...SCALARS[itemType(field.type)] };
    if (field.maxLength !== undefined) schema.maxLength = field.maxLength;
    if (field.minLength !== undefined) schema.minLength = field.minLength;
    if (field.pattern !== undefined) schema.pattern = `^(?:${field.pattern})$`;
    if (field.range) {
      schema.minimum = field.range[0];
      schema.maximum = field.range[1];
    }
    if (field.enum) schema.enum = field.enum.map((option) => option.value);
    if (field.default !== undefined) schema.default = field.default;
    return schema;
  }

  objectOf(fields: readonly ApiField[], withRequired: boolean): Schema {
    const required = withRequired ? fields.filter((field) => field.mandatory).map((field) => field.name) : [];
    return {
      type: 'object',
      properties: Object.fromEntries(fields.map((field) => [field.name, this.schemaOf(field)])),
      ...(required.length ? { required } : {}),
    };
  }

  shared(): Record<string, Schema> {
    return Object.fromEntries(Object.entries(this.schemas).sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** The description with enum meanings and a textual format appended. */
function describe(field: ApiField): string {
  const parts = [field.description];
  if (field.enum) parts.push(`Values: ${field.enum.map((option) => `${JSON.stringify(option.value)} (${option.meaning})`).join('; ')}.`);
  if (field.format) parts.push(`Format: ${field.format}.`);
  return parts.join(' ');
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
