/**
 * The feedback receiver's HTTP handling: `POST /v1/feedback` (JSON or the
 * widget's form post), `POST /v1/search`, `GET /healthz`. Every bad request
 * (oversized, malformed, wrong type, unknown page, other content type, other
 * origin, too many from one client) gets a 4xx with a JSON `{ error }` and
 * stores nothing; the server keeps answering everyone else. No cookies are
 * read or set, and no address is stored or logged.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createClientKeys } from '../lib/feedback/client-key.ts';
import { createRateLimiter, type RateLimitOptions } from '../lib/feedback/rate-limit.ts';
import {
  canonicalFilters,
  describeProblems,
  feedbackFromForm,
  feedbackSchema,
  MAX_BODY_BYTES,
  normalizeQuery,
  redactQuery,
  searchInsightSchema,
} from '../lib/feedback/schemas.ts';
import type { FeedbackStore } from './store.ts';

export interface ReceiverOptions {
  store: FeedbackStore;
  /** Page id → page URL (a site path, or absolute), from the build's `feedback-pages.json`. */
  pages: ReadonlyMap<string, string>;
  /** The docs site's URL: the only origin allowed by CORS, and the base of the form's redirect. */
  siteUrl?: string;
  /** Per-client limit; `false` turns it off (benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Take the client address from the last `X-Forwarded-For` hop (behind a proxy you run). */
  trustProxy?: boolean;
  now?: () => number;
  log?: (line: string) => void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 20, perMinute: 20 };

/** Where the form post returns to: the page, scrolled to its thank-you note (shown by CSS `:target`). */
export const THANKS_ANCHOR = 'feedback-thanks';

class HttpError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

type Receiver = ((req: IncomingMessage, res: ServerResponse) => void) & { setPages(pages: ReadonlyMap<string, string>): void };

export function createReceiver(options: ReceiverOptions): Receiver {
  const { store, trustProxy = false, now = Date.now, log = (line) => console.error(line) } = options;
  let pages = options.pages;
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const clientKey = createClientKeys();

  const cors = (req: IncomingMessage): Record<string, string> =>
    siteOrigin && req.headers.origin === siteOrigin ? { 'Access-Control-Allow-Origin': siteOrigin, Vary: 'Origin' } : { Vary: 'Origin' };

  function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(`${JSON.stringify(body)}\n`);
  }

  function clientAddress(req: IncomingMessage): string {
    const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
    const hops = typeof forwarded === 'string' ? forwarded.split(',').map((hop) => hop.trim()).filter(Boolean) : [];
    return hops.at(-1) ?? req.socket.remoteAddress ?? 'unknown';
  }

  function checkOrigin(req: IncomingMessage): void {
    const origin = req.headers.origin;
    // Requests without Origin (curl, old browsers) are allowed; a browser on another site is not.
    if (siteOrigin && origin !== undefined && origin !== siteOrigin) throw new HttpError(403, `origin ${origin} is not allowed`);
  }

  function checkRate(req: IncomingMessage): void {
    if (!limiter) return;
    const key = clientKey(clientAddress(req), now());
    if (!limiter.take(key, now())) throw new HttpError(429, 'too many requests; try again later', { 'Retry-After': String(Math.max(1, limiter.retryAfter(key, now()))) });
  }

  function mediaType(req: IncomingMessage, allowed: readonly string[]): string {
    const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
    if (!allowed.includes(type)) throw new HttpError(415, `content type must be ${allowed.join(' or ')}`);
    const charset = params.find((param) => param.startsWith('charset='))?.slice(8).replace(/"/g, '');
    if (charset && charset !== 'utf-8') throw new HttpError(415, 'charset must be utf-8');
    return type;
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) throw new HttpError(413, `body is larger than ${MAX_BODY_BYTES} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) throw new HttpError(413, `body is larger than ${MAX_BODY_BYTES} bytes`);
      chunks.push(chunk);
    }
    try {
      return utf8.decode(Buffer.concat(chunks));
    } catch {
      throw new HttpError(400, 'body is not valid UTF-8');
    }
  }

  function parseJson(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
  }

  async function postFeedback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = mediaType(req, ['application/json', 'application/x-www-form-urlencoded']);
    const text = await readBody(req);
    const input = type === 'application/json' ? parseJson(text) : feedbackFromForm(new URLSearchParams(text));
    const parsed = feedbackSchema.safeParse(input);
    if (!parsed.success) throw new HttpError(400, describeProblems(parsed.error));
    const pageUrl = pages.get(parsed.data.page);
    if (pageUrl === undefined) throw new HttpError(422, `unknown page id "${parsed.data.page}"`);
    await store.addFeedback({ ...parsed.data, createdAt: new Date(now()) });
    if (type === 'application/json') return send(res, 201, { ok: true }, cors(req));
    // The form post: back to the page, where CSS shows the thank-you note.
    const location = `${siteOrigin ? new URL(pageUrl, siteOrigin).href : pageUrl}#${THANKS_ANCHOR}`;
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Thank you for your feedback.\n');
  }

  async function postSearch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    mediaType(req, ['application/json']);
    const parsed = searchInsightSchema.safeParse(parseJson(await readBody(req)));
    if (!parsed.success) throw new HttpError(400, describeProblems(parsed.error));
    const { query, filters, results, clicked } = parsed.data;
    await store.addSearch({ query: normalizeQuery(redactQuery(query)), filters: canonicalFilters(filters), results, clicked, createdAt: new Date(now()) });
    send(res, 201, { ok: true }, cors(req));
  }

  const routes: Record<string, Partial<Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void>>> = {
    '/v1/feedback': { POST: postFeedback },
    '/v1/search': { POST: postSearch },
    '/healthz': {
      GET: async (_req, res) => {
        try {
          await store.ping();
        } catch {
          return send(res, 503, { ok: false, error: 'storage unavailable' });
        }
        send(res, 200, { ok: true, store: store.kind });
      },
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://receiver').pathname;
    } catch {
      throw new HttpError(400, 'bad request URL');
    }
    const route = routes[path];
    if (!route) throw new HttpError(404, 'not found');
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    if (method === 'OPTIONS' && route.POST) {
      // CORS preflight: only the site's own origin may post JSON from a browser.
      if (!siteOrigin || req.headers.origin !== siteOrigin) throw new HttpError(403, `origin ${req.headers.origin ?? '(none)'} is not allowed`);
      res.writeHead(204, { ...cors(req), 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '86400' });
      return void res.end();
    }
    const handler = route[method];
    if (!handler) throw new HttpError(405, `method ${req.method} not allowed`, { Allow: Object.keys(route).join(', ') });
    if (method === 'POST') {
      checkOrigin(req);
      checkRate(req);
    }
    await handler(req, res);
  }

  const receiver = ((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) {
        // A body left unread (too large, refused early) is not drained: the connection closes after the answer.
        const unread = !req.complete;
        send(res, error.status, { error: error.message }, { ...cors(req), ...error.headers, ...(unread ? { Connection: 'close' } : {}) });
        if (unread) res.on('finish', () => req.destroy());
        return;
      }
      log(`feedback receiver: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      send(res, 503, { error: 'storage unavailable; try again later' }, cors(req));
    });
  }) as Receiver;
  receiver.setPages = (next) => {
    pages = next;
  };
  return receiver;
}

/** Listen on `host:port` (port 0 picks a free one) with timeouts that stop slow or idle clients holding sockets. */
export function startReceiver(options: ReceiverOptions & { host?: string; port?: number }): Promise<{ server: Server; url: string; receiver: Receiver }> {
  const receiver = createReceiver(options);
  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 }, receiver);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      done({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}`, receiver });
    });
  });
}

/** The pages file the build writes, as the id → URL map the receiver checks ids against. */
export function pagesMap(file: { pages: readonly { id: string; url: string }[] }): ReadonlyMap<string, string> {
  return new Map(file.pages.map((page) => [page.id, page.url]));
}
