import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundleFromDir } from '../build-bundle.ts';
import { ENTITIES_FILE } from '../entities/parse-entities.ts';
import { resolveContentDir } from '../content-dir.ts';
import { generateCorpus } from './generate-corpus.ts';

const USAGE = 'Usage: npm run synth -- --docs N --out DIR [--content SAMPLE_DIR] [--seed N]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const docs = Number(values.docs);
  if (!Number.isInteger(docs) || docs < 1 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const sampleDir = values.content ? path.resolve(values.content) : resolveContentDir();
  const sample = await buildBundleFromDir(sampleDir);
  const files = generateCorpus({
    paragraphs: sample.documents.flatMap((doc) => doc.paragraphs),
    tags: [...new Set(sample.manifest.documents.flatMap((doc) => doc.tags))],
    sources: [...new Set(sample.manifest.documents.flatMap((doc) => (doc.source ? [doc.source] : [])))],
    docs,
    seed: values.seed ? Number(values.seed) : undefined,
  });
  const outDir = path.resolve(values.out);
  await mkdir(outDir, { recursive: true });
  for (const file of files) await writeFile(path.join(outDir, file.name), file.text);
  // The sample's entities dictionary goes along: a real library's build finds them in every text.
  if (sample.report.dictionary) await copyFile(path.join(sampleDir, ENTITIES_FILE), path.join(outDir, ENTITIES_FILE));
  console.log(`Wrote ${files.length} documents to ${path.relative(process.cwd(), outDir) || '.'}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(`yuelan synth: ${cause instanceof Error ? cause.message : String(cause)}`);
    process.exit(1);
  },
);
