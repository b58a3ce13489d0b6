/**
 * A throwaway PostgreSQL server for tests: `FEEDBACK_TEST_DATABASE_URL` if it
 * is set, otherwise a fresh cluster in a temporary folder (initdb + pg_ctl
 * from Debian's `postgresql` package), listening on a free loopback port only,
 * stopped and deleted afterwards. PostgreSQL refuses to run as root, so as
 * root the cluster runs as the `postgres` user. Locally a missing server
 * skips with the reason printed; with CI=true it fails.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './scratch-site.ts';

export interface TestPostgres {
  url: string;
  stop(): void;
}

/** The newest installed server's bin folder, or undefined. */
function serverBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (process.env.FEEDBACK_TEST_DATABASE_URL) return undefined;
  if (!serverBin()) return 'PostgreSQL server not installed (apt-get install -y postgresql), and FEEDBACK_TEST_DATABASE_URL is not set';
  return undefined;
}

export async function startPostgres(): Promise<TestPostgres> {
  if (process.env.FEEDBACK_TEST_DATABASE_URL) return privateSchema(process.env.FEEDBACK_TEST_DATABASE_URL);
  const bin = serverBin();
  if (!bin) throw new Error(postgresMissing());
  const dir = mkdtempSync(join(tmpdir(), 'pd-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', timeout: 60_000 });
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  // Loopback only, socket in the temp folder; fsync off because these tests are about behaviour, not crash safety.
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** On a server the tests do not own, each run gets its own schema, dropped afterwards. */
async function privateSchema(base: string): Promise<TestPostgres> {
  const schema = `pd_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.href,
    stop() {
      const client = new pg.Client({ connectionString: base });
      void client
        .connect()
        .then(() => client.query(`DROP SCHEMA ${schema} CASCADE`))
        .finally(() => client.end());
    },
  };
}
