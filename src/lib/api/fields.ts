/** Small facts about field types, shared by validation, tables, samples and OpenAPI. */
import type { ApiData, ApiField, ParamType } from '../../schemas/api.ts';

export const isList = (type: ParamType): boolean => type.startsWith('List<');
/** `List<String>` → `String`; other types are their own item type. */
export const itemType = (type: ParamType): ParamType => (isList(type) ? (type.slice(5, -1) as ParamType) : type);
export const isObject = (type: ParamType): boolean => itemType(type) === 'Object';
export const isInteger = (type: ParamType): boolean => ['Integer', 'Long'].includes(itemType(type));
export const isNumeric = (type: ParamType): boolean => ['Integer', 'Long', 'Double', 'Float', 'BigDecimal'].includes(itemType(type));
export const isString = (type: ParamType): boolean => itemType(type) === 'String';

/** Whether a scalar value has the (item) type. */
export function scalarMatches(type: ParamType, value: unknown): boolean {
  const base = itemType(type);
  if (base === 'String') return typeof value === 'string';
  if (base === 'Boolean') return typeof value === 'boolean';
  if (base === 'Object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isInteger(base)) return typeof value === 'number' && Number.isInteger(value);
  return typeof value === 'number' && Number.isFinite(value);
}

/** JSON-ish name of a value's type, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Visit every field depth-first with its path of names. */
export function* walkFields(fields: readonly ApiField[], path: string[] = []): Generator<{ field: ApiField; path: string[]; index: number }> {
  for (const [index, field] of fields.entries()) {
    yield { field, path: [...path, field.name], index };
    if (field.children) yield* walkFields(field.children, [...path, field.name]);
  }
}

/** Every field description of an operation with its frontmatter path (e.g. `['parameters', 'body', 2, 'children', 0, 'description']`). */
export function* fieldDescriptions(op: Pick<ApiData, 'parameters' | 'response'>): Generator<{ text: string; at: (string | number)[] }> {
  function* walk(fields: readonly ApiField[], base: (string | number)[]): Generator<{ text: string; at: (string | number)[] }> {
    for (const [index, field] of fields.entries()) {
      yield { text: field.description, at: [...base, index, 'description'] };
      if (field.children) yield* walk(field.children, [...base, index, 'children']);
    }
  }
  for (const [location, fields] of Object.entries(op.parameters)) yield* walk(fields, ['parameters', location]);
  yield* walk(op.response, ['response']);
}
