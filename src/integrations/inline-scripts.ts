/**
 * The site's own inline scripts: the one list of what the Content-Security-Policy
 * allows inline. Each is hashed from its source file, never from the built
 * pages, so nothing a page carries (content included) can add itself to the
 * policy. After a build, every inline script in the HTML must be one of these,
 * or the build fails.
 *
 * To add one: keep its source in `src/client/`, inline it byte for byte
 * (`<script is:inline set:html={source} />` with `import source from '…?raw'`)
 * and list its file here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const INLINE_SCRIPTS: readonly string[] = [
  // Applies the pinned theme before first paint and marks `html.js` (see BaseLayout.astro).
  'src/client/theme-init.js',
];

/** A CSP source expression for one inline script: `'sha256-…'`. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The hashes of the listed inline scripts, read from their sources under `root`. */
export function inlineScriptHashes(root: string): string[] {
  return INLINE_SCRIPTS.map((file) => scriptHash(readFileSync(join(root, file), 'utf8')));
}

/** Whether a `<script>` with these attributes runs: data blocks (`application/ld+json`, …) do not, and the CSP does not cover them. */
function runs(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

/** Inline scripts in the built HTML whose hash is not allowed: `file` relative to `siteDir`, and the start of the script. */
export function unlistedInlineScripts(siteDir: string, allowed: readonly string[]): { file: string; excerpt: string }[] {
  const allowedSet = new Set(allowed);
  const found: { file: string; excerpt: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
          if (!runs(match[1]!)) continue;
          if (!allowedSet.has(scriptHash(match[2]!))) found.push({ file: relative(siteDir, path), excerpt: match[2]!.trim().slice(0, 60) });
        }
      }
    }
  };
  walk(siteDir);
  return found;
}
