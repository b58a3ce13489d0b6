/**
 * The search filter groups, once, at build: the search page renders them
 * (with labels) and `/search-config.json` gives the client their values, so
 * the filters offered and the membership the client learns never drift apart.
 * The values are those `SearchData.astro` writes as Pagefind filters.
 */
import { HTTP_METHODS } from '../schemas/api.ts';
import { ROLE_LABELS } from '../schemas/common.ts';
import type { NavNode } from './nav-tree.ts';

/** Group (URL parameter) → its title and the label of each value, in display order. */
export type FilterLabels = Record<string, { title: string; values: Record<string, string> }>;

export function searchFilters(parts: readonly Pick<NavNode, 'id' | 'title'>[]): FilterLabels {
  return {
    part: { title: 'Part', values: Object.fromEntries(parts.map((part) => [part.id, part.title])) },
    role: { title: 'Partner role', values: ROLE_LABELS },
    method: { title: 'HTTP method', values: Object.fromEntries(HTTP_METHODS.map((method) => [method.toLowerCase(), method])) },
    status: { title: 'API status', values: { current: 'Current', deprecated: 'Being brought offline' } },
  };
}

/** Group → values, as the client needs them. */
export function filterValues(labels: FilterLabels): Record<string, string[]> {
  return Object.fromEntries(Object.entries(labels).map(([group, { values }]) => [group, Object.keys(values)]));
}
