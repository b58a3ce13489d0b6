/**
 * The Content-Security-Policy allows the site's own inline scripts by the hash
 * of their source, nothing a page carries, and takes extra origins per
 * directive; a built page with any other inline script fails the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS, inlineScriptHashes, unlistedInlineScripts } from '../../src/integrations/inline-scripts.ts';
import { contentSecurityPolicy, parseHeadersFile, UnlistedInlineScriptError, writeSecurityHeaders } from '../../src/integrations/security-headers.ts';

const themeInit = readFileSync('src/client/theme-init.js', 'utf8');
const themeHash = `'sha256-${createHash('sha256').update(themeInit).digest('base64')}'`;

let site: string;
afterEach(() => site && rmSync(site, { recursive: true, force: true }));
function builtSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'pd-csp-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}
const page = (body: string) => `<!doctype html><html><head><script>${themeInit}</script></head><body>${body}</body></html>`;

describe('Content-Security-Policy', () => {
  it('hashes the listed inline scripts from their source files', () => {
    expect(INLINE_SCRIPTS).toContain('src/client/theme-init.js');
    expect(inlineScriptHashes('.')).toEqual([themeHash]);
  });

  it('takes extra origins per directive, replacing a lone none', () => {
    const csp = contentSecurityPolicy({ scriptHashes: [themeHash], extraSources: { 'connect-src': ['https://feedback.example.com'], 'form-action': ['https://feedback.example.com'], 'object-src': ['https://x.example'] } });
    expect(csp).toContain(`script-src 'self' ${themeHash} 'wasm-unsafe-eval'`);
    expect(csp).toContain("connect-src 'self' https://feedback.example.com");
    expect(csp).toContain("form-action 'self' https://feedback.example.com");
    expect(csp).toContain('object-src https://x.example;');
    expect(csp).not.toContain("'unsafe-inline'");
  });

  it('writes _headers with only the site\'s own hashes', () => {
    const dir = builtSite({ 'index.html': page('<p>Home</p>'), 'faq/x/index.html': page('<script type="application/ld+json">{"@type":"FAQPage"}</script>') });
    const csp = writeSecurityHeaders(dir, { root: '.' });
    expect(csp.match(/'sha256-[^']+'/g)).toEqual([themeHash]);
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(rules.find((rule) => rule.pattern === '/*')?.headers).toContainEqual(['Content-Security-Policy', csp]);
  });

  it('fails the build when a page holds an inline script that is not the site\'s own, and never allows it', () => {
    const dir = builtSite({ 'index.html': page('<p>Home</p>'), 'faq/evil/index.html': page('<SCRIPT>alert(1)</SCRIPT><script type="module">alert(2)</script>') });
    expect(unlistedInlineScripts(dir, [themeHash])).toEqual([
      { file: 'faq/evil/index.html', excerpt: 'alert(1)' },
      { file: 'faq/evil/index.html', excerpt: 'alert(2)' },
    ]);
    expect(() => writeSecurityHeaders(dir, { root: '.' })).toThrow(UnlistedInlineScriptError);
    expect(() => writeSecurityHeaders(dir, { root: '.' })).toThrow('2 inline scripts are not one of the site\'s own (first: faq/evil/index.html: "alert(1)"); list its source in src/integrations/inline-scripts.ts');
  });
});
