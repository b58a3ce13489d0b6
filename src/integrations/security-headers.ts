/**
 * Security headers for a static host, written to `dist/_headers` (the format
 * Netlify and Cloudflare Pages read; `npm run serve` applies it too). The
 * Content-Security-Policy allows no inline script but the site's own, by the
 * hash of their source (`inline-scripts.ts`), and no inline style at all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes, unlistedInlineScripts } from './inline-scripts.ts';

/** The directives the policy sets; each can take extra sources. */
export type CspDirective =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

/** Extra sources per directive, e.g. `{ 'connect-src': ['https://feedback.example.com'], 'form-action': [...] }`. */
export type ExtraSources = Partial<Record<CspDirective, readonly string[]>>;

export interface CspOptions {
  /** Hashes (`'sha256-…'`) of the inline scripts to allow. */
  scriptHashes: readonly string[];
  /** Origins a feature adds to a directive (a feedback service's origin to `connect-src`, …). */
  extraSources?: ExtraSources;
}

export function contentSecurityPolicy({ scriptHashes, extraSources = {} }: CspOptions): string {
  const base: Record<CspDirective, string[]> = {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; it does not allow eval().
    'script-src': ["'self'", ...scriptHashes, "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return (Object.entries(base) as [CspDirective, string[]][])
    .map(([directive, sources]) => {
      // 'none' cannot be combined with sources: a directive that gains one drops it.
      const extra = extraSources[directive] ?? [];
      const all = extra.length > 0 ? [...sources.filter((source) => source !== "'none'"), ...extra] : sources;
      return `${directive} ${[...new Set(all)].join(' ')}`;
    })
    .join('; ');
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

export class UnlistedInlineScriptError extends Error {}

/**
 * Write `_headers` for the site built into `siteDir` from the project at
 * `root`; returns the CSP. Throws when a built page holds an inline script
 * that is not one of the site's own: the policy would block it, or worse, it
 * came from content.
 */
export function writeSecurityHeaders(siteDir: string, { root, extraSources }: { root: string; extraSources?: ExtraSources }): string {
  const scriptHashes = inlineScriptHashes(root);
  const unlisted = unlistedInlineScripts(siteDir, scriptHashes);
  if (unlisted.length > 0) {
    const first = unlisted[0]!;
    throw new UnlistedInlineScriptError(
      `${unlisted.length} inline ${unlisted.length === 1 ? 'script is' : 'scripts are'} not one of the site's own (first: ${first.file}: "${first.excerpt}"); list its source in src/integrations/inline-scripts.ts`,
    );
  }
  const csp = contentSecurityPolicy({ scriptHashes, extraSources });
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
      if (colon === -1) continue;
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (exact, or ending in `*`) covers a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}
