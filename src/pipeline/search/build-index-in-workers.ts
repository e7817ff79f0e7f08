import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  assembleIndex,
  buildPostings,
  collectUnits,
  type IndexableDoc,
  type SearchIndexFiles,
} from './build-search-index.ts';
import type { IndexWorkerInput, IndexWorkerOutput } from './index-worker.ts';

/*
 * Building the index is most of a large build, and one core did it while the others idled: each
 * worker thread builds the postings of one part of the grams (the index is byte-identical to the
 * one built in one thread). Small libraries are indexed in this thread: starting a worker costs
 * about as much as indexing a thousand documents.
 */

/** Fewer units than this, and the index is built in this thread. */
export const WORKER_THRESHOLD_UNITS = 2000;

/**
 * Worker threads do not inherit a TypeScript loader from Vite or Vitest, so each one registers
 * tsx (already the pipeline's runner) before it loads the worker module.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

function runWorker(input: IndexWorkerInput): Promise<IndexWorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      // Not the parent's loader flags: the bootstrap registers the one it needs.
      execArgv: [],
      workerData: {
        ...input,
        tsx: import.meta.resolve('tsx/esm/api'),
        entry: new URL('./index-worker.ts', import.meta.url).href,
      },
    });
    let output: IndexWorkerOutput | null = null;
    worker.once('message', (message: IndexWorkerOutput) => (output = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (output) resolve(output);
      else reject(new Error(`a search index worker stopped (exit code ${code}) before it was done`));
    });
  });
}

function* unpack({ grams, sizes, bytes }: IndexWorkerOutput): Generator<[string, Uint8Array]> {
  let at = 0;
  for (let i = 0; i < grams.length; i++) {
    const size = sizes[i] ?? 0;
    yield [grams[i] ?? '', bytes.subarray(at, at + size)];
    at += size;
  }
}

export type WorkerOptions = { workers?: number; threshold?: number };

/** As buildSearchIndex, with the work split across a worker per core for a large library. */
export async function buildSearchIndexInWorkers(
  docs: readonly IndexableDoc[],
  { workers = Math.min(4, availableParallelism()), threshold = WORKER_THRESHOLD_UNITS }: WorkerOptions = {},
): Promise<SearchIndexFiles> {
  const { units, texts } = collectUnits(docs);
  if (workers < 2 || units.length < threshold) return assembleIndex(units, buildPostings(texts));
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, part) => runWorker({ texts, part, parts: workers })),
  );
  return assembleIndex(
    units,
    parts.flatMap((output) => [...unpack(output)]),
  );
}
