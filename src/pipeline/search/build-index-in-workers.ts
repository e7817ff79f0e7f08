import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { appendPostings, type Payload } from '#shared/search-shard.ts';
import {
  assembleIndex,
  collectUnits,
  indexInThisThread,
  type IndexableDoc,
  type SearchIndexFiles,
} from './build-search-index.ts';
import type { IndexWorkerInput, IndexWorkerOutput } from './index-worker.ts';
import { loadFolding } from '#shared/tokenize.ts';

/*
 * Building the index is most of a large build, and one core did it while the others idled: each
 * worker thread builds the postings of one run of units, and the runs are joined gram by gram
 * (appendPostings), so the index is byte-identical to the one built in one thread. Each worker
 * gets only its own units' text. Small libraries are indexed in this thread: starting a worker
 * costs about as much as indexing a thousand documents.
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

/** Each run's postings appended, in unit order, to those of the runs before it. */
function join(runs: readonly IndexWorkerOutput[]): Map<string, { bytes: Payload; lastUnit: number }> {
  const joined = new Map<string, { bytes: Payload; lastUnit: number }>();
  for (const { grams, sizes, lastUnits, bytes } of runs) {
    let at = 0;
    for (let i = 0; i < grams.length; i++) {
      const gram = grams[i] ?? '';
      const size = sizes[i] ?? 0;
      const postings = bytes.subarray(at, at + size);
      at += size;
      const lastUnit = lastUnits[i] ?? -1;
      const before = joined.get(gram);
      joined.set(
        gram,
        before
          ? { bytes: appendPostings(before.bytes, before.lastUnit, postings), lastUnit }
          : { bytes: postings, lastUnit },
      );
    }
  }
  return joined;
}

export type WorkerOptions = { workers?: number; threshold?: number };

/** As buildSearchIndex, with the work split across a worker per core for a large library. */
export async function buildSearchIndexInWorkers(
  docs: readonly IndexableDoc[],
  { workers = Math.min(4, availableParallelism()), threshold = WORKER_THRESHOLD_UNITS }: WorkerOptions = {},
): Promise<SearchIndexFiles> {
  const { units, texts } = collectUnits(docs);
  await loadFolding();
  if (workers < 2 || units.length < threshold) return indexInThisThread(units, texts);
  const size = Math.ceil(texts.length / workers);
  const runs = await Promise.all(
    Array.from({ length: workers }, (_, i) =>
      runWorker({ texts: texts.slice(i * size, (i + 1) * size), firstUnit: i * size }),
    ),
  );
  const joined = join(runs);
  return assembleIndex(
    units,
    [...joined].map(([gram, { bytes }]) => [gram, bytes]),
  );
}
