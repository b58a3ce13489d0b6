/**
 * The sections an API page generates from its typed data, in the vendor's
 * order, with their anchors. The page renders them and lists them in "On this
 * page"; the checker knows them as valid anchors of API pages.
 */
import type { ApiData, ApiField, ParamLocation } from '../../schemas/api.ts';

export interface Section {
  depth: 2 | 3 | 4;
  slug: string;
  text: string;
  /** The table of an object field: an anchor, left out of "On this page". */
  nested?: true;
}

const LOCATION_TITLES: Record<Exclude<ParamLocation, 'path'>, string> = {
  header: 'Header parameters',
  query: 'Query parameters',
  body: 'Body parameters',
};

/** Anchor of a nested object's table: `request-body-customer_info-address`. */
export function nestedSlug(prefix: string, path: readonly string[]): string {
  return `${prefix}-${path.join('-')}`;
}

/** Object fields' tables, one level below the section that holds them (h4 under a request h3, h3 under Response). */
function nested(prefix: string, fields: readonly ApiField[], depth: 3 | 4, path: string[] = []): Section[] {
  return fields.flatMap((field) =>
    field.children
      ? [{ depth, slug: nestedSlug(prefix, [...path, field.name]), text: [...path, field.name].join('.'), nested: true as const }, ...nested(prefix, field.children, depth, [...path, field.name])]
      : [],
  );
}

export function apiSections(op: Pick<ApiData, 'parameters' | 'response'>): Section[] {
  const sections: Section[] = [{ depth: 2, slug: 'uri', text: 'URI' }, { depth: 2, slug: 'request', text: 'Request' }];
  for (const location of ['header', 'query', 'body'] as const) {
    if (op.parameters[location].length === 0) continue;
    sections.push({ depth: 3, slug: `request-${location}`, text: LOCATION_TITLES[location] }, ...nested(`request-${location}`, op.parameters[location], 4));
  }
  sections.push({ depth: 2, slug: 'example-request', text: 'Example request' }, { depth: 2, slug: 'response', text: 'Response' }, ...nested('response', op.response, 3));
  sections.push(
    { depth: 2, slug: 'example-response', text: 'Example response' },
    { depth: 2, slug: 'status-codes', text: 'Status codes' },
    { depth: 2, slug: 'error-codes', text: 'Error codes' },
    { depth: 2, slug: 'code-samples', text: 'Code samples' },
  );
  return sections;
}

/** A field's constraints (the vendor's "Value range"), as short phrases. */
export function valueRange(field: ApiField): string[] {
  const parts: string[] = [];
  if (field.minLength !== undefined && field.maxLength !== undefined) parts.push(`${field.minLength} to ${field.maxLength} characters`);
  else if (field.maxLength !== undefined) parts.push(`Up to ${field.maxLength} characters`);
  else if (field.minLength !== undefined) parts.push(`At least ${field.minLength} characters`);
  if (field.range) parts.push(`${field.range[0]} to ${field.range[1]}`);
  if (field.maxItems !== undefined) parts.push(`Up to ${field.maxItems} items`);
  if (field.format) parts.push(`Format: ${field.format}`);
  if (field.pattern) parts.push(`Pattern: ${field.pattern}`);
  if (field.default !== undefined) parts.push(`Default: ${String(field.default)}`);
  return parts;
}
