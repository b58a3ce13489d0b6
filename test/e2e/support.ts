/**
 * Shared set-up for end-to-end tests: Debian's Chromium driven by
 * playwright-core, and the built site served from `dist/` on a free port.
 * In CI a missing browser or build fails the run; locally the suite is skipped
 * with the reason printed.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { serve } from '../../scripts/serve.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

function missing(): string | undefined {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (!existsSync('dist/index.html')) return 'dist/ is not built (run npm run build)';
  return undefined;
}

export interface E2EContext {
  browser: Browser;
  baseUrl: string;
}

/**
 * `describe` for browser tests. Gives each suite one browser and one server.
 * CI=true turns a missing prerequisite into a failure instead of a skip.
 */
export function describeE2E(name: string, body: (ctx: E2EContext) => void): void {
  const reason = missing();
  if (reason && !process.env.CI) {
    console.warn(`[e2e] skipping "${name}": ${reason}`);
    describe.skip(name, () => body({} as E2EContext));
    return;
  }
  describe(name, () => {
    const ctx = {} as E2EContext;
    let server: Server | undefined;
    beforeAll(async () => {
      if (reason) throw new Error(`[e2e] ${reason}`);
      const started = await serve({ dir: 'dist', port: 0 });
      server = started.server;
      ctx.baseUrl = started.url;
      ctx.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    });
    afterAll(async () => {
      await ctx.browser?.close();
      await new Promise((done) => (server ? server.close(done) : done(undefined)));
    });
    body(ctx);
  });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
