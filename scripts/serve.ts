/**
 * Serves a built site (default `dist/`) on localhost the way a static host or
 * CDN would: files as they are, `404.html` for unknown paths, and the headers
 * of the site's `_headers` file (security headers included).
 *
 *   npm run serve [-- --port 4321 --dir dist]
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { parseHeadersFile, patternMatches } from '../src/integrations/security-headers.ts';

export interface ServeOptions {
  dir?: string;
  port?: number;
  host?: string;
}

/** Start the server; resolves once it listens. Port 0 picks a free port. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1' }: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  let rules: ReturnType<typeof parseHeadersFile> = [];
  try {
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) if (patternMatches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      try {
        res.end(readFileSync(join(root, '404.html')));
      } catch {
        res.end('Not found');
      }
    });
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
