/** Content holds no script: only allowed HTML elements and attributes, no `{…}` code (see `src/lib/content-html.ts`). */
import type { Check } from '../context.ts';

export const checkHtml: Check = (site, report) => {
  for (const page of site.pages) {
    for (const problem of page.htmlProblems) report(problem.code, page.file, problem, problem.message, problem.hint);
  }
};
