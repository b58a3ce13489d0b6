/**
 * Filters and their counts, done on the full result list: values within a
 * group are alternatives (any), groups combine (all). A group's counts apply
 * every other group's selection but not its own, so ticking "FAQs" still
 * shows how many results the other parts hold.
 */

/** Selected values per filter group (`part`, `role`, `method`, `status`). */
export type Filters = Record<string, readonly string[]>;

/** For each group and value, the result pages that have it. */
export type Membership = Record<string, Record<string, ReadonlySet<string>>>;

function passes(id: string, group: string, filters: Filters, membership: Membership): boolean {
  const values = filters[group] ?? [];
  return values.length === 0 || values.some((value) => membership[group]?.[value]?.has(id));
}

/** The ids that pass every selected filter, in their order. */
export function applyFilters(ids: readonly string[], filters: Filters, membership: Membership): string[] {
  const groups = Object.keys(filters).filter((group) => (filters[group] ?? []).length > 0);
  return ids.filter((id) => groups.every((group) => passes(id, group, filters, membership)));
}

/** Count per group and value, each group under the other groups' selections. */
export function facetCounts(ids: readonly string[], filters: Filters, membership: Membership): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [group, values] of Object.entries(membership)) {
    const others = Object.keys(filters).filter((other) => other !== group && (filters[other] ?? []).length > 0);
    const pool = ids.filter((id) => others.every((other) => passes(id, other, filters, membership)));
    counts[group] = Object.fromEntries(Object.entries(values).map(([value, pages]) => [value, pool.filter((id) => pages.has(id)).length]));
  }
  return counts;
}
