/**
 * The receiver over real HTTP on loopback, storing into a real SQLite file:
 * valid posts are stored, and every bad or hostile request gets a 4xx with a
 * JSON error, stores nothing, and leaves the server answering others.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from '../../src/server/receiver.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import type { FeedbackStore } from '../../src/server/store.ts';

const SITE = 'https://docs.example.com';
const dir = mkdtempSync(join(tmpdir(), 'pd-receiver-'));
let store: FeedbackStore;
let server: Server;
let base: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: { error?: string; ok?: boolean; store?: string };
}

/** One request; `from` picks the loopback source address, so tests can act as different clients. */
function call(method: string, path: string, { body, headers = {}, from = '127.0.0.1' }: { body?: string | Buffer; headers?: Record<string, string>; from?: string } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method, headers, localAddress: from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = {};
        try {
          json = JSON.parse(text);
        } catch {
          // not JSON (the form's redirect)
        }
        done({ status: res.statusCode!, headers: res.headers, body: text, json });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

const postJson = (path: string, value: unknown, extra: { headers?: Record<string, string>; from?: string } = {}) =>
  call('POST', path, { body: typeof value === 'string' ? value : JSON.stringify(value), headers: { 'Content-Type': 'application/json', ...extra.headers }, from: extra.from });

beforeAll(async () => {
  store = openSqliteStore(join(dir, 'feedback.sqlite'));
  const started = await startReceiver({
    store,
    pages: new Map([
      ['csp-querying-customers', '/user-guide/csp-querying-customers/'],
      ['what-is-acsv', '/faq/what-is-acsv/'],
    ]),
    siteUrl: SITE,
    rateLimit: { burst: 10, perMinute: 10 },
    port: 0,
    log: () => undefined,
  });
  server = started.server;
  base = started.url;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feedback receiver', () => {
  it('stores JSON feedback and answers 201 with CORS for the site origin only', async () => {
    const reply = await postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, reason: 'missing-information', comment: 'Which console menu?' }, { headers: { Origin: SITE }, from: '127.0.0.10' });
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({ ok: true });
    expect(reply.headers['access-control-allow-origin']).toBe(SITE);
    expect(reply.headers['set-cookie']).toBeUndefined();
    const comments = await store.recentComments(new Date(0), 10);
    expect(comments.map((c) => [c.page, c.reason, c.comment])).toEqual([['what-is-acsv', 'missing-information', 'Which console menu?']]);
  });

  it('answers the form post with 303 back to the page and its thank-you note', async () => {
    const body = new URLSearchParams({ page: 'csp-querying-customers', helpful: 'no', reason: 'hard-to-follow', comment: 'Too long' }).toString();
    const reply = await call('POST', '/v1/feedback', { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE }, from: '127.0.0.11' });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe(`${SITE}/user-guide/csp-querying-customers/#feedback-thanks`);
    // Yes after a reason had been picked under No: the reason is dropped, the vote kept.
    const yes = await call('POST', '/v1/feedback', { body: 'page=csp-querying-customers&helpful=yes&reason=other&comment=', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, from: '127.0.0.11' });
    expect(yes.status).toBe(303);
    expect((await store.feedbackCounts(new Date(0))).filter((c) => c.page === 'csp-querying-customers').sort((a, b) => Number(a.helpful) - Number(b.helpful))).toEqual([
      { page: 'csp-querying-customers', helpful: false, reason: 'hard-to-follow', count: 1 },
      { page: 'csp-querying-customers', helpful: true, reason: null, count: 1 },
    ]);
  });

  it('answers a CORS preflight for the site origin and refuses other origins', async () => {
    const ok = await call('OPTIONS', '/v1/search', { headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(SITE);
    expect(ok.headers['access-control-allow-headers']).toBe('Content-Type');
    const other = await call('OPTIONS', '/v1/search', { headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const post = await postJson('/v1/feedback', { page: 'what-is-acsv', helpful: true }, { headers: { Origin: 'https://evil.example' }, from: '127.0.0.12' });
    expect(post.status).toBe(403);
    expect(post.json.error).toBe('origin https://evil.example is not allowed');
  });

  it('stores a search insight, query normalised and personal data redacted', async () => {
    const reply = await postJson('/v1/search', { query: '  Refund  to ann@example.com or +49 170 1234567 CBC.99003647 ', filters: { role: ['reseller', 'distributor'], part: ['faq'] }, results: 0 }, { from: '127.0.0.13' });
    expect(reply.status).toBe(201);
    expect(await store.searchCounts(new Date(0))).toEqual([
      { query: 'refund to [email] or [number] cbc.99003647', filters: '{"part":["faq"],"role":["distributor","reseller"]}', count: 1, noResult: 1, noClick: 0 },
    ]);
  });

  it('answers a health check', async () => {
    const reply = await call('GET', '/healthz');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ok: true, store: 'sqlite' });
  });

  const bad: [string, (from: string) => Promise<Reply>, number, string][] = [
    ['an unknown page id', (from) => postJson('/v1/feedback', { page: 'no-such-page', helpful: true }, { from }), 422, 'unknown page id "no-such-page"'],
    ['a wrong type', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: 'yes' }, { from }), 400, 'helpful must be true or false'],
    ['a missing field', (from) => postJson('/v1/feedback', { page: 'what-is-acsv' }, { from }), 400, 'helpful must be true or false'],
    ['an unknown field', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: true, email: 'a@b.c' }, { from }), 400, 'unknown field email'],
    ['a reason with a yes', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: true, reason: 'other' }, { from }), 400, 'reason is only given with helpful: false'],
    ['an unknown reason', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, reason: 'rude' }, { from }), 400, 'reason must be one of wrong-or-outdated, missing-information, hard-to-follow, other'],
    ['a comment over 1,000 characters', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, comment: 'x'.repeat(1001) }, { from }), 400, 'comment must be at most 1000 characters'],
    ['a NUL byte in a comment', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, comment: 'a\u0000b' }, { from }), 400, 'comment contains control characters'],
    ['a lone surrogate', (from) => postJson('/v1/feedback', '{"page":"what-is-acsv","helpful":false,"comment":"\\ud800"}', { from }), 400, 'comment is not well-formed Unicode'],
    ['malformed JSON', (from) => postJson('/v1/feedback', '{"page":', { from }), 400, 'body is not valid JSON'],
    ['a JSON array', (from) => postJson('/v1/feedback', '[1,2]', { from }), 400, 'must be a JSON object'],
    ['an empty body', (from) => postJson('/v1/feedback', '', { from }), 400, 'body is not valid JSON'],
    ['invalid UTF-8', (from) => call('POST', '/v1/feedback', { body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'Content-Type': 'application/json' }, from }), 400, 'body is not valid UTF-8'],
    ['a body over 4 KB', (from) => postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, comment: 'y'.repeat(5000) }, { from }), 413, 'body is larger than 4096 bytes'],
    ['a chunked body over 4 KB', (from) => call('POST', '/v1/feedback', { body: `{"page":"what-is-acsv","helpful":false,"comment":"${'z'.repeat(5000)}"}`, headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, from }), 413, 'body is larger than 4096 bytes'],
    ['text/plain', (from) => call('POST', '/v1/feedback', { body: '{"page":"what-is-acsv","helpful":true}', headers: { 'Content-Type': 'text/plain' }, from }), 415, 'content type must be application/json or application/x-www-form-urlencoded'],
    ['no content type', (from) => call('POST', '/v1/search', { body: '{"query":"a","results":0}', from }), 415, 'content type must be application/json'],
    ['a form post to the search endpoint', (from) => call('POST', '/v1/search', { body: 'query=a&results=0', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, from }), 415, 'content type must be application/json'],
    ['a repeated form field', (from) => call('POST', '/v1/feedback', { body: 'page=what-is-acsv&helpful=no&helpful=yes', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, from }), 400, 'unknown field helpful (repeated)'],
    ['a negative result count', (from) => postJson('/v1/search', { query: 'x', results: -1 }, { from }), 400, 'results must be 0 or more'],
    ['an empty query', (from) => postJson('/v1/search', { query: '   ', results: 0 }, { from }), 400, 'query must not be empty'],
    ['a bad filter', (from) => postJson('/v1/search', { query: 'x', results: 0, filters: { part: ['<b>'] } }, { from }), 400, 'filters.part.0 is not a filter value'],
    ['a GET on a POST route', (from) => call('GET', '/v1/feedback', { from }), 405, 'method GET not allowed'],
    ['an unknown path', (from) => call('GET', '/admin', { from }), 404, 'not found'],
  ];
  bad.forEach(([what, send, status, error], index) => {
    it(`refuses ${what} with ${status} and a JSON error, storing nothing`, async () => {
      const before = await store.totals();
      const reply = await send(`127.0.1.${index + 1}`);
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.json.error).toBe(error);
      expect(await store.totals()).toEqual(before);
      expect((await call('GET', '/healthz')).status).toBe(200);
    });
  });

  it('stores HTML and script in a comment as plain text', async () => {
    const comment = '<img src=x onerror=alert(1)><script>fetch("/steal")</script>';
    expect((await postJson('/v1/feedback', { page: 'what-is-acsv', helpful: false, comment }, { from: '127.0.0.14' })).status).toBe(201);
    expect((await store.recentComments(new Date(0), 1)).find((c) => c.page === 'what-is-acsv')?.comment).toBe(comment);
  });

  it('rate-limits a flooding client and keeps answering the others', async () => {
    const flood = await Promise.all(Array.from({ length: 30 }, () => postJson('/v1/search', { query: 'flood', results: 0 }, { from: '127.0.0.50' })));
    const statuses = flood.map((reply) => reply.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const limited = flood.find((reply) => reply.status === 429)!;
    expect(limited.json.error).toBe('too many requests; try again later');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await store.searchCounts(new Date(0))).find((s) => s.query === 'flood')?.count).toBe(10);
    // Another client is served at once.
    expect((await postJson('/v1/search', { query: 'other client', results: 0 }, { from: '127.0.0.51' })).status).toBe(201);
  });
});
