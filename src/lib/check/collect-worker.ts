/** Worker thread body for `collect.ts`: analyse a chunk of pages and post the facts back. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzePage } from './analyze.ts';
import type { CollectInput } from './collect.ts';

const chunk = workerData as CollectInput[];
parentPort!.postMessage(chunk.map((input) => analyzePage(input.file, input.collection, input.source, input.kind)));
