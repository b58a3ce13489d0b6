/**
 * PostgreSQL adapter (the `pg` client with its pool), for running several
 * receivers behind a load balancer on one database. Each insert is its own
 * autocommitted statement: acknowledged means committed.
 */
import pg from 'pg';
import type { FeedbackReason } from '../lib/feedback/schemas.ts';
import { REPORT_SQL, schemaSql, type FeedbackStore } from './store.ts';

export async function openPostgresStore(connectionString: string, { poolSize = 10 } = {}): Promise<FeedbackStore> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its connection must not crash the receiver; the pool replaces it.
  pool.on('error', (error) => console.error(`feedback store: idle PostgreSQL connection failed: ${error.message}`));
  const client = await pool.connect();
  try {
    // Concurrent first starts of several receivers: one creates the tables, the others wait.
    await client.query('SELECT pg_advisory_lock(815701)');
    try {
      for (const statement of schemaSql('postgres')) await client.query(statement);
    } finally {
      await client.query('SELECT pg_advisory_unlock(815701)');
    }
  } finally {
    client.release();
  }
  return {
    kind: 'postgres',
    async addFeedback(row) {
      await pool.query('INSERT INTO feedback (created_at, page, helpful, reason, comment) VALUES ($1, $2, $3, $4, $5)', [row.createdAt, row.page, row.helpful, row.reason ?? null, row.comment ?? null]);
    },
    async addSearch(row) {
      await pool.query('INSERT INTO search (created_at, query, filters, results, clicked) VALUES ($1, $2, $3, $4, $5)', [row.createdAt, row.query, row.filters, row.results, row.clicked ?? null]);
    },
    async feedbackCounts(since) {
      const { rows } = await pool.query(REPORT_SQL.feedbackCounts, [since]);
      return rows.map((r) => ({ page: r.page, helpful: r.helpful, reason: (r.reason ?? null) as FeedbackReason | null, count: Number(r.count) }));
    },
    async recentComments(since, perPage) {
      const { rows } = await pool.query(REPORT_SQL.recentComments, [since, perPage]);
      return rows.map((r) => ({ page: r.page, helpful: r.helpful, reason: (r.reason ?? null) as FeedbackReason | null, comment: r.comment, createdAt: new Date(r.created_at) }));
    },
    async searchCounts(since) {
      const { rows } = await pool.query(REPORT_SQL.searchCounts, [since]);
      return rows.map((r) => ({ query: r.query, filters: r.filters, count: Number(r.count), noResult: Number(r.no_result), noClick: Number(r.no_click) }));
    },
    async totals() {
      const { rows } = await pool.query(REPORT_SQL.totals);
      return { feedback: Number(rows[0].feedback), searches: Number(rows[0].searches) };
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
