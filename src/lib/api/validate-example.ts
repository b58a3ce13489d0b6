/**
 * Validates an example request or response against the declared fields:
 * unknown fields, missing mandatory fields, wrong types, values too long, out
 * of range, outside the enum, not matching the pattern, too many items.
 */
import type { ApiField } from '../../schemas/api.ts';
import { describeValue, isList, isNumeric, isObject, isString, itemType, scalarMatches } from './fields.ts';

export type ExampleProblemKind =
  | 'unknown-field'
  | 'missing-mandatory'
  | 'wrong-type'
  | 'too-long'
  | 'out-of-range'
  | 'not-in-enum'
  | 'pattern'
  | 'too-many-items';

export interface ExampleProblem {
  kind: ExampleProblemKind;
  /** Path inside the example object, e.g. `['customer_info', 'name']` or `['items', 2]`. */
  path: (string | number)[];
  message: string;
}

export interface ValidateOptions {
  /** Check that mandatory fields are present (requests: yes; responses: fields carry no flag). */
  mandatory: boolean;
}

export function validateExample(fields: readonly ApiField[], value: Record<string, unknown>, options: ValidateOptions): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
  checkObject(fields, value, [], options, problems);
  return problems;
}

function checkObject(fields: readonly ApiField[], value: Record<string, unknown>, path: (string | number)[], options: ValidateOptions, problems: ExampleProblem[]): void {
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [name, child] of Object.entries(value)) {
    const field = byName.get(name);
    if (!field) {
      problems.push({ kind: 'unknown-field', path: [...path, name], message: `"${dotted([...path, name])}" is not a declared field` });
      continue;
    }
    checkValue(field, child, [...path, name], options, problems);
  }
  if (options.mandatory) {
    for (const field of fields) {
      if (field.mandatory && !(field.name in value)) {
        problems.push({ kind: 'missing-mandatory', path: [...path, field.name], message: `mandatory field "${dotted([...path, field.name])}" is missing` });
      }
    }
  }
}

function checkValue(field: ApiField, value: unknown, path: (string | number)[], options: ValidateOptions, problems: ExampleProblem[]): void {
  const where = dotted(path);
  if (isList(field.type)) {
    if (!Array.isArray(value)) {
      problems.push({ kind: 'wrong-type', path, message: `"${where}" should be ${field.type} but is ${describeValue(value)}` });
      return;
    }
    if (field.maxItems !== undefined && value.length > field.maxItems) {
      problems.push({ kind: 'too-many-items', path, message: `"${where}" has ${value.length} items, more than the maximum of ${field.maxItems}` });
    }
    value.forEach((item, index) => checkScalarOrObject(field, item, [...path, index], options, problems));
    return;
  }
  checkScalarOrObject(field, value, path, options, problems);
}

function checkScalarOrObject(field: ApiField, value: unknown, path: (string | number)[], options: ValidateOptions, problems: ExampleProblem[]): void {
  const where = dotted(path);
  const type = itemType(field.type);
  if (!scalarMatches(type, value)) {
    problems.push({ kind: 'wrong-type', path, message: `"${where}" should be ${type} but is ${describeValue(value)}` });
    return;
  }
  if (isObject(field.type)) {
    if (field.children) checkObject(field.children, value as Record<string, unknown>, path, options, problems);
    return;
  }
  if (isString(field.type) && field.maxLength !== undefined && (value as string).length > field.maxLength) {
    problems.push({ kind: 'too-long', path, message: `"${where}" is ${(value as string).length} characters, longer than the maximum of ${field.maxLength}` });
  }
  if (isNumeric(field.type) && field.range && ((value as number) < field.range[0] || (value as number) > field.range[1])) {
    problems.push({ kind: 'out-of-range', path, message: `"${where}" is ${value as number}, outside the range ${field.range[0]} to ${field.range[1]}` });
  }
  if (field.enum && !field.enum.some((allowed) => allowed.value === value)) {
    problems.push({ kind: 'not-in-enum', path, message: `"${where}" is ${JSON.stringify(value)}, not one of ${field.enum.map((allowed) => JSON.stringify(allowed.value)).join(', ')}` });
  }
  if (isString(field.type) && field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(value as string)) {
    problems.push({ kind: 'pattern', path, message: `"${where}" does not match the pattern ${field.pattern}` });
  }
}

function dotted(path: (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
