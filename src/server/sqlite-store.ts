/**
 * SQLite adapter, on Node's built-in `node:sqlite` (no native addon to build,
 * no extra dependency). WAL mode with `synchronous = FULL`: a row is on disk
 * before its request is acknowledged, so neither a killed process nor a power
 * cut loses an acknowledged row. Inserts arriving together are written in one
 * transaction (group commit), which keeps one fsync per batch instead of one
 * per row under load.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { FeedbackReason } from '../lib/feedback/schemas.ts';
import { REPORT_SQL, schemaSql, type FeedbackStore } from './store.ts';

const sqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

export function openSqliteStore(file: string): FeedbackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  for (const statement of schemaSql('sqlite')) db.exec(statement);

  const insertFeedback = db.prepare('INSERT INTO feedback (created_at, page, helpful, reason, comment) VALUES (?, ?, ?, ?, ?)');
  const insertSearch = db.prepare('INSERT INTO search (created_at, query, filters, results, clicked) VALUES (?, ?, ?, ?, ?)');
  const query = (sql: string): StatementSync => db.prepare(sqlite(sql));

  // Group commit: rows queued in one turn of the event loop share a transaction.
  let queue: { write: () => void; done: () => void; fail: (error: unknown) => void }[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const item of batch) item.write();
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      for (const item of batch) item.fail(error);
      return;
    }
    for (const item of batch) item.done();
  };
  const enqueue = (write: () => void) =>
    new Promise<void>((done, fail) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ write, done, fail });
    });

  return {
    kind: 'sqlite',
    addFeedback: (row) => enqueue(() => insertFeedback.run(row.createdAt.toISOString(), row.page, row.helpful ? 1 : 0, row.reason ?? null, row.comment ?? null)),
    addSearch: (row) => enqueue(() => insertSearch.run(row.createdAt.toISOString(), row.query, row.filters, row.results, row.clicked ?? null)),
    async feedbackCounts(since) {
      return query(REPORT_SQL.feedbackCounts)
        .all(since.toISOString())
        .map((r) => ({ page: String(r.page), helpful: r.helpful === 1, reason: (r.reason ?? null) as FeedbackReason | null, count: Number(r.count) }));
    },
    async recentComments(since, perPage) {
      return query(REPORT_SQL.recentComments)
        .all(since.toISOString(), perPage)
        .map((r) => ({ page: String(r.page), helpful: r.helpful === 1, reason: (r.reason ?? null) as FeedbackReason | null, comment: String(r.comment), createdAt: new Date(String(r.created_at)) }));
    },
    async searchCounts(since) {
      return query(REPORT_SQL.searchCounts)
        .all(since.toISOString())
        .map((r) => ({ query: String(r.query), filters: String(r.filters), count: Number(r.count), noResult: Number(r.no_result), noClick: Number(r.no_click) }));
    },
    async totals() {
      const row = query(REPORT_SQL.totals).get()!;
      return { feedback: Number(row.feedback), searches: Number(row.searches) };
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (queue.length > 0) flush();
      db.close();
    },
  };
}
