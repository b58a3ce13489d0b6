/**
 * Build benchmark: generate N synthetic pages, build them with the real build
 * (check, Astro, Pagefind, headers) in a scratch copy of the project, and
 * report wall time, CPU time, peak memory, ms per page, dist size, search
 * index size and the first-view transfer of each template (gzip).
 *
 *   node bench/build.ts --pages 1000,10000
 *
 * Needs GNU time (`apt-get install time`) for CPU time and peak memory.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateSite } from './generate.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000,10000' } } });
const project = resolve('.');

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}

/** Gzipped HTML, CSS and JS a first view of the page downloads (search not opened). */
function transfer(dist: string, file: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(dist, file), 'utf8');
  const gz = (text: string | Buffer) => gzipSync(text).length;
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gz(readFileSync(join(dist, m[1]!))), 0);
  const js =
    [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce((sum, m) => sum + gz(readFileSync(join(dist, m[1]!))), 0) +
    [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gz(m[1]!), 0);
  return { html: gz(html), css, js };
}

/** Resident memory of a process and all its descendants, in KB (one `ps` snapshot). */
function treeRssKb(rootPid: number): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString().trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
  let total = 0;
  for (const stack = [rootPid]; stack.length > 0; ) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run the build under GNU time, sampling the whole process tree's memory every 250 ms. */
function runBuild(root: string, timeFile: string): Promise<{ status: number | null; output: string; peakTreeKb: number }> {
  return new Promise((done) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, 'scripts/build.ts'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    let peakTreeKb = 0;
    const timer = setInterval(() => {
      try {
        peakTreeKb = Math.max(peakTreeKb, treeRssKb(child.pid!));
      } catch {
        // the process ended between two samples
      }
    }, 250);
    child.on('close', (status) => {
      clearInterval(timer);
      done({ status, output, peakTreeKb });
    });
  });
}

const rows: string[] = [];
for (const pages of values.pages!.split(',').map(Number)) {
  const root = join(project, 'bench/out', `build-${pages}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  generateSite(root, pages);
  // The project's code, copied (Vite resolves symlinks to their real path); dependencies linked.
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));

  const timeFile = join(root, 'time.txt');
  const run = await runBuild(root, timeFile);
  if (run.status !== 0) {
    console.error(run.output.slice(-6000));
    throw new Error(`build of ${pages} pages failed`);
  }
  const [wall, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) as [number, number, number, number];
  const dist = join(root, 'dist');
  const htmlFiles = Number(execFileSync('sh', ['-c', `find ${dist} -name '*.html' | wc -l`]).toString().trim());
  const sample = (prefix: string) => readdirSync(join(dist, prefix)).find((name) => existsSync(join(dist, prefix, name, 'index.html')) && name.includes('page'));
  const templates = {
    home: 'index.html',
    guide: `user-guide/${sample('user-guide')}/index.html`,
    faq: `faq/${sample('faq')}/index.html`,
    api: `api/${sample('api')}/index.html`,
    folder: 'faq/faq-folder-0/index.html',
  };
  const result = {
    pages,
    htmlFiles,
    wallSeconds: wall,
    cpuSeconds: Number((user + sys).toFixed(1)),
    // The whole build's processes together (the build script and Astro), sampled; GNU time gives the largest single process.
    peakMemoryMb: Math.round(run.peakTreeKb / 1024),
    peakProcessMb: Math.round(maxKb / 1024),
    msPerPage: Number(((wall * 1000) / pages).toFixed(2)),
    distMb: Number((dirSize(dist) / 1e6).toFixed(1)),
    searchIndexMb: Number((dirSize(join(dist, 'pagefind')) / 1e6).toFixed(1)),
    transfer: Object.fromEntries(Object.entries(templates).map(([name, file]) => [name, transfer(dist, file)])),
  };
  console.log(JSON.stringify(result, null, 2));
  rows.push(
    `| ${pages} | ${result.wallSeconds} s | ${result.cpuSeconds} s | ${result.peakMemoryMb} MB (largest process ${result.peakProcessMb} MB) | ${result.msPerPage} | ${result.distMb} MB | ${result.searchIndexMb} MB | ${Object.entries(result.transfer).map(([name, t]) => `${name} ${t.html}/${t.css}/${t.js}`).join('; ')} |`,
  );
}
console.log('\n| Pages | Wall | CPU | Peak memory | ms/page | dist | Search index | First view gzip B (HTML/CSS/JS) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
