/**
 * One suite, run against both storage adapters: SQLite (a real file, WAL) and
 * PostgreSQL (a real server started for the test; see test/support/postgres.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/postgres-store.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import type { FeedbackStore } from '../../src/server/store.ts';
import { postgresMissing, startPostgres, type TestPostgres } from '../support/postgres.ts';

const at = (iso: string) => new Date(iso);

function storeSuite(name: string, open: () => Promise<FeedbackStore>, cleanup: () => void | Promise<void>) {
  describe(`feedback store: ${name}`, () => {
    let store: FeedbackStore;
    beforeAll(async () => {
      store = await open();
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it('stores feedback rows and counts them by page, answer and reason from a date on', async () => {
      await store.addFeedback({ page: 'a', helpful: false, reason: 'hard-to-follow', comment: 'Step 3 skips the button name.', createdAt: at('2026-11-20T10:00:00Z') });
      await store.addFeedback({ page: 'a', helpful: false, reason: 'hard-to-follow', createdAt: at('2026-11-21T10:00:00Z') });
      await store.addFeedback({ page: 'a', helpful: true, createdAt: at('2026-11-21T11:00:00Z') });
      await store.addFeedback({ page: 'b', helpful: false, createdAt: at('2026-11-22T09:00:00Z') });
      await store.addFeedback({ page: 'b', helpful: false, reason: 'other', comment: 'old', createdAt: at('2026-10-01T00:00:00Z') });
      const counts = (await store.feedbackCounts(at('2026-11-01T00:00:00Z'))).sort((x, y) => `${x.page}${x.helpful}`.localeCompare(`${y.page}${y.helpful}`));
      expect(counts).toEqual([
        { page: 'a', helpful: false, reason: 'hard-to-follow', count: 2 },
        { page: 'a', helpful: true, reason: null, count: 1 },
        { page: 'b', helpful: false, reason: null, count: 1 },
      ]);
    });

    it('returns the newest comments of each page, text exactly as stored', async () => {
      const hostile = `<script>alert("x")</script> & 'quotes' — ünïcode 🚀\nsecond line`;
      await store.addFeedback({ page: 'c', helpful: false, reason: 'other', comment: hostile, createdAt: at('2026-11-23T00:00:00Z') });
      for (let i = 0; i < 4; i++) await store.addFeedback({ page: 'd', helpful: false, comment: `d${i}`, createdAt: at(`2026-11-2${i}T00:00:00Z`) });
      const comments = await store.recentComments(at('2026-11-01T00:00:00Z'), 2);
      expect(comments.filter((c) => c.page === 'd').map((c) => c.comment)).toEqual(['d3', 'd2']);
      expect(comments.find((c) => c.page === 'c')).toEqual({ page: 'c', helpful: false, reason: 'other', comment: hostile, createdAt: at('2026-11-23T00:00:00Z') });
      expect(comments.map((c) => c.createdAt.getTime())).toEqual([...comments.map((c) => c.createdAt.getTime())].sort((x, y) => y - x));
      expect(comments.some((c) => c.comment === 'old')).toBe(false);
    });

    it('counts searches by query and filters, with no-result and no-click tallies', async () => {
      await store.addSearch({ query: 'refund', filters: '{}', results: 0, createdAt: at('2026-11-20T00:00:00Z') });
      await store.addSearch({ query: 'refund', filters: '{}', results: 0, createdAt: at('2026-11-21T00:00:00Z') });
      await store.addSearch({ query: 'refund', filters: '{"part":["faq"]}', results: 4, createdAt: at('2026-11-21T00:00:00Z') });
      await store.addSearch({ query: 'budget', filters: '{}', results: 9, clicked: 2, createdAt: at('2026-11-21T00:00:00Z') });
      const counts = (await store.searchCounts(at('2026-11-01T00:00:00Z'))).sort((x, y) => `${x.query}${x.filters}`.localeCompare(`${y.query}${y.filters}`));
      expect(counts).toEqual([
        { query: 'budget', filters: '{}', count: 1, noResult: 0, noClick: 0 },
        { query: 'refund', filters: '{"part":["faq"]}', count: 1, noResult: 0, noClick: 1 },
        { query: 'refund', filters: '{}', count: 2, noResult: 2, noClick: 0 },
      ]);
      expect(await store.totals()).toEqual({ feedback: 10, searches: 4 });
    });

    it('acknowledges concurrent inserts only once each row is stored, none lost or doubled', async () => {
      const before = (await store.totals()).feedback;
      await Promise.all(Array.from({ length: 200 }, (_, i) => store.addFeedback({ page: 'bulk', helpful: i % 2 === 0, comment: `n${i}`, createdAt: at('2026-11-24T00:00:00Z') })));
      expect((await store.totals()).feedback).toBe(before + 200);
      const comments = await store.recentComments(at('2026-11-24T00:00:00Z'), 1000);
      expect(new Set(comments.filter((c) => c.page === 'bulk').map((c) => c.comment)).size).toBe(200);
    });

    it('answers a health check', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'pd-store-'));
storeSuite('SQLite', async () => openSqliteStore(join(dir, 'nested/feedback.sqlite')), () => rmSync(dir, { recursive: true, force: true }));

it('SQLite keeps its rows across a reopen, in WAL mode', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pd-store-'));
  const file = join(folder, 'f.sqlite');
  const first = openSqliteStore(file);
  await first.addFeedback({ page: 'x', helpful: true, createdAt: new Date() });
  await first.close();
  const again = openSqliteStore(file);
  expect(await again.totals()).toEqual({ feedback: 1, searches: 0 });
  await again.close();
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(file);
  expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const missing = postgresMissing();
if (missing && !process.env.CI) {
  console.warn(`[feedback store] skipping the PostgreSQL adapter tests: ${missing}`);
  describe.skip('feedback store: PostgreSQL', () => it('needs a PostgreSQL server', () => undefined));
} else {
  let server: TestPostgres | undefined;
  storeSuite(
    'PostgreSQL',
    async () => {
      if (missing) throw new Error(`CI=true and ${missing}`);
      server = await startPostgres();
      return openPostgresStore(server.url);
    },
    () => server?.stop(),
  );
}
