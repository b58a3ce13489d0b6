/**
 * `npm run serve` as a host would be probed: single ranges per RFC 9110,
 * methods, headers on success and on errors, `_headers` kept private and
 * re-read after a rebuild, a Content-Type for every file of the built site,
 * and a bounded random-request fuzz on loopback after which the server still
 * answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, serve } from '../../scripts/serve.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { DIST, distBuilt } from './dist.ts';

const built = distBuilt('server tests');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function fetchRaw(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe.skipIf(!built)('the preview server', () => {
  let server: Server;
  let base: string;
  let css: string;
  let cssBytes: Buffer;
  beforeAll(async () => {
    ({ server, url: base } = await serve({ dir: DIST, port: 0 }));
    const name = readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.css'))!;
    css = `/_astro/${name}`;
    cssBytes = readFileSync(join(DIST, '_astro', name));
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('answers single ranges per RFC 9110: suffixes from the end, invalid or unsatisfiable ones with 416 or the whole file', async () => {
    const size = cssBytes.length;
    const cases: [string, number, string | undefined, Buffer | undefined][] = [
      ['bytes=0-4', 206, `bytes 0-4/${size}`, cssBytes.subarray(0, 5)],
      ['bytes=10-', 206, `bytes 10-${size - 1}/${size}`, cssBytes.subarray(10)],
      ['bytes=-10', 206, `bytes ${size - 10}-${size - 1}/${size}`, cssBytes.subarray(size - 10)],
      // A suffix longer than the file is the whole file (§14.1.2).
      [`bytes=-${size + 500}`, 206, `bytes 0-${size - 1}/${size}`, cssBytes],
      [`bytes=0-${size + 500}`, 206, `bytes 0-${size - 1}/${size}`, cssBytes],
      ['bytes=100-50', 416, `bytes */${size}`, undefined],
      [`bytes=${size}-`, 416, `bytes */${size}`, undefined],
      ['bytes=-0', 416, `bytes */${size}`, undefined],
      // Not a valid range: ignored, the whole file.
      ['bytes=abc', 200, undefined, cssBytes],
      ['bytes=1e3-', 200, undefined, cssBytes],
      ['items=0-5', 200, undefined, cssBytes],
      // Several ranges: a server may send the whole file instead.
      ['bytes=0-1,5-6', 200, undefined, cssBytes],
    ];
    for (const [range, status, contentRange, body] of cases) {
      const reply = await fetchRaw(base, css, { headers: { Range: range } });
      expect([range, reply.status, reply.headers['content-range']]).toEqual([range, status, contentRange]);
      if (body) expect(Buffer.compare(reply.body, body), range).toBe(0);
      if (status === 416) expect(reply.headers['cache-control'], range).toBe('no-store');
    }
    const head = await fetchRaw(base, css, { method: 'HEAD', headers: { Range: 'bytes=-10' } });
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([206, '10', 0]);
    // A stale If-Range turns the range off.
    const stale = await fetchRaw(base, css, { headers: { Range: 'bytes=0-4', 'If-Range': '"not-the-etag"' } });
    expect(stale.status).toBe(200);
  });

  it('answers only GET and HEAD; other methods get 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
      const reply = await fetchRaw(base, '/', { method });
      expect([method, reply.status, reply.headers.allow, reply.headers['cache-control']]).toEqual([method, 405, 'GET, HEAD', 'no-store']);
    }
    const head = await fetchRaw(base, '/', { method: 'HEAD' });
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it('caches only what exists: a 404 under /_astro/ is not immutable, and errors keep the security headers', async () => {
    const hit = await fetchRaw(base, css);
    expect(hit.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const miss = await fetchRaw(base, '/_astro/missing.css');
    expect(miss.status).toBe(404);
    expect(miss.headers['cache-control']).toBe('no-store');
    expect(miss.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
    expect(miss.body.toString()).toContain('<title>Page not found');
    for (const path of ['/%zz', '/a%00b']) expect((await fetchRaw(base, path)).status, path).toBe(400);
  });

  it('never serves _headers, however it is spelled', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/%5fheaders', '/./_headers', '/x/../_headers', '/_headers/', '/_headers?x=1']) {
      const reply = await fetchRaw(base, path);
      expect([path, reply.status]).toEqual([path, 404]);
      expect(reply.body.toString()).not.toContain('Content-Security-Policy');
    }
  });

  it('gives every file of the built site a Content-Type of its kind', async () => {
    const untyped: string[] = [];
    for (const file of files(DIST)) {
      const path = `/${relative(DIST, file).split('\\').join('/')}`;
      if (path === '/_headers') continue;
      const extension = /\.[^./]+$/.exec(path)?.[0] ?? '';
      const reply = await fetchRaw(base, path, { method: 'HEAD' });
      if (reply.status !== 200 || !CONTENT_TYPES[extension] || reply.headers['content-type'] !== CONTENT_TYPES[extension]) untyped.push(`${path}: ${reply.status} ${reply.headers['content-type']}`);
    }
    expect(untyped).toEqual([]);
  });
});

describe('headers after a rebuild', () => {
  it('re-reads _headers when the site is replaced, without a restart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pd-serve-'));
    const site = (dir: string, csp: string) => {
      cpSync(join('test', 'fixtures', 'clean', 'public'), dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n`);
    };
    site(join(root, 'dist'), "default-src 'self'");
    const { server, url } = await serve({ dir: join(root, 'dist'), port: 0 });
    try {
      expect((await fetchRaw(url, '/')).headers['content-security-policy']).toBe("default-src 'self'");
      // What the build does: a new folder swapped in for the old one.
      site(join(root, 'staging'), "default-src 'none'");
      renameSync(join(root, 'dist'), join(root, 'old'));
      renameSync(join(root, 'staging'), join(root, 'dist'));
      expect((await fetchRaw(url, '/')).headers['content-security-policy']).toBe("default-src 'none'");
    } finally {
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const FUZZ_REQUESTS = 5000;

describe.skipIf(!built)('fuzzing the preview server', () => {
  let child: ChildProcess;
  let port: number;
  let exited: string | undefined;
  beforeAll(async () => {
    // A separate process, as `npm run serve` runs: a crash shows as its exit.
    child = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', DIST], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.on('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    port = await new Promise<number>((done, fail) => {
      child.stdout!.on('data', (chunk) => {
        const match = /127\.0\.0\.1:(\d+)/.exec(String(chunk));
        if (match) done(Number(match[1]));
      });
      child.once('exit', () => fail(new Error(`server did not start: ${stderr}`)));
    });
  });
  afterAll(() => {
    child.kill();
  });

  it(`answers ${FUZZ_REQUESTS} random requests (methods, paths, encodings, headers) without a 5xx, and still serves afterwards`, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261124);
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const int = (max: number) => Math.floor(next() * max);
    const real = files(DIST).map((file) => `/${relative(DIST, file)}`).filter((path) => !path.endsWith('.pf_fragment') || next() < 0.05);
    const methods = ['GET', 'GET', 'GET', 'HEAD', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'get', 'G ET', 'BREW', ''];
    const segments = ['faq', 'api', '_astro', 'pagefind', '..', '.', '%2e%2e', '%2E%2E%2F', '%00', '%zz', '%', '%c0%ae', '%ff', 'é', '\u00ff', '_headers', '%5Fheaders', '.env', 'index.html', '404.html', '//', '\\', 'a'.repeat(300), '*'];
    const path = (): string => {
      const roll = next();
      if (roll < 0.35) return pick(real).replace(/[^\x21-\x7e]/g, encodeURIComponent);
      if (roll < 0.4) return pick(['*', 'http://127.0.0.1/faq/', 'https://evil.example/../../etc/passwd', 'faq', '', '/'.repeat(int(50)), `/${'x'.repeat(9000)}`]);
      const parts = Array.from({ length: 1 + int(5) }, () => pick(segments));
      return `/${parts.join('/')}${next() < 0.2 ? `?${pick(['q=1', 'a=%zz', 'x'.repeat(100)])}` : ''}${next() < 0.1 ? '#frag' : ''}`;
    };
    const ranges = () => pick(['bytes=0-0', 'bytes=-1', 'bytes=-0', 'bytes=5-2', `bytes=${int(99999)}-`, `bytes=-${int(99999999)}`, 'bytes=0-1,3-4,0-', 'bytes=', 'bytes=--1', 'bytes=1-1-1', 'bytes=abc', `bytes=0-${'9'.repeat(40)}`, 'items=1-2', '']);
    const headerSets = (): string[] => {
      const headers: string[] = [];
      if (next() < 0.9) headers.push(`Host: 127.0.0.1:${port}`);
      if (next() < 0.4) headers.push(`Range: ${ranges()}`);
      if (next() < 0.2) headers.push(`If-None-Match: ${pick(['*', '"x"', 'W/"abc"', '', '"'.repeat(10)])}`);
      if (next() < 0.2) headers.push(`If-Modified-Since: ${pick(['Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', '', new Date(Date.now() + 86400000).toUTCString()])}`);
      if (next() < 0.1) headers.push(`If-Range: ${pick(['"x"', 'Thu, 01 Jan 1970 00:00:00 GMT', 'garbage'])}`);
      if (next() < 0.2) headers.push(`Accept-Encoding: ${pick(['gzip', 'br, deflate', '*', '\u00e9'])}`);
      if (next() < 0.03) headers.push('Upgrade: websocket');
      if (next() < 0.05) headers.push(`X-Big: ${'b'.repeat(int(20000))}`);
      if (next() < 0.05) headers.push(pick(['Bad Header: x', 'NoColon', 'X-Ctl: a\u0001b', 'Content-Length: 5', 'Content-Length: -1', 'Transfer-Encoding: chunked', 'Content-Length: 1\r\nContent-Length: 2']));
      return headers;
    };
    const version = () => (next() < 0.9 ? 'HTTP/1.1' : pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'http/1.1', '']));

    const statuses = new Map<string, number>();
    const serverErrors: string[] = [];
    const once = (index: number) =>
      new Promise<void>((done) => {
        const method = pick(methods);
        const target = path();
        const requestText = `${method} ${target} ${version()}\r\n${[...headerSets(), 'Connection: close'].join('\r\n')}\r\n\r\n${method === 'POST' && next() < 0.5 ? 'body=1' : ''}`;
        const socket = connect(port, '127.0.0.1');
        let response = '';
        const finish = (outcome: string) => {
          statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
          if (process.env.FUZZ_DEBUG && /reset|closed/.test(outcome)) console.log(outcome, JSON.stringify(requestText.slice(0, 160)));
          if (/^5\d\d$/.test(outcome)) serverErrors.push(`#${index} ${outcome}: ${JSON.stringify(requestText.slice(0, 200))}`);
          socket.destroy();
          done();
        };
        socket.setTimeout(10_000, () => finish('timeout'));
        socket.on('data', (chunk) => (response += chunk.toString('latin1')));
        socket.on('error', () => finish(response ? /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 'garbled' : 'reset'));
        socket.on('end', () => finish(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? (response ? 'garbled' : 'closed')));
        socket.write(requestText, 'latin1');
      });
    let sent = 0;
    const worker = async () => {
      while (sent < FUZZ_REQUESTS) await once(sent++);
    };
    await Promise.all(Array.from({ length: 16 }, worker));

    const summary = Object.fromEntries([...statuses].sort());
    console.log(`[fuzz] seed ${seed}, ${FUZZ_REQUESTS} requests: ${JSON.stringify(summary)}`);
    expect(serverErrors).toEqual([]);
    expect(statuses.get('timeout') ?? 0).toBe(0);
    expect(statuses.get('garbled') ?? 0).toBe(0);
    // Every request got an HTTP answer, malformed ones included.
    expect((statuses.get('reset') ?? 0) + (statuses.get('closed') ?? 0)).toBe(0);
    expect(exited).toBeUndefined();
    const after = await fetchRaw(`http://127.0.0.1:${port}`, '/');
    expect(after.status).toBe(200);
  }, 120_000);
});
