/** Navigation: valid files, every page listed exactly once, no unknown ids; home.yaml lists real FAQs. */
import { homeSchema } from '../../../schemas/home.ts';
import { HOME_FILE } from '../../../schemas/index.ts';
import { describeIssues } from '../../friendly-errors.ts';
import { fieldPath } from '../../yaml-source.ts';
import type { Check, ReportFn } from '../context.ts';
import type { SiteModel } from '../site.ts';

export const checkNav: Check = (site, report) => {
  for (const nav of site.navFiles) {
    for (const problem of nav.problems) {
      report('nav-invalid', nav.file, problem, `${problem.field} ${problem.problem}`, problem.fix);
    }
  }
  // Every occurrence of an id across the valid nav files (the ones the tree reads), in its order.
  const ordered = site.navFiles.filter((nav) => nav.part).sort((a, b) => (a.part?.order ?? 0) - (b.part?.order ?? 0) || (a.part?.id ?? '').localeCompare(b.part?.id ?? ''));
  const occurrences = new Map<string, { file: string; line: number; column: number }[]>();
  for (const nav of ordered) {
    for (const [id, list] of nav.occurrences) {
      const all = occurrences.get(id) ?? [];
      all.push(...list.map((at) => ({ file: nav.file, ...at })));
      occurrences.set(id, all);
    }
  }
  const consumed = new Map<string, number>();
  /** The next occurrence of an id not yet blamed; duplicates start at the second one. */
  const next = (id: string, skipFirst: boolean) => {
    const list = occurrences.get(id) ?? [];
    const index = consumed.get(id) ?? (skipFirst ? 1 : 0);
    consumed.set(id, index + 1);
    return list[Math.min(index, list.length - 1)] ?? { file: site.navFiles[0]?.file ?? '', line: 1, column: 1 };
  };
  for (const problem of site.tree.problems) {
    const page = site.byId.get(problem.id);
    if (problem.code === 'nav-unknown-page') {
      const at = next(problem.id, false);
      report('nav-unknown-page', at.file, at, problem.message, 'Fix the id, or remove the entry until the page exists.');
    } else if (problem.code === 'nav-duplicate-entry') {
      const at = next(problem.id, true);
      report('nav-duplicate-entry', at.file, at, problem.message, 'A page sits in one place in the menu; remove this entry or the other one.');
    } else if (problem.code === 'nav-missing-page' && page && !site.unreadNavIds.has(problem.id)) {
      report('nav-missing-page', page.file, page.idAt, problem.message, `Add "${problem.id}" to a file in content/nav/.`);
    } else if (problem.code === 'duplicate-id') {
      const at = page ? { file: page.file, ...page.idAt } : next(problem.id, true);
      report('id-duplicate', at.file, at, problem.message, 'Folders, parts and pages share one id namespace; rename one of them.');
    }
  }
  checkHome(site, report);
};

/** `content/home.yaml`: valid, and every id is an FAQ page. */
function checkHome(site: SiteModel, report: ReportFn): void {
  const home = site.home;
  if (!home) return;
  const fix = 'It holds `popularFaqs:`, a list of 1 to 12 FAQ page ids.';
  if (home.error) {
    report('home-unknown-page', HOME_FILE, home.error, `content/home.yaml is not valid YAML: ${home.error.message}`, fix);
    return;
  }
  const result = homeSchema.safeParse(home.value);
  if (!result.success) {
    for (const problem of describeIssues(homeSchema, result.error.issues, home.value)) {
      report('home-unknown-page', HOME_FILE, home.positionOf(fieldPath(problem.field)), `content/home.yaml: ${problem.field} ${problem.problem}`, problem.fix ?? fix);
    }
    return;
  }
  result.data.popularFaqs.forEach((id, index) => {
    const page = site.byId.get(id);
    if (!page || page.collection !== 'faq') {
      report('home-unknown-page', HOME_FILE, home.positionOf(['popularFaqs', index]), `popularFaqs lists "${id}", which is not an FAQ page`, 'List ids of pages in content/faq/.');
    }
  });
}
