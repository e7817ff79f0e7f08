import { parentPort, workerData } from 'node:worker_threads';
import { buildPostings, type UnitTexts } from './build-search-index.ts';

/*
 * One part of the search index, built in a worker thread (see build-index-in-workers.ts): the
 * grams of its part, their postings packed into one buffer that is moved, not copied, back.
 */

export type IndexWorkerInput = { texts: UnitTexts[]; part: number; parts: number };
export type IndexWorkerOutput = { grams: string[]; sizes: Uint32Array; bytes: Uint8Array };

const { texts, part, parts } = workerData as IndexWorkerInput;
const encoded = buildPostings(texts, part, parts);
const grams = [...encoded.keys()];
const sizes = new Uint32Array(grams.length);
let total = 0;
grams.forEach((gram, i) => {
  const size = encoded.get(gram)?.length ?? 0;
  sizes[i] = size;
  total += size;
});
const bytes = new Uint8Array(total);
let at = 0;
for (const payload of encoded.values()) {
  bytes.set(payload, at);
  at += payload.length;
}
const output: IndexWorkerOutput = { grams, sizes, bytes };
parentPort?.postMessage(output, [sizes.buffer, bytes.buffer]);
