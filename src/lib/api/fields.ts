/** Small facts about field types, shared by validation, tables, samples and OpenAPI. */
import type { ApiField, ParamType } from '../../schemas/api.ts';

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
