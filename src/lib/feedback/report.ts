/**
 * The weekly report for the docs team: pages ranked by "not helpful" votes,
 * with their reasons and recent comments, and the searches that found nothing
 * or that nobody clicked. Built from the store's aggregates; rendered as
 * Markdown, JSON or HTML. Reader text (comments, queries) is escaped in every
 * format that could interpret it.
 */
import { FEEDBACK_REASONS, type FeedbackReason } from './schemas.ts';

/** Votes for one page with one answer and one reason (or none). */
export interface FeedbackCount {
  page: string;
  helpful: boolean;
  reason: FeedbackReason | null;
  count: number;
}

export interface CommentRow {
  page: string;
  helpful: boolean;
  reason: FeedbackReason | null;
  comment: string;
  createdAt: Date;
}

export interface SearchCount {
  query: string;
  /** Canonical JSON of the selected filters. */
  filters: string;
  count: number;
  noResult: number;
  noClick: number;
}

export interface ReportInput {
  since: Date;
  generated: Date;
  counts: readonly FeedbackCount[];
  comments: readonly CommentRow[];
  searches: readonly SearchCount[];
  /** Page id → title and URL, from the build's `feedback-pages.json`. */
  pages: ReadonlyMap<string, { title: string; url: string }>;
}

export interface PageLine {
  id: string;
  title: string;
  url: string | null;
  helpful: number;
  notHelpful: number;
  reasons: Partial<Record<FeedbackReason, number>>;
  comments: { date: string; helpful: boolean; reason: FeedbackReason | null; text: string }[];
}

export interface SearchLine {
  query: string;
  filters: Record<string, string[]>;
  count: number;
}

export interface Report {
  since: string;
  generated: string;
  totals: { votes: number; notHelpful: number; searchesRecorded: number };
  pages: PageLine[];
  noResult: SearchLine[];
  noClick: SearchLine[];
}

export interface ReportLimits {
  pages?: number;
  commentsPerPage?: number;
  searches?: number;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function buildReport(input: ReportInput, { pages: topPages = 25, commentsPerPage = 5, searches: topSearches = 20 }: ReportLimits = {}): Report {
  const lines = new Map<string, PageLine>();
  const line = (id: string): PageLine => {
    let found = lines.get(id);
    if (!found) {
      const page = input.pages.get(id);
      found = { id, title: page?.title ?? id, url: page?.url ?? null, helpful: 0, notHelpful: 0, reasons: {}, comments: [] };
      lines.set(id, found);
    }
    return found;
  };
  for (const count of input.counts) {
    const page = line(count.page);
    if (count.helpful) page.helpful += count.count;
    else {
      page.notHelpful += count.count;
      if (count.reason) page.reasons[count.reason] = (page.reasons[count.reason] ?? 0) + count.count;
    }
  }
  for (const comment of input.comments) {
    const page = line(comment.page);
    if (page.comments.length < commentsPerPage) page.comments.push({ date: day(comment.createdAt), helpful: comment.helpful, reason: comment.reason, text: comment.comment });
  }
  const share = (page: PageLine) => page.notHelpful / Math.max(1, page.helpful + page.notHelpful);
  const ranked = [...lines.values()]
    .filter((page) => page.notHelpful > 0)
    .sort((a, b) => b.notHelpful - a.notHelpful || share(b) - share(a) || a.id.localeCompare(b.id));
  const top = (key: 'noResult' | 'noClick') =>
    input.searches
      .filter((search) => search[key] > 0)
      .sort((a, b) => b[key] - a[key] || a.query.localeCompare(b.query))
      .slice(0, topSearches)
      .map((search) => ({ query: search.query, filters: JSON.parse(search.filters) as Record<string, string[]>, count: search[key] }));
  const votes = [...lines.values()].reduce((sum, page) => sum + page.helpful + page.notHelpful, 0);
  return {
    since: day(input.since),
    generated: input.generated.toISOString(),
    totals: { votes, notHelpful: ranked.reduce((sum, page) => sum + page.notHelpful, 0), searchesRecorded: input.searches.reduce((sum, search) => sum + search.count, 0) },
    pages: ranked.slice(0, topPages),
    noResult: top('noResult'),
    noClick: top('noClick'),
  };
}

const reasonLabel = (reason: FeedbackReason | null) => (reason ? FEEDBACK_REASONS[reason] : 'no reason given');
const filterText = (filters: Record<string, string[]>) =>
  Object.entries(filters)
    .map(([name, values]) => `${name}: ${values.join(', ')}`)
    .join('; ');

/** Reader text as inert Markdown: no HTML, no markup, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function renderMarkdown(report: Report): string {
  const out = [`# Docs feedback since ${report.since}`, '', `${report.totals.votes} votes, ${report.totals.notHelpful} not helpful; ${report.totals.searchesRecorded} searches recorded.`, ''];
  out.push('## Pages readers found not helpful', '');
  if (report.pages.length === 0) out.push('No "not helpful" votes in this period.', '');
  report.pages.forEach((page, index) => {
    const reasons = Object.entries(page.reasons).map(([reason, count]) => `${FEEDBACK_REASONS[reason as FeedbackReason]} ${count}`);
    out.push(`${index + 1}. **${escapeMarkdown(page.title)}** (\`${page.id}\`${page.url ? `, ${page.url}` : ''}): ${page.notHelpful} not helpful, ${page.helpful} helpful${reasons.length ? `; ${reasons.join(', ')}` : ''}`);
    for (const comment of page.comments) out.push(`   - ${comment.date}, ${comment.helpful ? 'helpful' : reasonLabel(comment.reason).toLowerCase()}: ${escapeMarkdown(comment.text)}`);
  });
  for (const [title, list] of [
    ['Searches with no result', report.noResult],
    ['Searches with results but no click', report.noClick],
  ] as const) {
    out.push('', `## ${title}`, '');
    if (list.length === 0) out.push('None in this period.');
    for (const search of list) out.push(`- ${search.count} × "${escapeMarkdown(search.query)}"${Object.keys(search.filters).length ? ` (${escapeMarkdown(filterText(search.filters))})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderHtml(report: Report): string {
  const e = escapeHtml;
  const pages = report.pages
    .map((page) => {
      const reasons = Object.entries(page.reasons).map(([reason, count]) => `${e(FEEDBACK_REASONS[reason as FeedbackReason])} ${count}`).join(', ');
      const comments = page.comments.map((c) => `<li><time>${c.date}</time> ${e(c.helpful ? 'helpful' : reasonLabel(c.reason).toLowerCase())}: ${e(c.text)}</li>`).join('');
      const title = page.url ? `<a href="${e(page.url)}">${e(page.title)}</a>` : e(page.title);
      return `<tr><td>${title} <code>${e(page.id)}</code></td><td>${page.notHelpful}</td><td>${page.helpful}</td><td>${reasons}</td><td>${comments ? `<ul>${comments}</ul>` : ''}</td></tr>`;
    })
    .join('\n');
  const searches = (list: SearchLine[]) =>
    list.length === 0 ? '<p>None in this period.</p>' : `<ol>${list.map((s) => `<li>${s.count} × “${e(s.query)}”${Object.keys(s.filters).length ? ` <small>(${e(filterText(s.filters))})</small>` : ''}</li>`).join('')}</ol>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs feedback since ${report.since}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}ul{margin:0;padding-left:1.1rem}</style></head>
<body><h1>Docs feedback since ${report.since}</h1>
<p>${report.totals.votes} votes, ${report.totals.notHelpful} not helpful; ${report.totals.searchesRecorded} searches recorded. Generated ${e(report.generated)}.</p>
<h2>Pages readers found not helpful</h2>
${report.pages.length === 0 ? '<p>No “not helpful” votes in this period.</p>' : `<table><thead><tr><th>Page</th><th>Not helpful</th><th>Helpful</th><th>Reasons</th><th>Recent comments</th></tr></thead><tbody>\n${pages}\n</tbody></table>`}
<h2>Searches with no result</h2>
${searches(report.noResult)}
<h2>Searches with results but no click</h2>
${searches(report.noClick)}
</body></html>
`;
}
