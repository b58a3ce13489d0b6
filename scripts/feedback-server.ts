/**
 * `npm run feedback-server`: the page-feedback and search-insights receiver.
 *
 *   HOST, PORT            where to listen (default 127.0.0.1:8787)
 *   SITE_URL              the docs site: the only CORS origin, and where form posts return
 *   FEEDBACK_PAGES        the build's page list (default dist/feedback-pages.json); reloaded on SIGHUP
 *   FEEDBACK_DB           SQLite file (default .data/feedback.sqlite)
 *   FEEDBACK_DATABASE_URL PostgreSQL instead of SQLite (postgres://user:pass@host/db)
 *   RATE_LIMIT_PER_MINUTE requests per client per minute (default 20; 0 turns limiting off)
 *   TRUST_PROXY=1         behind your own proxy: take the client from X-Forwarded-For
 */
import { DEFAULT_RATE_LIMIT, pagesMap, startReceiver } from '../src/server/receiver.ts';
import { describeStore, openStore } from '../src/server/open-store.ts';
import { DEFAULT_PAGES_FILE, readPagesFile } from '../src/server/pages-file.ts';

const env = process.env;
const pagesFile = env.FEEDBACK_PAGES || DEFAULT_PAGES_FILE;
const perMinute = env.RATE_LIMIT_PER_MINUTE === undefined ? DEFAULT_RATE_LIMIT.perMinute : Number(env.RATE_LIMIT_PER_MINUTE);
if (!Number.isFinite(perMinute) || perMinute < 0) throw new Error(`RATE_LIMIT_PER_MINUTE must be a number of requests, not "${env.RATE_LIMIT_PER_MINUTE}"`);

const pages = readPagesFile(pagesFile);
const store = await openStore(env);
const { server, url, receiver } = await startReceiver({
  store,
  pages: pagesMap(pages),
  siteUrl: env.SITE_URL || undefined,
  rateLimit: perMinute === 0 ? false : { burst: perMinute, perMinute },
  trustProxy: env.TRUST_PROXY === '1',
  host: env.HOST || '127.0.0.1',
  port: env.PORT ? Number(env.PORT) : 8787,
});
console.log(`Feedback receiver at ${url}/ (${pages.pages.length} pages from ${pagesFile}; ${describeStore(env)}${env.SITE_URL ? `; site ${env.SITE_URL}` : '; no SITE_URL: no CORS origin allowed'})`);

process.on('SIGHUP', () => {
  try {
    receiver.setPages(pagesMap(readPagesFile(pagesFile)));
    console.log(`Reloaded ${pagesFile}.`);
  } catch (error) {
    console.error(`Kept the previous page list: ${error instanceof Error ? error.message : String(error)}`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Stop taking requests, let those in flight finish, then close the database.
    server.close(() => void store.close().then(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
