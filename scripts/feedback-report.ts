/**
 * `npm run feedback:report -- [--since DATE] [--format md|json|html] [--out FILE]`:
 * what readers said and searched for without finding it, for the docs team.
 * Reads the same store as the receiver (FEEDBACK_DB or FEEDBACK_DATABASE_URL)
 * and page titles from FEEDBACK_PAGES (default dist/feedback-pages.json).
 * Without --since, the last 7 days.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildReport, renderHtml, renderJson, renderMarkdown } from '../src/lib/feedback/report.ts';
import { openStore } from '../src/server/open-store.ts';
import { DEFAULT_PAGES_FILE, readPagesFile } from '../src/server/pages-file.ts';

const { values } = parseArgs({ options: { since: { type: 'string' }, format: { type: 'string', default: 'md' }, out: { type: 'string' } } });
const renderers = { md: renderMarkdown, json: renderJson, html: renderHtml };
const format = values.format as keyof typeof renderers;
if (!(format in renderers)) {
  console.error(`--format must be md, json or html, not "${values.format}"`);
  process.exit(2);
}
const now = new Date();
const since = values.since ? new Date(`${values.since}${/^\d{4}-\d{2}-\d{2}$/.test(values.since) ? 'T00:00:00Z' : ''}`) : new Date(now.getTime() - 7 * 86_400_000);
if (Number.isNaN(since.getTime())) {
  console.error(`--since must be a date such as 2026-11-24, not "${values.since}"`);
  process.exit(2);
}

const pagesFile = process.env.FEEDBACK_PAGES || DEFAULT_PAGES_FILE;
// Titles are a convenience: without the page list, the report names pages by id.
const pages = existsSync(pagesFile) ? readPagesFile(pagesFile).pages : [];
const store = await openStore();
try {
  const [counts, comments, searches] = await Promise.all([store.feedbackCounts(since), store.recentComments(since, 5), store.searchCounts(since)]);
  const report = buildReport({ since, generated: now, counts, comments, searches, pages: new Map(pages.map((page) => [page.id, page])) });
  const text = renderers[format](report);
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} finally {
  await store.close();
}
