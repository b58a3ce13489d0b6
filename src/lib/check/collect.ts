/**
 * The collect stage for the whole site: read every page and analyse it. Parsing
 * MDX costs about 2 ms a page, so large sites are split across worker threads
 * (one per core); small ones are analysed inline to skip worker start-up.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readPageFiles, readPartialFiles } from '../content-scan.ts';
import { analyzePage, type PageFacts } from './analyze.ts';

/** Below this many pages, workers cost more than they save. */
const PARALLEL_THRESHOLD = 400;

export interface CollectInput {
  file: string;
  collection: PageFacts['collection'];
  source: string;
  kind: PageFacts['kind'];
}

export async function collectPages(root: string, workers = availableParallelism(), threshold = PARALLEL_THRESHOLD): Promise<PageFacts[]> {
  const inputs: CollectInput[] = [
    ...readPageFiles(root).map((page) => ({ ...page, kind: 'page' as const })),
    ...readPartialFiles(root).map((partial) => ({ ...partial, kind: 'partial' as const })),
  ];
  if (workers <= 1 || inputs.length < threshold) {
    return inputs.map((input) => analyzePage(input.file, input.collection, input.source, input.kind));
  }
  const chunks: CollectInput[][] = Array.from({ length: workers }, () => []);
  inputs.forEach((input, i) => chunks[i % workers]!.push(input));
  const results = await Promise.all(chunks.map(runWorker));
  // Restore file order (chunks were dealt round-robin).
  const byFile = new Map(results.flat().map((facts) => [facts.file, facts]));
  return inputs.map((input) => byFile.get(input.file)!);
}

function runWorker(chunk: CollectInput[]): Promise<PageFacts[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./collect-worker.ts', import.meta.url), { workerData: chunk });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`check worker exited with code ${code}`)));
  });
}
