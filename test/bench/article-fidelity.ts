/**
 * How faithfully articles are read: `npm run bench -- --only fidelity --articles DIR` (or
 * `npx tsx test/bench/article-fidelity.ts DIR [--examples]`). Builds the bundle of DIR and counts,
 * per kind, the documents whose body was mostly removed, that begin with their own title, that
 * hold literal markup or comment residue, and whose excerpt begins with the title; and how many
 * distinct sources each folder yields. Examples are listed by file.
 */
import path from 'node:path';
import { buildBundleFromDir } from '../../src/pipeline/build-bundle.ts';
import { normalizeForMatch } from '../../src/pipeline/report/text-match.ts';

export type Fidelity = {
  documents: number;
  rejected: number;
  bodyMostlyRemoved: string[];
  titleAtTop: string[];
  literalMarkup: string[];
  excerptIsTitle: string[];
  sourcesByFolder: Record<string, number>;
};

/** Markup shown as text: tags, entities, Markdown links. */
const LITERAL_MARKUP = /<\/?(?:a|p|div|span|img|br|script|iframe)\b[^>]*>|&(?:lt|gt|amp|#\d+);|\]\((?:https?:)?\/\//i;

export async function measureFidelity(dir: string): Promise<Fidelity> {
  const result = await buildBundleFromDir(dir);
  const out: Fidelity = {
    documents: result.documents.length,
    rejected: result.report.rejections.length,
    bodyMostlyRemoved: [],
    titleAtTop: [],
    literalMarkup: [],
    excerptIsTitle: [],
    sourcesByFolder: {},
  };
  const sources = new Map<string, Set<string>>();
  for (const doc of result.documents) {
    const kept = doc.paragraphs.join('').length;
    const removed = (result.report.removedText[doc.file] ?? []).reduce((sum, r) => sum + r.text.length, 0);
    if (removed > kept) out.bodyMostlyRemoved.push(doc.file);
    const title = normalizeForMatch(doc.meta.title);
    const first = normalizeForMatch(doc.paragraphs[0] ?? '');
    if (title.length >= 4 && first.startsWith(title)) out.titleAtTop.push(doc.file);
    if (doc.paragraphs.some((p) => LITERAL_MARKUP.test(p))) out.literalMarkup.push(doc.file);
    if (title.length >= 4 && normalizeForMatch(doc.meta.excerpt).startsWith(title)) out.excerptIsTitle.push(doc.file);
    const folder = path.dirname(doc.file);
    let set = sources.get(folder);
    if (!set) sources.set(folder, (set = new Set()));
    set.add(doc.meta.source ?? '(none)');
  }
  for (const [folder, set] of sources) out.sourcesByFolder[folder] = set.size;
  return out;
}

export function formatFidelity(f: Fidelity, examples = 3): string {
  const pct = (list: string[]) => `${list.length} (${((100 * list.length) / Math.max(1, f.documents)).toFixed(1)} %)`;
  const ex = (list: string[]) =>
    examples > 0 && list.length > 0 ? ` — e.g. ${list.slice(0, examples).join('; ')}` : '';
  return [
    `documents ${f.documents}, rejected ${f.rejected}`,
    `body mostly removed: ${pct(f.bodyMostlyRemoved)}${ex(f.bodyMostlyRemoved)}`,
    `begin with their own title: ${pct(f.titleAtTop)}${ex(f.titleAtTop)}`,
    `literal markup in the text: ${pct(f.literalMarkup)}${ex(f.literalMarkup)}`,
    `excerpt begins with the title: ${pct(f.excerptIsTitle)}${ex(f.excerptIsTitle)}`,
    `distinct sources per folder: ${Object.entries(f.sourcesByFolder)
      .map(([folder, n]) => `${folder} ${n}`)
      .join(', ')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: npx tsx test/bench/article-fidelity.ts DIR [--examples]');
    process.exit(2);
  }
  console.log(formatFidelity(await measureFidelity(path.resolve(dir)), process.argv.includes('--examples') ? 5 : 0));
}
