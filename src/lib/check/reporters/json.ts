/** JSON reporter: the whole typed report, for CI annotations and other tools. */
import type { CheckReport } from '../run.ts';

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify({ pages: report.pages, errors: report.errors, warnings: report.warnings, withoutSources: report.withoutSources, notChecked: report.notChecked, issues: report.issues }, null, 2)}\n`;
}
