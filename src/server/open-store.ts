/** Picks the store from the environment: PostgreSQL when `FEEDBACK_DATABASE_URL` is set, else SQLite at `FEEDBACK_DB`. */
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { FeedbackStore } from './store.ts';

export const DEFAULT_SQLITE_FILE = '.data/feedback.sqlite';

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<FeedbackStore> {
  if (env.FEEDBACK_DATABASE_URL) return openPostgresStore(env.FEEDBACK_DATABASE_URL);
  return openSqliteStore(env.FEEDBACK_DB || DEFAULT_SQLITE_FILE);
}

/** Where the store is, for log lines (no password). */
export function describeStore(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.FEEDBACK_DATABASE_URL) return `SQLite ${env.FEEDBACK_DB || DEFAULT_SQLITE_FILE}`;
  const url = new URL(env.FEEDBACK_DATABASE_URL);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
