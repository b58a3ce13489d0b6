/**
 * Feedback receiver durability and speed: N submissions at C concurrent on
 * loopback against the real server (`scripts/feedback-server.ts`, a child
 * process), then a second run in which the receiver is killed with SIGKILL
 * part-way and restarted. After each run the database is read directly:
 * every 201 must be a stored row, and no submission may be stored twice.
 *
 *   node bench/feedback.ts [--count 5000] [--concurrency 50] [--postgres]
 *
 * Default store: SQLite in bench/out/. --postgres starts a throwaway server
 * (as the tests do) and runs the same load against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '../test/support/scratch-site.ts';
import { startPostgres } from '../test/support/postgres.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '50' }, postgres: { type: 'boolean', default: false } } });
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
const out = resolve('bench/out/feedback');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const pagesFile = join(out, 'pages.json');
const PAGES = ['bench-page-a', 'bench-page-b', 'bench-page-c'];
writeFileSync(pagesFile, JSON.stringify({ pages: PAGES.map((id) => ({ id, url: `/faq/${id}/`, title: id })) }));

const postgres = values.postgres ? await startPostgres() : undefined;
const dbFile = join(out, 'feedback.sqlite');
const port = await freePort();
const env = { ...process.env, PORT: String(port), FEEDBACK_PAGES: pagesFile, FEEDBACK_DB: dbFile, FEEDBACK_DATABASE_URL: postgres?.url ?? '', RATE_LIMIT_PER_MINUTE: '0' };

function startServer(): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/feedback-server.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Feedback receiver at')) done(child);
    });
    child.once('exit', (code) => fail(new Error(`receiver exited with ${code}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/feedback', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode!, ms: performance.now() - started }));
    });
    // A refused or reset connection (the receiver was killed) is status 0: not acknowledged.
    req.on('error', () => done({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

/** Sends `COUNT` submissions tagged `run`, `CONCURRENCY` at a time; `onAck` sees the number acknowledged so far. */
async function load(run: string, onAck?: (acked: number) => void): Promise<{ acked: Set<string>; latencies: number[]; seconds: number; failed: number }> {
  const acked = new Set<string>();
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < COUNT) {
        const tag = `${run}-${next++}`;
        const body = JSON.stringify({ page: PAGES[next % PAGES.length], helpful: next % 3 !== 0, ...(next % 3 === 0 ? { reason: 'other' } : {}), comment: tag });
        const { status, ms } = await post(body);
        if (status === 201) {
          acked.add(tag);
          latencies.push(ms);
          onAck?.(acked.size);
        } else failed++;
      }
    }),
  );
  return { acked, latencies, seconds: (performance.now() - started) / 1000, failed };
}

/** Stored comments of a run, read straight from the database. */
async function stored(run: string): Promise<string[]> {
  if (postgres) {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const { rows } = await client.query('SELECT comment FROM feedback WHERE comment LIKE $1', [`${run}-%`]);
    await client.end();
    return rows.map((row) => row.comment as string);
  }
  const db = new DatabaseSync(dbFile, { readOnly: true });
  const rows = db.prepare('SELECT comment FROM feedback WHERE comment LIKE ?').all(`${run}-%`).map((row) => String(row.comment));
  db.close();
  return rows;
}

function verify(run: string, acked: Set<string>, rows: string[]): { lost: number; duplicated: number; unacknowledged: number } {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row, (counts.get(row) ?? 0) + 1);
  return {
    lost: [...acked].filter((tag) => !counts.has(tag)).length,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
    // Stored but not acknowledged: committed when the process died, before its answer left.
    unacknowledged: [...counts.keys()].filter((tag) => !acked.has(tag)).length,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const store = postgres ? 'PostgreSQL' : 'SQLite (WAL, synchronous=FULL)';
let failures = 0;

// Run 1: steady load.
let server = await startServer();
const steady = await load('steady');
const steadyCheck = verify('steady', steady.acked, await stored('steady'));
const sorted = [...steady.latencies].sort((a, b) => a - b);
console.log(`${store}: ${COUNT} submissions at ${CONCURRENCY} concurrent`);
console.log(`  run 1: ${steady.acked.size} acknowledged (201), ${steady.failed} not; ${(steady.acked.size / steady.seconds).toFixed(0)} req/s; latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
console.log(`         stored rows: lost ${steadyCheck.lost}, duplicated ${steadyCheck.duplicated}, stored without a 201 ${steadyCheck.unacknowledged}`);
if (steady.failed > 0 || steadyCheck.lost > 0 || steadyCheck.duplicated > 0 || steadyCheck.unacknowledged > 0) failures++;

// Run 2: SIGKILL once 40% are acknowledged; restart at once and keep the load going.
let killedAt = 0;
let restarting: Promise<void> | undefined;
const crash = await load('crash', (acked) => {
  if (killedAt || acked < COUNT * 0.4) return;
  killedAt = acked;
  server.kill('SIGKILL');
  restarting = new Promise((done) => server.once('exit', () => void startServer().then((next) => ((server = next), done()))));
});
await restarting;
const crashCheck = verify('crash', crash.acked, await stored('crash'));
console.log(`  run 2: SIGKILL after ${killedAt} acknowledged, restarted; ${crash.acked.size} acknowledged in all, ${crash.failed} refused or reset while it was down`);
console.log(`         stored rows: lost ${crashCheck.lost}, duplicated ${crashCheck.duplicated}, stored without a 201 ${crashCheck.unacknowledged} (committed as the process died)`);
if (crashCheck.lost > 0 || crashCheck.duplicated > 0) failures++;

server.kill('SIGTERM');
agent.destroy();
postgres?.stop();
console.log(failures === 0 ? 'OK: every acknowledged submission is stored exactly once.' : 'FAILED: see above.');
process.exitCode = failures === 0 ? 0 : 1;
