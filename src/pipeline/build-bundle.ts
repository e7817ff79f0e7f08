import {
  DATA_DIR,
  facetTotals,
  MANIFEST_FILE,
  paginateManifest,
  SCHEMA_VERSION,
  type DocChunk,
  type DocMeta,
  type Manifest,
} from '#shared/bundle-schema.ts';
import { documentIdFromPath } from '#shared/ids.ts';
import { loadFolding } from '#shared/tokenize.ts';
import { encodeShardPayloads } from '#shared/search-shard.ts';
import { RuleCounter, type RemovedText } from './article/rule-counter.ts';
import { error, type Diagnostic } from './diagnostics.ts';
import { hashedName } from './emit/hash-name.ts';
import { mentionFinder } from './entities/find-mentions.ts';
import { parseEntities } from './entities/parse-entities.ts';
import { processPdf } from './pdf/process-pdf.ts';
import { processDocument, type ProcessedDocument, type Provenance } from './process-document.ts';
import { buildSearchIndexInWorkers } from './search/build-index-in-workers.ts';
import { readSources, type RawSource } from './source/read-sources.ts';

export type BuildReport = {
  filesRead: number;
  documents: number;
  rejections: Diagnostic[];
  warnings: Diagnostic[];
  /** How often each named cleaning rule fired, over all documents. */
  rules: Record<string, number>;
  /** Text the cleaning rules took out, by file: nothing leaves a document without a record. */
  removedText: Record<string, RemovedText[]>;
  /** Each source file's fate: the document id, or null when rejected (the dictionary is reported below). */
  fates: Record<string, string | null>;
  /** Where each report's title and date came from, by file. */
  provenance: Record<string, Provenance>;
  /** The entities dictionary read, with how many entities it gave. */
  dictionary: { file: string; entities: number } | null;
  milliseconds: number;
};

export type BuildResult = {
  /** The whole library; on disk it is the manifest file and its pages. */
  manifest: Manifest;
  /** Output files by path relative to the data folder. */
  files: Map<string, string | Uint8Array>;
  documents: (ProcessedDocument & { id: string })[];
  report: BuildReport;
};

export { DATA_DIR, MANIFEST_FILE };

const isPdf = (file: string): boolean => file.toLowerCase().endsWith('.pdf');

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byNewest(a: DocMeta, b: DocMeta): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return Date.parse(b.date) - Date.parse(a.date);
  }
  if (a.year !== b.year) return (b.year ?? 0) - (a.year ?? 0);
  return a.title.localeCompare(b.title, 'zh-Hans-CN');
}

export type BuildOptions = {
  /**
   * Let go of what is no longer needed as the build goes: each source's bytes once it is
   * processed (the array keeps the file names), an article's HTML once its chunk is made (the
   * result's documents keep their paragraphs, not their HTML). A hundred thousand documents'
   * sources and HTML are about 900 MB that would otherwise stay in memory to the end.
   */
  releaseMemory?: boolean;
  /** The entities dictionary (entities.yaml), whose names are found in every document. */
  dictionary?: RawSource | null;
  /** The time one file may take before it is rejected (DEFAULT_FILE_BUDGET_MS). */
  fileBudgetMs?: number;
  /** Publish each PDF report's PDF beside the bundle, its sections linked to their pages. */
  publishPdf?: boolean;
};

/** The dictionary's entities; its problems join the build's (a dictionary that fails is a rejection). */
function dictionaryEntities(
  dictionary: RawSource | null | undefined,
  rejections: Diagnostic[],
  warnings: Diagnostic[],
) {
  if (!dictionary) return [];
  const parsed = parseEntities(dictionary.file, new TextDecoder().decode(dictionary.bytes));
  for (const diagnostic of parsed.diagnostics) {
    (diagnostic.severity === 'error' ? rejections : warnings).push(diagnostic);
  }
  return parsed.entities;
}

/** Sources to bundle files. Writes nothing: the caller decides where the files go. */
export async function buildBundle(
  sources: RawSource[],
  readRejections: Diagnostic[] = [],
  options: BuildOptions = {},
): Promise<BuildResult> {
  const started = performance.now();
  const rejections = [...readRejections];
  const warnings: Diagnostic[] = [];
  const rules = new RuleCounter();
  // Keyed by file name, so with no prototype: a file named '__proto__' is a key like any other.
  const removedText = Object.create(null) as Record<string, RemovedText[]>;
  const fates = Object.create(null) as Record<string, string | null>;
  const provenance = Object.create(null) as Record<string, Provenance>;
  const pdfBytes = new Map<string, Uint8Array>();
  for (const rejection of readRejections) fates[rejection.file] = null;

  const processed: { document: ProcessedDocument; since: number }[] = [];
  for (const [i, source] of sources.entries()) {
    const result = isPdf(source.file)
      ? await processPdf(source.file, source.bytes, options.fileBudgetMs)
      : processDocument(source.file, source.bytes, options.fileBudgetMs);
    if (result.document && result.provenance) provenance[source.file] = result.provenance;
    if (options.publishPdf && isPdf(source.file) && result.document) pdfBytes.set(source.file, source.bytes);
    if (options.releaseMemory) sources[i] = { file: source.file, bytes: new Uint8Array(0) };
    rules.merge(result.rules);
    if (result.document && result.rules.removed.length > 0) removedText[source.file] = result.rules.removed;
    for (const diagnostic of result.diagnostics) {
      (diagnostic.severity === 'error' ? rejections : warnings).push(diagnostic);
    }
    if (!result.document) {
      fates[source.file] = null;
      continue;
    }
    processed.push({ document: result.document, since: source.since ?? 0 });
  }

  // An id stays with the file that had it first (the oldest in the folder, then by path): a file
  // added later never takes over a document's URL, whatever its name sorts as.
  const wanted = (doc: ProcessedDocument) => doc.requestedId ?? documentIdFromPath(doc.file);
  const idOwner = new Map<string, string>();
  for (const { document } of [...processed].sort(
    (a, b) => a.since - b.since || compareText(a.document.file, b.document.file),
  )) {
    const id = wanted(document);
    if (!idOwner.has(id)) idOwner.set(id, document.file);
  }
  const documents: (ProcessedDocument & { id: string })[] = [];
  for (const { document } of processed) {
    const id = wanted(document);
    const owner = idOwner.get(id);
    if (owner !== document.file) {
      rejections.push(
        error(
          document.file,
          `it would get the id '${id}', which ${owner ?? 'another file'} has and keeps (it was there first)`,
          "give this file an 'id:' of its own in its front matter, or rename it",
        ),
      );
      fates[document.file] = null;
      continue;
    }
    fates[document.file] = id;
    documents.push({ ...document, id });
  }

  const entities = dictionaryEntities(options.dictionary, rejections, warnings);
  const findMentions = mentionFinder(entities);
  const files = new Map<string, string | Uint8Array>();
  const metas: DocMeta[] = [];
  for (const doc of documents) {
    const found = findMentions([doc.meta.title, ...doc.paragraphs]);
    // The library lists a document's entities most-mentioned first would need counts; name order is stable.
    doc.meta.entities = found.map((m) => m.entity).sort();
    const mentions = found.length > 0 ? { mentions: found } : {};
    const chunk: DocChunk =
      doc.body.kind === 'article'
        ? { schemaVersion: SCHEMA_VERSION, id: doc.id, kind: 'article', ...mentions, html: doc.body.html }
        : {
            schemaVersion: SCHEMA_VERSION,
            id: doc.id,
            kind: 'report',
            ...mentions,
            toc: doc.body.toc,
            blocks: doc.body.blocks,
          };
    const pdf = pdfBytes.get(doc.file);
    if (pdf && chunk.kind === 'report') {
      chunk.pdf = hashedName('pdf', doc.id, pdf, 'pdf');
      files.set(chunk.pdf, pdf);
      pdfBytes.delete(doc.file);
    }
    const json = JSON.stringify(chunk);
    if (options.releaseMemory && doc.body.kind === 'article') doc.body = { kind: 'article', html: '' };
    const name = hashedName('docs', doc.id, json);
    files.set(name, json);
    metas.push({ id: doc.id, ...doc.meta, chunk: name });
  }
  metas.sort(byNewest);
  // The search index refers to documents by their place in the manifest.
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  await loadFolding();
  const index = await buildSearchIndexInWorkers(
    metas.flatMap((meta) => {
      const doc = byId.get(meta.id);
      return doc
        ? [{ title: meta.title, tags: meta.tags, source: meta.source, body: doc.body, paragraphs: doc.paragraphs }]
        : [];
    }),
  );
  index.shards.forEach((shard, i) => {
    const bytes = encodeShardPayloads(shard);
    const name = hashedName('search', `shard-${i}`, bytes, 'bin');
    files.set(name, bytes);
    index.meta.shards.push(name);
  });
  const metaJson = JSON.stringify(index.meta);
  const searchName = hashedName('search', 'index', metaJson);
  files.set(searchName, metaJson);
  let dataBytes = 0;
  for (const content of files.values()) dataBytes += Buffer.byteLength(content);
  const manifest: Manifest = { schemaVersion: SCHEMA_VERSION, documents: metas, search: searchName, dataBytes };
  const paged = paginateManifest(manifest, facetTotals(metas), (page, i) => {
    const json = JSON.stringify(page);
    const name = hashedName('pages', `page-${i}`, json);
    files.set(name, json);
    return name;
  });
  files.set(MANIFEST_FILE, JSON.stringify(paged.file));

  return {
    manifest,
    files,
    documents,
    report: {
      filesRead: sources.length + readRejections.length + (options.dictionary ? 1 : 0),
      documents: documents.length,
      rejections,
      warnings,
      rules: Object.fromEntries([...rules.counts].sort(([a], [b]) => a.localeCompare(b))),
      removedText,
      fates,
      provenance,
      dictionary: options.dictionary ? { file: options.dictionary.file, entities: entities.length } : null,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

/** Reads the content folder and builds the bundle; PUBLISH_PDF=1 publishes the PDFs with it. */
export async function buildBundleFromDir(
  contentDir: string,
  publishPdf = process.env.PUBLISH_PDF === '1',
): Promise<BuildResult> {
  const started = performance.now();
  const { sources, rejections, dictionary } = await readSources(contentDir);
  const result = await buildBundle(sources, rejections, { releaseMemory: true, dictionary, publishPdf });
  result.report.milliseconds = Math.round(performance.now() - started);
  return result;
}
