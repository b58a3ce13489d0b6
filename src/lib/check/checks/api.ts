/**
 * API Reference checks: the page-local table problems found while collecting,
 * plus the site-wide ones: every error code is in the registry, and every
 * `replacedBy` names an existing operation.
 */
import type { ApiData } from '../../../schemas/api.ts';
import { ERROR_CODES_FILE, loadRegistry } from '../../api/registry.ts';
import type { Check } from '../context.ts';

export const checkApi: Check = (site, report) => {
  const registry = loadRegistry(site.root);
  for (const problem of registry.problems) {
    report('api-registry-invalid', ERROR_CODES_FILE, problem, problem.message, 'Each entry has `code` (CBC.<digits>), optional `status`, `meaning` and `action`; codes are unique.');
  }
  for (const page of site.pages) {
    for (const problem of page.apiProblems) report(problem.code, page.file, problem, problem.message, problem.hint);
    if (page.collection !== 'api' || !page.data) continue;
    const op = page.data as unknown as ApiData;
    op.errorCodes.forEach((code, i) => {
      if (!registry.knownCodes.has(code)) {
        report('api-error-code-unknown', page.file, page.apiPositions.errorCodes[i] ?? page.idAt, `${code} is not in the error-code registry`, `Add it to ${ERROR_CODES_FILE} (code, status, meaning, action), or correct the code.`);
      }
    });
    (op.replacedBy ?? []).forEach((id, i) => {
      const target = site.byId.get(id);
      if (!target || target.collection !== 'api') {
        report('api-replaced-by-invalid', page.file, page.apiPositions.replacedBy[i] ?? page.idAt, `replacedBy names "${id}", which is not an API operation page`, 'Name the id of the operation that replaces this one.');
      } else if (target.data?.deprecated === true) {
        report('api-replaced-by-invalid', page.file, page.apiPositions.replacedBy[i] ?? page.idAt, `replacedBy names "${id}", which is itself deprecated`, 'Point at the current operation, not another retired one.');
      }
    });
  }
};
