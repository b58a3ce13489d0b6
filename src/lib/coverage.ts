/**
 * Menu coverage: which entries of the vendor help center's side menus (the
 * captured seed pages) have a page or folder of the same title on our site.
 *
 * The captured menus are flattened: a line `-` followed by a title opens a
 * folder (the title may repeat when the folder closes), `- Title` is an entry.
 * Depth is lost, so an entry keeps only its part and nearest folder, which is
 * all coverage needs.
 */

/** Top-level menu titles and the site part (nav file id) each maps to. */
export const MENU_PARTS: Readonly<Record<string, string>> = {
  'User Guide': 'user-guide',
  FAQs: 'faq',
  'Developer Guide': 'developer-guide',
  'API Reference': 'api',
};

export interface MenuEntry {
  /** Site part id, e.g. `faq`. */
  part: string;
  /** Nearest folder title above the entry in the captured menu. */
  folder: string;
  title: string;
}

/** The entries of one captured menu, in menu order. Lines before the first `-` and after the menu are ignored. */
export function parseSeedMenu(text: string): MenuEntry[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const entries: MenuEntry[] = [];
  let part: string | undefined;
  let folder = '';
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '-') {
      started = true;
      const title = lines[i + 1] ?? '';
      if (title && !title.startsWith('- ') && title !== '-') {
        part = MENU_PARTS[title] ?? part;
        folder = title;
        i++;
      }
    } else if (line.startsWith('- ')) {
      if (started && part) entries.push({ part, folder, title: line.slice(2).trim() });
    } else if (started && line !== '') {
      break; // The page body starts: the menu is over.
    }
  }
  return entries;
}

/** Case, quotes, punctuation and the vendor's brand spelling do not distinguish titles. */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/huawei cloud|huaweicloud/g, 'huaweicloud')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/'s\b/g, 's')
    .replace(/'/g, '')
    .trim();
}

/** Sørensen–Dice coefficient over character bigrams of two normalized titles (0..1). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [gram, n] of ga) shared += Math.min(n, gb.get(gram) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A name on the site that can cover a menu entry: a page or folder title, or a page keyword. */
export interface SiteName {
  text: string;
  /**
   * A page keyword: covers an entry (a question merged into a page of another
   * title) only when it is the entry's exact wording of four words or more.
   */
  keyword?: boolean;
}

/** Titles at least this similar count as the same topic (covers typos and small rewordings). */
export const MATCH_THRESHOLD = 0.8;

export interface CoveredEntry extends MenuEntry {
  /** The site name that covers the entry. */
  match?: SiteName;
  /** Similarity of a title match: 1 when the titles are equal once normalized, below 1 for a near title. */
  score?: number;
  /**
   * Best title that does not cover the entry, shown to help a reviewer: one
   * below the threshold, or a near title a reviewer rejected (see `rejectNear`).
   */
  nearest?: { title: string; score: number };
}

export interface PartCoverage {
  part: string;
  covered: CoveredEntry[];
  uncovered: CoveredEntry[];
}

/** Identity of a menu entry within its part: titles compare normalized. */
export function entryKey(part: string, title: string): string {
  return `${part}\u0000${normalizeTitle(title)}`;
}

export interface CoverageOptions {
  /**
   * Entries (keys from `entryKey`) whose near-title match a reviewer found not
   * to answer them (reason `false-match` in `content/coverage-gaps.yaml`).
   * Only an equal title or an exact keyword covers such an entry, so a page
   * written later for it still counts.
   */
  rejectNear?: ReadonlySet<string>;
}

/**
 * Compare menu entries (deduplicated per part by normalized title, so a
 * question listed in both menus counts once) with the site's names per part.
 */
export function computeCoverage(entries: readonly MenuEntry[], site: ReadonlyMap<string, readonly SiteName[]>, options: CoverageOptions = {}): PartCoverage[] {
  const byPart = new Map<string, PartCoverage>();
  const seen = new Set<string>();
  const normalized = new Map<string, (SiteName & { norm: string })[]>();
  for (const [part, names] of site) normalized.set(part, names.map((name) => ({ ...name, norm: normalizeTitle(name.text) })));

  for (const entry of entries) {
    const norm = normalizeTitle(entry.title);
    const key = entryKey(entry.part, entry.title);
    if (seen.has(key)) continue;
    seen.add(key);
    let coverage = byPart.get(entry.part);
    if (!coverage) byPart.set(entry.part, (coverage = { part: entry.part, covered: [], uncovered: [] }));

    const candidates = normalized.get(entry.part) ?? [];
    let best: { name: SiteName; score: number } | undefined;
    for (const candidate of candidates) {
      if (candidate.keyword) continue;
      const score = similarity(norm, candidate.norm);
      if (!best || score > best.score) best = { name: { text: candidate.text }, score };
      if (score === 1) break;
    }
    const keyword = norm.split(' ').length >= 4 ? candidates.find((candidate) => candidate.keyword && candidate.norm === norm) : undefined;
    // An equal title or a keyword written for the entry beats a near title, which is only a guess.
    const near = best && best.score >= MATCH_THRESHOLD && !options.rejectNear?.has(key);
    if (best && best.score === 1) coverage.covered.push({ ...entry, match: best.name, score: 1 });
    else if (keyword) coverage.covered.push({ ...entry, match: { text: keyword.text, keyword: true } });
    else if (near) coverage.covered.push({ ...entry, match: best!.name, score: best!.score });
    else coverage.uncovered.push({ ...entry, nearest: best && { title: best.name.text, score: best.score } });
  }
  return [...byPart.values()];
}

/** Plain-text report: covered / total per part, then the uncovered entries grouped by folder. */
export function formatCoverage(parts: readonly PartCoverage[]): string {
  const out = [formatSummary(parts)];
  for (const part of parts) {
    if (part.uncovered.length === 0) continue;
    out.push('', `Uncovered in ${part.part} (${part.uncovered.length}):`);
    pushByFolder(out, part.uncovered, (entry) => entry.folder, (entry) => {
      const hint = entry.nearest && entry.nearest.score >= 0.6 ? `  (nearest: "${entry.nearest.title}", ${entry.nearest.score.toFixed(2)})` : '';
      return `${entry.title}${hint}`;
    });
  }
  return out.join('\n');
}

/** Covered / total per part and in all, then the entries covered through another page's keywords. */
export function formatSummary(parts: readonly PartCoverage[]): string {
  const out: string[] = [];
  let covered = 0;
  let total = 0;
  for (const part of parts) {
    const n = part.covered.length + part.uncovered.length;
    covered += part.covered.length;
    total += n;
    out.push(`${part.part.padEnd(16)} ${String(part.covered.length).padStart(4)} / ${String(n).padEnd(4)} ${percent(part.covered.length, n)}`);
  }
  out.push(`${'total'.padEnd(16)} ${String(covered).padStart(4)} / ${String(total).padEnd(4)} ${percent(covered, total)}`);
  const byKeyword = parts.flatMap((part) => part.covered.filter((entry) => entry.match?.keyword));
  if (byKeyword.length > 0) {
    out.push('', `Covered by a page of another title, through its keywords (${byKeyword.length}):`);
    for (const entry of byKeyword) out.push(`    - ${entry.title}`);
  }
  // A near title is a guess: list each one so a reviewer can confirm it answers the entry.
  const byNearTitle = nearTitleMatches(parts);
  if (byNearTitle.length > 0) {
    out.push('', `Covered by a near title (${byNearTitle.length}): if the page does not answer the entry, record it as false-match in content/coverage-gaps.yaml`);
    for (const entry of byNearTitle) out.push(`    - ${entry.part}: ${entry.title}  ≈ "${entry.match!.text}" (${entry.score!.toFixed(2)})`);
  }
  return out.join('\n');
}

/** Entries covered by a title that is similar enough but not equal. */
export function nearTitleMatches(parts: readonly PartCoverage[]): CoveredEntry[] {
  return parts.flatMap((part) => part.covered.filter((entry) => entry.score !== undefined && entry.score < 1));
}

/** Append entries as `    - line`, with a `  [heading]` line whenever the heading changes. */
function pushByFolder<E>(out: string[], entries: readonly E[], heading: (entry: E) => string, line: (entry: E) => string): void {
  let current: string | undefined;
  for (const entry of entries) {
    const next = heading(entry);
    if (next !== current) out.push(`  [${(current = next)}]`);
    out.push(`    - ${line(entry)}`);
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** A recorded reason for leaving out a menu entry (see `src/schemas/coverage-gaps.ts`). */
export interface RecordedGap {
  part: string;
  reason: string;
  title: string;
  /** Detail for reviewers, e.g. where a topic covered elsewhere lives. */
  note?: string;
}

/** An uncovered entry with the note recorded for it, if any. */
export interface ExplainedEntry extends CoveredEntry {
  note?: string;
}

/** The gap reason that rejects a near-title match (see `CoverageOptions.rejectNear`). */
export const FALSE_MATCH = 'false-match';

/** Why a recorded gap no longer holds. */
export type StaleCause = 'now covered' | 'not in any menu' | 'no near title left';

export interface GapAudit {
  /** Uncovered entries per recorded reason, in menu order. */
  explained: Map<string, ExplainedEntry[]>;
  /** Uncovered entries nobody recorded a reason for. */
  unexplained: CoveredEntry[];
  /**
   * Recorded gaps to remove or re-record: the site now covers the entry, no
   * menu lists it, or a false match has no near title left to reject (the
   * page was renamed), so the entry needs its real reason.
   */
  stale: (RecordedGap & { cause: StaleCause })[];
}

/** The entries recorded as false matches, as `computeCoverage` takes them. */
export function falseMatchKeys(gaps: readonly RecordedGap[]): Set<string> {
  return new Set(gaps.filter((gap) => gap.reason === FALSE_MATCH).map((gap) => entryKey(gap.part, gap.title)));
}

/** Match recorded gaps to the uncovered entries of each part (titles compared normalized). */
export function auditGaps(parts: readonly PartCoverage[], gaps: readonly RecordedGap[]): GapAudit {
  const recorded = new Map(gaps.map((gap) => [entryKey(gap.part, gap.title), gap]));
  const used = new Set<string>();
  const nearGone = new Set<string>();
  const explained = new Map<string, ExplainedEntry[]>();
  const unexplained: CoveredEntry[] = [];
  for (const part of parts) {
    for (const entry of part.uncovered) {
      const k = entryKey(entry.part, entry.title);
      const gap = recorded.get(k);
      if (gap?.reason === FALSE_MATCH && !(entry.nearest && entry.nearest.score >= MATCH_THRESHOLD)) nearGone.add(k);
      if (!gap || nearGone.has(k)) {
        unexplained.push(entry);
        continue;
      }
      used.add(k);
      const list = explained.get(gap.reason) ?? [];
      list.push(gap.note === undefined ? entry : { ...entry, note: gap.note });
      explained.set(gap.reason, list);
    }
  }
  const coveredKeys = new Set(parts.flatMap((part) => part.covered.map((entry) => entryKey(entry.part, entry.title))));
  const stale = gaps
    .filter((gap) => !used.has(entryKey(gap.part, gap.title)))
    .map((gap): RecordedGap & { cause: StaleCause } => {
      const k = entryKey(gap.part, gap.title);
      return { ...gap, cause: coveredKeys.has(k) ? 'now covered' : nearGone.has(k) ? 'no near title left' : 'not in any menu' };
    });
  return { explained, unexplained, stale };
}

/**
 * Plain-text section: uncovered entries by reason (a note shared by all of a
 * reason's entries is printed once, others after their entry), then the
 * entries without a reason and the stale records.
 */
export function formatGapAudit(audit: GapAudit, reasons: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  const list = (entries: readonly ExplainedEntry[], notes: boolean) =>
    pushByFolder(out, entries, (entry) => `${entry.part} › ${entry.folder}`, (entry) => `${entry.title}${notes && entry.note ? `: ${entry.note}` : ''}`);
  if (audit.explained.size > 0) out.push('', 'Uncovered entries by recorded reason (content/coverage-gaps.yaml):');
  for (const [reason, entries] of audit.explained) {
    out.push('', `${reason} (${entries.length}): ${reasons[reason] ?? ''}`.trimEnd());
    const notes = new Set(entries.map((entry) => entry.note));
    const shared = notes.size === 1 ? [...notes][0] : undefined;
    if (shared) out.push(`  ${shared}`);
    list(entries, notes.size > 1);
  }
  if (audit.unexplained.length > 0) {
    out.push('', `Uncovered with no recorded reason (${audit.unexplained.length}): write the page, or record why in content/coverage-gaps.yaml`);
    list(audit.unexplained, false);
  }
  if (audit.stale.length > 0) {
    out.push('', `Recorded gaps to remove or correct in content/coverage-gaps.yaml (${audit.stale.length}):`);
    for (const gap of audit.stale) out.push(`    - ${gap.part}: ${gap.title} (${gap.cause})`);
  }
  return out.join('\n');
}
