/**
 * Serves a built site (default `dist/`) on localhost the way a static host or
 * CDN would: files as they are, `404.html` for unknown paths, and the headers
 * of the site's `_headers` file (security headers included).
 *
 *   npm run serve [-- --port 4321 --dir dist]
 *
 * Files are sent by `send` (the pillarjs module behind Express's static
 * files): conditional GET, HEAD, path traversal and single ranges as RFC 9110
 * asks, where sirv, used before, crashed on `Range: bytes=100-50` and got
 * suffix ranges wrong. Around it, this server:
 * - answers only GET and HEAD (405 with `Allow` otherwise);
 * - never serves `_headers` itself;
 * - re-reads `_headers` when the file changes, so a rebuild's new CSP is
 *   served without a restart;
 * - gives every file the site ships a Content-Type (Pagefind's index files
 *   included) and error responses no long-lived caching;
 * - answers malformed or hostile requests with a 4xx and keeps serving.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import send from 'send';
import { parseHeadersFile, patternMatches } from '../src/integrations/security-headers.ts';

export interface ServeOptions {
  dir?: string;
  port?: number;
  host?: string;
}

/** The types of every kind of file the site ships; anything else is sent as bytes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index (WebAssembly and gzipped data chunks); pagefind.js reads them as bytes.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Where the `Range` parser `send` uses (range-parser 1.2) departs from RFC
 * 9110 §14.1.2: a suffix range longer than the file (`bytes=-500` of a 100-byte
 * file) means the whole file, not an unsatisfiable range. Rewritten to
 * `bytes=0-` for a file that is not empty; everything else is left to `send`.
 */
export function normaliseRange(range: string | undefined, size: number): string | undefined {
  if (range === undefined) return undefined;
  const suffix = /^\s*bytes\s*=\s*-\s*(\d+)\s*$/i.exec(range);
  if (suffix && Number(suffix[1]) > size && size > 0) return 'bytes=0-';
  return range;
}

/** The path of a request target (origin form, or absolute form), still %-encoded; undefined when there is none. */
export function requestPath(target: string | undefined): string | undefined {
  if (!target) return undefined;
  if (target.startsWith('/')) return target.split(/[?#]/)[0];
  if (/^https?:\/\//i.test(target)) {
    try {
      return new URL(target).pathname;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The `_headers` rules, re-parsed whenever the file changes (a rebuild swaps `dist/`, so it is a new file). */
function headerRules(root: string): () => ReturnType<typeof parseHeadersFile> {
  let seen = '';
  let rules: ReturnType<typeof parseHeadersFile> = [];
  return () => {
    const file = join(root, '_headers');
    let key = 'none';
    try {
      const stat = statSync(file);
      key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      // No _headers: serve without extra headers.
    }
    if (key !== seen) {
      seen = key;
      try {
        rules = key === 'none' ? [] : parseHeadersFile(readFileSync(file, 'utf8'));
      } catch {
        rules = [];
      }
    }
    return rules;
  };
}

/** Start the server; resolves once it listens. Port 0 picks a free port. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1' }: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const rules = headerRules(root);

  const applyRules = (res: ServerResponse, path: string) => {
    for (const rule of rules()) if (patternMatches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  };

  /** An error response: the site's security headers, no caching, and the 404 page for 404. */
  const answerError = (req: IncomingMessage, res: ServerResponse, path: string, status: number, extra: Record<string, string> = {}) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    applyRules(res, path);
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-store');
    res.statusCode = status;
    let body: Buffer | string = `${status} ${STATUS_CODES[status] ?? ''}\n`;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    if (status === 404) {
      try {
        body = readFileSync(join(root, '404.html'));
        res.setHeader('Content-Type', CONTENT_TYPES['.html']!);
      } catch {
        // No 404 page in this build: the plain text stands.
      }
    }
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const path = requestPath(req.url);
    if (path === undefined) return answerError(req, res, '/', 400);
    if (req.method !== 'GET' && req.method !== 'HEAD') return answerError(req, res, path, 405, { Allow: 'GET, HEAD' });
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return answerError(req, res, path, 400);
    }
    // The headers file is configuration for the host, not part of the site.
    if (posix.normalize(decoded.replace(/\\/g, '/')).replace(/\/+$/, '') === '/_headers') return answerError(req, res, path, 404);

    send(req, path, { root, index: ['index.html'], dotfiles: 'ignore', etag: true, lastModified: true })
      // 'file' comes before send reads the Range header, 'headers' before it sets its own.
      .on('file', (_file: string, stat: { size: number }) => {
        const range = normaliseRange(req.headers.range, stat.size);
        if (range !== undefined) req.headers.range = range;
      })
      .on('headers', (response: ServerResponse, file: string) => {
        applyRules(response, path);
        response.setHeader('Content-Type', contentTypeOf(file));
      })
      .on('error', (error: { status?: number; statusCode?: number; headers?: Record<string, string> }) => {
        const status = error.status ?? error.statusCode ?? 500;
        answerError(req, res, path, status, status === 416 ? error.headers : undefined);
      })
      .pipe(res);
  });
  // CONNECT never reaches the request handler; without an answer Node would just drop the connection.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  // A request Node cannot parse gets a 400 and its connection closed; the server goes on.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${actual}` });
    });
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' }, host: { type: 'string', default: '127.0.0.1' } } });
  const { url } = await serve({ dir: values.dir, port: Number(values.port), host: values.host });
  console.log(`Serving ${values.dir}/ at ${url}/ (Ctrl+C to stop)`);
}
