/**
 * Security headers for a static host, written to `dist/_headers` (the format
 * Netlify and Cloudflare Pages read; `npm run serve` applies it too). The
 * Content-Security-Policy allows no inline script except the exact ones the
 * build produced, by hash, and no inline style at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedbackCspSources } from '../lib/feedback/site-config.ts';

/** Every distinct inline `<script>` body in the built HTML. */
export function inlineScripts(siteDir: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) found.add(match[1]!);
      }
    }
  };
  walk(siteDir);
  return [...found];
}

export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** `extra`: more sources per directive, e.g. the feedback receiver's origin for `connect-src` and `form-action`. */
export function contentSecurityPolicy(scriptHashes: readonly string[], extra: Record<string, readonly string[]> = {}): string {
  const plus = (directive: string) => (extra[directive]?.length ? ` ${extra[directive].join(' ')}` : '');
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; it does not allow eval().
    `script-src 'self' ${[...scriptHashes, "'wasm-unsafe-eval'"].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${plus('connect-src')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${plus('form-action')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

export function headersFile(csp: string): string {
  return `# Security headers for any static host that reads this format (Netlify, Cloudflare
# Pages). For other hosts (nginx, S3 + CDN), set the same headers in their config.
/*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}

/** Write `_headers` for the site in `siteDir`; returns the CSP. */
export function writeSecurityHeaders(siteDir: string): string {
  const csp = contentSecurityPolicy(inlineScripts(siteDir).map(scriptHash), feedbackCspSources());
  writeFileSync(join(siteDir, '_headers'), headersFile(csp));
  return csp;
}

/** Parse a `_headers` file into path patterns and their headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (exact, or ending in `*`) covers a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}
