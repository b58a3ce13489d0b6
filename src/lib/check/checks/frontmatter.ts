/** Frontmatter: present, valid YAML, valid fields, sources listed; ids unique; one page per URL. */
import type { Check } from '../context.ts';
import { rawId } from '../site.ts';

export const checkFrontmatter: Check = (site, report) => {
  for (const page of site.pages) {
    if (page.frontmatterMissing) {
      report('frontmatter-missing', page.file, { line: 1, column: 1 }, 'the page has no frontmatter', 'Start the file with a `---` block holding id, title, description, updated and audience (see README, Writing content).');
    } else if (page.yamlError) {
      report('frontmatter-yaml', page.file, page.yamlError, `frontmatter is not valid YAML: ${page.yamlError.message}`, 'Check indentation, and quote values that contain a colon followed by a space.');
    }
    for (const problem of page.fieldProblems) {
      report('frontmatter-invalid', page.file, problem, `${problem.field} ${problem.problem}`, problem.fix);
    }
    // Traceability: every fact comes from a vendor page, and the page says which.
    const sources = page.data?.sources;
    if (page.kind === 'page' && page.data && (!Array.isArray(sources) || sources.length === 0)) {
      report('sources-missing', page.file, page.sourcesAt, 'the page lists no sources', 'Add `sources:` with every public vendor page the facts come from, one URL per line.');
    }
  }
};

export const checkIds: Check = (site, report) => {
  for (const page of site.pages) {
    const id = rawId(page);
    if (!id) continue;
    const owner = site.byId.get(id);
    if (owner && owner !== page) {
      report('id-duplicate', page.file, page.idAt, `id "${id}" is already used by ${owner.file}`, 'Give this page its own id; ids never repeat across the site.');
    }
  }
  // Redirects must not claim a live URL or each other's.
  const claimed = new Map<string, string>();
  for (const page of site.pages) {
    const from = page.data?.redirectFrom;
    if (!Array.isArray(from)) continue;
    for (const path of from as string[]) {
      const live = site.byUrl.get(path);
      const other = claimed.get(path);
      if (live) {
        report('url-duplicate', page.file, page.idAt, `redirectFrom ${path} is the live URL of "${live.id}"`, 'Remove the redirect, or move the live page first.');
      } else if (other && other !== page.file) {
        report('url-duplicate', page.file, page.idAt, `redirectFrom ${path} is also claimed by ${other}`, 'Keep the redirect on one page only.');
      }
      claimed.set(path, page.file);
    }
  }
};
