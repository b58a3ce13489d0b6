import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/lib/api/openapi.ts';
import { apiSchema } from '../../src/schemas/api.ts';

const base = { title: 'An Operation Title', description: 'A description long enough for the schema.', updated: '2026-11-24', audience: 'all' };
/** A response object shape both operations return, so it becomes a shared component. */
const address = { name: 'address', type: 'Object', description: 'Postal address.', children: [{ name: 'city', type: 'String', maxLength: 64, description: 'City.' }] };
const ops = [
  apiSchema.parse({
    ...base,
    id: 'list-things',
    operationId: 'ListThings',
    group: 'customer-management',
    method: 'GET',
    path: '/v2/things/{thing_id}',
    token: 'partner',
    parameters: {
      path: [{ name: 'thing_id', type: 'String', mandatory: true, description: 'Thing ID.' }],
      query: [{ name: 'limit', type: 'Integer', mandatory: false, range: [1, 100], default: 10, description: 'Page size.' }],
    },
    response: [{ name: 'things', type: 'List<Object>', description: 'Things.', children: [{ name: 'name', type: 'String', description: 'Name.' }, address] }],
    example: { request: { path: { thing_id: 'a' } }, response: { body: { things: [] } } },
  }),
  apiSchema.parse({
    ...base,
    id: 'create-thing',
    operationId: 'CreateThing',
    group: 'budgets',
    method: 'POST',
    path: '/v2/things',
    token: 'customer',
    deprecated: true,
    parameters: {
      body: [
        { name: 'name', type: 'String', mandatory: true, description: 'Name.', enum: [{ value: 'a', meaning: 'The A kind' }] },
        { name: 'note', type: 'String', mandatory: false, description: 'Note; see [Limits](id:list-things#limits).' },
      ],
    },
    response: [address],
    example: { request: { body: { name: 'a' } }, response: { body: { address: { city: 'X' } } } },
  }),
];

describe('OpenAPI export', () => {
  const doc = buildOpenApi(
    ops.map((data) => ({ data, url: `/api/${data.id}/` })),
    { version: '2026-11-24', siteUrl: 'https://docs.example.com' },
  ) as { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> }; tags: { name: string }[] };

  it('uses a validator that rejects an invalid document', async () => {
    expect((await new Validator().validate({ openapi: '3.1.0', paths: { '/x': { get: { responses: 'none' } } } })).valid).toBe(false);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has one operation per page, tagged by group, with parameter counts matching the page', () => {
    const list = doc.paths['/v2/things/{thing_id}']!.get;
    expect(list.operationId).toBe('ListThings');
    expect(list.tags).toEqual(['Customer Management']);
    expect(list.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:thing_id', 'query:limit']);
    expect(list.externalDocs.url).toBe('https://docs.example.com/api/list-things/');
    const create = doc.paths['/v2/things']!.post;
    expect(create.deprecated).toBe(true);
    expect(Object.keys(create.requestBody.content['application/json'].schema.properties)).toEqual(['name', 'note']);
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['name']);
    expect(doc.tags.map((tag) => tag.name)).toEqual(['Customer Management', "Managing Customers' Budgets"]);
  });

  it('moves an object shape used by several operations into a shared component', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(['Error', 'Address']);
    expect(doc.paths['/v2/things']!.post.responses['200'].content['application/json'].schema.properties.address.$ref).toBe('#/components/schemas/Address');
    expect(doc.paths['/v2/things/{thing_id}']!.get.responses['200'].content['application/json'].schema.properties.things.items.properties.address.$ref).toBe(
      '#/components/schemas/Address',
    );
  });

  it('carries constraints and enum meanings', () => {
    const limit = doc.paths['/v2/things/{thing_id}']!.get.parameters[1].schema;
    expect(limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 10 });
    const name = doc.paths['/v2/things']!.post.requestBody.content['application/json'].schema.properties.name;
    expect(name).toMatchObject({ type: 'string', enum: ['a'], description: 'Name. Values: "a" (The A kind).' });
  });

  it('turns id: links in descriptions into site URLs', () => {
    const linked = buildOpenApi(
      ops.map((data) => ({ data, url: `/api/${data.id}/` })),
      { version: '2026-11-24', resolveLink: (href) => href.replace(/^id:([^#]+)/, 'https://docs.example.com/api/$1/') },
    ) as typeof doc;
    const body = linked.paths['/v2/things']!.post.requestBody.content['application/json'].schema;
    expect(body.properties.note.description).toBe('Note; see [Limits](https://docs.example.com/api/list-things/#limits).');
  });
});
