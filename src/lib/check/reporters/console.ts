/** Console reporter: issues grouped by file, one line each, hint below, then a summary. */
import type { CheckReport } from '../run.ts';

export function formatConsole(report: CheckReport, { color = false } = {}): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const issue of report.issues) {
    if (issue.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint(1, issue.file));
      currentFile = issue.file;
    }
    const level = issue.severity === 'error' ? paint(31, 'error') : paint(33, 'warn ');
    lines.push(`  ${issue.file}:${issue.line}:${issue.column}  ${level}  ${issue.code}  ${issue.message}`);
    if (issue.hint) lines.push(paint(2, `      hint: ${issue.hint}`));
  }
  if (lines.length) lines.push('');
  if (report.acceptedUrls) {
    lines.push(`URL manifest rewritten: ${report.acceptedUrls.added} added, ${report.acceptedUrls.removed} removed. Commit content/published-urls.txt.`);
  }
  for (const item of report.notChecked) lines.push(paint(2, `not checked: ${item}`));
  lines.push(`traceability: ${report.withoutSources} of ${report.pages} pages list no sources.`);
  lines.push(
    `${report.pages} pages checked: ${report.errors} ${report.errors === 1 ? 'error' : 'errors'}, ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}.`,
  );
  return lines.join('\n');
}
