/**
 * How faithfully articles are read: `npm run bench -- --only fidelity --articles DIR` (or
 * `npx tsx test/bench/article-fidelity.ts DIR [--examples]`). Builds the bundle of DIR and counts,
 * per kind, the documents whose body was mostly removed, that begin with their own title, that
 * hold literal markup or comment residue, and whose excerpt comes from chrome (the title, a
 * byline or a date line); and how many distinct sources each folder yields. Examples by file.
 */
import path from 'node:path';
import { buildBundleFromDir } from '../../src/pipeline/build-bundle.ts';
import { normalizeForMatch } from '../../src/pipeline/report/text-match.ts';

export type FidelityCounts = {
  documents: number;
  bodyMostlyRemoved: string[];
  titleAtTop: string[];
  literalMarkup: string[];
  commentResidue: string[];
  excerptFromChrome: string[];
};

export type Fidelity = {
  documents: number;
  rejected: number;
  byKind: Record<string, FidelityCounts>;
  sourcesByFolder: Record<string, number>;
};

/** Markup shown as text: tags, entities, Markdown links. */
const LITERAL_MARKUP = /<\/?(?:a|p|div|span|img|br|script|iframe)\b[^>]*>|&(?:lt|gt|amp|#\d+);|\]\((?:https?:)?\/\//i;
/** What a comment thread leaves behind: its reply links, permalinks and count heading. */
const COMMENT_RESIDUE =
  /^(?:回复|回覆|Reply|永久(?:连接|链接|連結)|Permalink|\d+\s*(?:条评论|則留言|comments?|responses?))$/i;
/** A byline, date or reading-time line where an excerpt should begin with the article. */
const META_LINE =
  /^(?:by\s|作者[:：\s]|文\s*[|｜/:：]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|\d+\s*(?:min(?:ute)?s?|分钟)\b)/i;

const emptyCounts = (): FidelityCounts => ({
  documents: 0,
  bodyMostlyRemoved: [],
  titleAtTop: [],
  literalMarkup: [],
  commentResidue: [],
  excerptFromChrome: [],
});

export async function measureFidelity(dir: string): Promise<Fidelity> {
  const result = await buildBundleFromDir(dir);
  const out: Fidelity = {
    documents: result.documents.length,
    rejected: result.report.rejections.length,
    byKind: {},
    sourcesByFolder: {},
  };
  const sources = new Map<string, Set<string>>();
  for (const doc of result.documents) {
    const counts = (out.byKind[doc.meta.kind] ??= emptyCounts());
    counts.documents++;
    const kept = doc.paragraphs.join('').length;
    const removed = (result.report.removedText[doc.file] ?? []).reduce((sum, r) => sum + r.text.length, 0);
    if (removed > kept) counts.bodyMostlyRemoved.push(doc.file);
    const title = normalizeForMatch(doc.meta.title);
    const first = normalizeForMatch(doc.paragraphs[0] ?? '');
    if (title.length >= 4 && first.startsWith(title)) counts.titleAtTop.push(doc.file);
    if (doc.paragraphs.some((p) => LITERAL_MARKUP.test(p))) counts.literalMarkup.push(doc.file);
    if (doc.paragraphs.some((p) => COMMENT_RESIDUE.test(p.trim()))) counts.commentResidue.push(doc.file);
    const excerpt = doc.meta.excerpt.trim();
    if ((title.length >= 4 && normalizeForMatch(excerpt).startsWith(title)) || META_LINE.test(excerpt))
      counts.excerptFromChrome.push(doc.file);
    const folder = path.dirname(doc.file);
    let set = sources.get(folder);
    if (!set) sources.set(folder, (set = new Set()));
    set.add(doc.meta.source ?? '(none)');
  }
  for (const [folder, set] of sources) out.sourcesByFolder[folder] = set.size;
  return out;
}

export function formatFidelity(f: Fidelity, examples = 3): string {
  const lines = [`documents ${f.documents}, rejected ${f.rejected}`];
  for (const [kind, c] of Object.entries(f.byKind)) {
    const pct = (list: string[]) => `${list.length} (${((100 * list.length) / Math.max(1, c.documents)).toFixed(1)} %)`;
    const ex = (list: string[]) =>
      examples > 0 && list.length > 0 ? ` — e.g. ${list.slice(0, examples).join('; ')}` : '';
    lines.push(
      `${kind}: ${c.documents}`,
      `  body mostly removed: ${pct(c.bodyMostlyRemoved)}${ex(c.bodyMostlyRemoved)}`,
      `  begin with their own title: ${pct(c.titleAtTop)}${ex(c.titleAtTop)}`,
      `  literal markup in the text: ${pct(c.literalMarkup)}${ex(c.literalMarkup)}`,
      `  comment residue in the text: ${pct(c.commentResidue)}${ex(c.commentResidue)}`,
      `  excerpt from chrome (title, byline, date): ${pct(c.excerptFromChrome)}${ex(c.excerptFromChrome)}`,
    );
  }
  lines.push(
    `distinct sources per folder: ${Object.entries(f.sourcesByFolder)
      .map(([folder, n]) => `${folder} ${n}`)
      .join(', ')}`,
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: npx tsx test/bench/article-fidelity.ts DIR [--examples]');
    process.exit(2);
  }
  console.log(formatFidelity(await measureFidelity(path.resolve(dir)), process.argv.includes('--examples') ? 5 : 0));
}
