import { parentPort, workerData } from 'node:worker_threads';
import { loadFolding } from '#shared/tokenize.ts';
import { buildPostings, type UnitTexts } from './build-search-index.ts';

/*
 * The postings of one run of units, built in a worker thread (see build-index-in-workers.ts),
 * packed into buffers that are moved, not copied, back.
 */

export type IndexWorkerInput = { texts: UnitTexts[]; firstUnit: number };
export type IndexWorkerOutput = { grams: string[]; sizes: Uint32Array; lastUnits: Int32Array; bytes: Uint8Array };

const { texts, firstUnit } = workerData as IndexWorkerInput;
await loadFolding();
const encoded = buildPostings(texts, firstUnit, { release: true });
const grams = [...encoded.keys()];
const sizes = new Uint32Array(grams.length);
const lastUnits = new Int32Array(grams.length);
let total = 0;
grams.forEach((gram, i) => {
  const postings = encoded.get(gram);
  sizes[i] = postings?.bytes.length ?? 0;
  lastUnits[i] = postings?.lastUnit ?? -1;
  total += sizes[i] ?? 0;
});
const bytes = new Uint8Array(total);
let at = 0;
for (const postings of encoded.values()) {
  bytes.set(postings.bytes, at);
  at += postings.bytes.length;
}
const output: IndexWorkerOutput = { grams, sizes, lastUnits, bytes };
parentPort?.postMessage(output, [sizes.buffer, lastUnits.buffer, bytes.buffer]);
