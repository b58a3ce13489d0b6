/**
 * The feedback store: one interface, two adapters (SQLite by default,
 * PostgreSQL for several receivers behind a load balancer), one shared test
 * suite (test/unit/feedback-store.test.ts) run against both.
 */
import type { CommentRow, FeedbackCount, SearchCount } from '../lib/feedback/report.ts';
import type { FeedbackReason } from '../lib/feedback/schemas.ts';

export type { CommentRow, FeedbackCount, SearchCount };

/** A row to insert; `createdAt` is the receiver's clock. */
export interface FeedbackRow {
  page: string;
  helpful: boolean;
  reason?: FeedbackReason;
  comment?: string;
  createdAt: Date;
}

export interface SearchRow {
  /** Normalised query (lower case, single spaces, redacted). */
  query: string;
  /** Canonical JSON of the filters (`{}` for none). */
  filters: string;
  results: number;
  clicked?: number;
  createdAt: Date;
}

export interface FeedbackStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Resolves once the row is durably stored. */
  addFeedback(row: FeedbackRow): Promise<void>;
  addSearch(row: SearchRow): Promise<void>;
  feedbackCounts(since: Date): Promise<FeedbackCount[]>;
  /** The newest `perPage` comments of each page, newest first. */
  recentComments(since: Date, perPage: number): Promise<CommentRow[]>;
  searchCounts(since: Date): Promise<SearchCount[]>;
  /** Rows stored (tests, benchmark). */
  totals(): Promise<{ feedback: number; searches: number }>;
  /** Rejects when the database cannot be reached (health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The schema both adapters create; types differ only where the SQL dialects do. */
export function schemaSql(dialect: 'sqlite' | 'postgres'): string[] {
  const id = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  const time = dialect === 'sqlite' ? 'TEXT' : 'TIMESTAMPTZ';
  const bool = dialect === 'sqlite' ? 'INTEGER' : 'BOOLEAN';
  return [
    `CREATE TABLE IF NOT EXISTS feedback (id ${id}, created_at ${time} NOT NULL, page TEXT NOT NULL, helpful ${bool} NOT NULL, reason TEXT, comment TEXT)`,
    'CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at)',
    `CREATE TABLE IF NOT EXISTS search (id ${id}, created_at ${time} NOT NULL, query TEXT NOT NULL, filters TEXT NOT NULL, results INTEGER NOT NULL, clicked INTEGER)`,
    'CREATE INDEX IF NOT EXISTS search_created_at ON search (created_at)',
  ];
}

/** The report's queries, in SQL both dialects read (placeholders are filled per adapter). */
export const REPORT_SQL = {
  feedbackCounts: 'SELECT page, helpful, reason, COUNT(*) AS count FROM feedback WHERE created_at >= $1 GROUP BY page, helpful, reason',
  // The newest comments of each page (a window function: SQLite 3.25+ and PostgreSQL both have them).
  recentComments:
    'SELECT page, helpful, reason, comment, created_at FROM (SELECT page, helpful, reason, comment, created_at, id, ROW_NUMBER() OVER (PARTITION BY page ORDER BY created_at DESC, id DESC) AS n FROM feedback WHERE created_at >= $1 AND comment IS NOT NULL) AS c WHERE n <= $2 ORDER BY created_at DESC, id DESC',
  searchCounts:
    'SELECT query, filters, COUNT(*) AS count, SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END) AS no_result, SUM(CASE WHEN results > 0 AND clicked IS NULL THEN 1 ELSE 0 END) AS no_click FROM search WHERE created_at >= $1 GROUP BY query, filters',
  totals: 'SELECT (SELECT COUNT(*) FROM feedback) AS feedback, (SELECT COUNT(*) FROM search) AS searches',
} as const;
