/**
 * Query-time synonyms: a query that contains a term of a synonym group is also
 * run with each other term of the group in its place, and the results are
 * merged. "unfreeze account" also searches "unrestrict account".
 */
export type SynonymGroups = readonly (readonly string[])[];

/** At most this many queries per search, the original first. */
const MAX_VARIANTS = 6;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function expandQuery(query: string, groups: SynonymGroups): string[] {
  const base = query.trim().replace(/\s+/g, ' ');
  const variants = [base];
  if (!base) return variants;
  for (const group of groups) {
    for (const term of group) {
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(term)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
      if (!pattern.test(base)) continue;
      for (const other of group) {
        if (other === term) continue;
        const variant = base.replace(pattern, (_, before: string) => `${before}${other}`);
        if (!variants.some((known) => known.toLowerCase() === variant.toLowerCase())) variants.push(variant);
        if (variants.length >= MAX_VARIANTS) return variants;
      }
    }
  }
  return variants;
}
