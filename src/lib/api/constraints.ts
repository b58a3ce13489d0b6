/**
 * Well-formedness of one field's constraints: each constraint fits the type
 * (a range on a number, a maxLength on a string, children on an object...),
 * ranges run low to high, enum values and defaults have the field's type.
 */
import type { ApiField } from '../../schemas/api.ts';
import { isList, isNumeric, isObject, isString, scalarMatches } from './fields.ts';

export interface ConstraintProblem {
  /** Which constraint, so the checker can point at its line. */
  key: 'type' | 'range' | 'maxLength' | 'minLength' | 'enum' | 'default' | 'pattern' | 'children' | 'maxItems' | 'name';
  message: string;
}

export function constraintProblems(field: ApiField): ConstraintProblem[] {
  const problems: ConstraintProblem[] = [];
  const { type } = field;
  if (field.range) {
    if (!isNumeric(type)) problems.push({ key: 'range', message: `range is set on ${type} "${field.name}"; ranges apply to numbers` });
    else if (field.range[0] > field.range[1]) problems.push({ key: 'range', message: `range [${field.range[0]}, ${field.range[1]}] of "${field.name}" runs high to low` });
  }
  if (field.maxLength !== undefined && !isString(type)) problems.push({ key: 'maxLength', message: `maxLength is set on ${type} "${field.name}"; it applies to strings` });
  if (field.minLength !== undefined && !isString(type)) problems.push({ key: 'minLength', message: `minLength is set on ${type} "${field.name}"; it applies to strings` });
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    problems.push({ key: 'minLength', message: `minLength ${field.minLength} of "${field.name}" is above its maxLength ${field.maxLength}` });
  }
  if (field.enum) {
    const seen = new Set<string>();
    for (const option of field.enum) {
      if (!scalarMatches(type, option.value) || isObject(type)) problems.push({ key: 'enum', message: `enum value ${JSON.stringify(option.value)} of "${field.name}" is not ${type}` });
      const key = JSON.stringify(option.value);
      if (seen.has(key)) problems.push({ key: 'enum', message: `enum value ${key} of "${field.name}" is listed twice` });
      seen.add(key);
    }
  }
  if (field.default !== undefined) {
    if (!scalarMatches(type, field.default) || isObject(type)) problems.push({ key: 'default', message: `default ${JSON.stringify(field.default)} of "${field.name}" is not ${type}` });
    else if (field.enum && !field.enum.some((option) => option.value === field.default)) problems.push({ key: 'default', message: `default ${JSON.stringify(field.default)} of "${field.name}" is not one of its enum values` });
    else if (field.range && typeof field.default === 'number' && (field.default < field.range[0] || field.default > field.range[1])) {
      problems.push({ key: 'default', message: `default ${field.default} of "${field.name}" is outside its range` });
    }
  }
  if (field.pattern !== undefined) {
    if (!isString(type)) problems.push({ key: 'pattern', message: `pattern is set on ${type} "${field.name}"; it applies to strings` });
    try {
      new RegExp(field.pattern);
    } catch {
      problems.push({ key: 'pattern', message: `pattern of "${field.name}" is not a valid regular expression` });
    }
  }
  if (field.children && !isObject(type)) problems.push({ key: 'children', message: `"${field.name}" is ${type} but declares child fields; only Object and List<Object> have children` });
  if (field.maxItems !== undefined && !isList(type)) problems.push({ key: 'maxItems', message: `maxItems is set on ${type} "${field.name}"; it applies to lists` });
  return problems;
}

/** Names used twice among siblings. */
export function duplicateNames(fields: readonly ApiField[]): { index: number; name: string }[] {
  const seen = new Set<string>();
  const duplicates: { index: number; name: string }[] = [];
  fields.forEach((field, index) => {
    if (seen.has(field.name)) duplicates.push({ index, name: field.name });
    seen.add(field.name);
  });
  return duplicates;
}

/** `{placeholders}` in a path, in order. */
export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}
