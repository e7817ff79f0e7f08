import { describe, expect, test } from 'vitest';
import { parseDocChunk, SCHEMA_VERSION, type ReportBlock } from '#shared/bundle-schema.ts';
import { buildBundle } from '../../../../src/pipeline/build-bundle.ts';
import { formatBuildReport } from '../../../../src/pipeline/build-report.ts';
import { processPdf } from '../../../../src/pipeline/pdf/process-pdf.ts';
import { PdfUnreadable, readPdf } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { linesDown, makePdf, type PlacedText } from '../../../fixtures/pdf/make-pdf.ts';

/* PDFs the tests write themselves (make-pdf.ts), read as the build reads a content folder's. */

const body = (opening: string) => [
  `\u3000\u3000${opening}本节的正文写得足够长，读者能读下去，`,
  '也有第二行，说明这一段还没有结束，一直写到这里。',
];

/** A cover in large type, a contents page, and one page a chapter. */
function chineseReport(): PlacedText[][] {
  return [
    linesDown([{ text: '数字治理发展报告', size: 30 }, { text: '（2022年）', size: 20 }, '某某研究院', '2022年7月'], {
      top: 600,
    }),
    linesDown(['目录', '第一章 发展背景........1', '第二章 主要进展........2', '第三章 未来展望........3']),
    linesDown(['第一章 发展背景', ...body('背景是这样的。')]),
    linesDown(['第二章 主要进展', ...body('进展是这样的。')]),
    linesDown(['第三章 未来展望', ...body('展望是这样的。')]),
  ];
}

function headingsWithText(blocks: readonly ReportBlock[]): [string, string][] {
  const out: [string, string][] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    const next = blocks[i + 1];
    const text = next?.type === 'paragraph' ? next.spans.map((s) => s.text).join('') : '';
    out.push([`${block.number ?? ''} ${block.title}`, text.trim().slice(0, 7)]);
  });
  return out;
}

/** The headings of a report PDF's contents entries (sub-headings left out), each with its text. */
async function entryHeadings(bytes: Uint8Array): Promise<[string, string][]> {
  const doc = (await processPdf('r.pdf', bytes)).document;
  if (doc?.body.kind !== 'report') throw new Error('not a report');
  return headingsWithText(doc.body.blocks.filter((b) => b.type !== 'heading' || b.kind !== 'subheading'));
}

describe('reading a PDF', () => {
  test('Chinese text in a non-embedded font, the outline with its pages, the document information', async () => {
    const content = await readPdf(
      makePdf({
        pages: chineseReport(),
        outline: [{ title: '第一章 发展背景', page: 3, children: [{ title: '背景', page: 3 }] }],
        info: { title: '数字治理发展报告', creationDate: "D:20220801120000+08'00'" },
      }),
    );
    expect(content.pages).toHaveLength(5);
    expect(content.pages[0]?.[0]).toMatchObject({ text: '数字治理发展报告', size: 30 });
    expect(content.outline).toEqual([
      { title: '第一章 发展背景', pageIndex: 2, children: [{ title: '背景', pageIndex: 2, children: [] }] },
    ]);
    expect(content.info).toEqual({ title: '数字治理发展报告', author: null, creationDate: "D:20220801120000+08'00'" });
  });

  test('a password-protected file and a broken one are told apart', async () => {
    const failure = async (bytes: Uint8Array) =>
      readPdf(bytes).then(
        () => null,
        (cause: unknown) => (cause instanceof PdfUnreadable ? cause.failure.reason : String(cause)),
      );
    expect(await failure(makePdf({ pages: [linesDown(['secret'])], encrypted: true }))).toBe('encrypted');
    expect(await failure(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'))).toBe('broken');
  });
});

describe('a PDF in the content folder', () => {
  test('a report: titled from its cover type, dated from the PDF, every contents entry on its section', async () => {
    const result = await processPdf(
      'reports/digital.pdf',
      makePdf({ pages: chineseReport(), info: { creationDate: "D:20220801120000+08'00'" } }),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const doc = result.document;
    expect(doc?.meta).toMatchObject({ kind: 'report', title: '数字治理发展报告（2022年）', year: 2022 });
    expect(doc?.meta.date).toBe('2022-08-01T04:00:00.000Z');
    expect(result.provenance).toEqual({
      title: "the cover's largest type",
      date: "the PDF's creation date",
      publisher: 'the cover text',
    });
    expect(doc?.meta.source).toBe('某某研究院');
    if (doc?.body.kind !== 'report') throw new Error('not a report');
    expect(doc.body.toc.map((n) => [n.number, n.title, n.page])).toEqual([
      ['第一章', '发展背景', 1],
      ['第二章', '主要进展', 2],
      ['第三章', '未来展望', 3],
    ]);
    // Each heading is followed by its own first paragraph, its two PDF lines joined into one.
    expect(headingsWithText(doc.body.blocks)).toEqual([
      ['第一章 发展背景', '背景是这样的。'],
      ['第二章 主要进展', '进展是这样的。'],
      ['第三章 未来展望', '展望是这样的。'],
    ]);
    expect(doc.paragraphs.some((p) => p.includes('读者能读下去，也有第二行'))).toBe(true);
  });

  test("the PDF's page labels say which page a printed page is, past an unnumbered insert", async () => {
    const [cover = [], , ...chapters] = chineseReport();
    const pages = [
      cover,
      linesDown([
        '目录',
        '第一章 发展背景........1',
        '第二章 主要进展........2',
        '第三章 未来展望........3',
        '版权说明........4',
      ]),
      ...chapters,
      linesDown([{ text: '图表：2018—2022 年发展指数', size: 10 }]),
      linesDown(['版权声明', ...body('版权归作者所有。')]),
    ];
    const labels = [
      { from: 0, style: 'r' as const },
      { from: 2, style: 'D' as const },
      { from: 5 },
      { from: 6, style: 'D' as const, start: 4 },
    ];
    const read = async (pageLabels?: typeof labels) =>
      (await entryHeadings(makePdf({ pages, ...(pageLabels ? { pageLabels } : {}) }))).at(-1);
    expect((await readPdf(makePdf({ pages, pageLabels: labels }))).pageLabels).toEqual([
      'i',
      'ii',
      '1',
      '2',
      '3',
      '',
      '4',
    ]);
    // Counting pages from the chapters, printed page 4 would be the insert.
    expect(await read()).toEqual([' 版权说明', '图表：2018']);
    expect(await read(labels)).toEqual([' 版权声明', '版权归作者所有']);
  });

  test('a heading set in large type wins over the same words set small, as a navigation tab', async () => {
    const tab = (words: string) => ({ text: words, size: 8 });
    const pages = [
      linesDown([{ text: 'Annual Report', size: 30 }]),
      linesDown(['Contents', 'Economic ........ 1', 'Social ........ 2']),
      linesDown([tab('Economic'), tab('Social'), ...body('前言。'), { text: 'Economic', size: 20 }, ...body('经济。')]),
      linesDown([tab('Economic'), tab('Social'), { text: 'Social', size: 20 }, ...body('社会。')]),
      linesDown([tab('Economic'), tab('Social'), ...body('附录。')]),
    ];
    expect(await entryHeadings(makePdf({ pages }))).toEqual([
      ['1 Economic', '经济。本节的正'],
      ['2 Social', '社会。本节的正'],
    ]);
  });

  test("where the cover names no organisation, the PDF's Author is who wrote it, unless a machine account", async () => {
    const [cover = [], ...rest] = chineseReport();
    const pages = [cover.filter((piece) => piece.text !== '某某研究院'), ...rest];
    const read = async (author: string) =>
      (await processPdf('r.pdf', makePdf({ pages, info: { author } }))).document?.meta.author;
    expect(await read('国家数据研究中心')).toBe('国家数据研究中心');
    expect(await read('admin')).toBeNull();
  });

  test('a heading set bold at the body size wins over the same words set regular', async () => {
    const pages = [
      linesDown([{ text: 'Annual Report', size: 30 }]),
      linesDown(['Contents', 'Economic ........ 1', 'Social ........ 2']),
      linesDown(['Economic', ...body('前言。'), { text: 'Economic', bold: true }, ...body('经济。')]),
      linesDown(['Social', ...body('附注。'), { text: 'Social', bold: true }, ...body('社会。')]),
      linesDown(body('附录。')),
    ];
    expect(await entryHeadings(makePdf({ pages }))).toEqual([
      ['1 Economic', '经济。本节的正'],
      ['2 Social', '社会。本节的正'],
    ]);
  });

  test('a report with no contents page takes its contents from the outline', async () => {
    const pages = chineseReport().filter((_, i) => i !== 1);
    const result = await processPdf(
      'r.pdf',
      makePdf({
        pages,
        outline: [
          { title: '封面', page: 1 },
          { title: '第一章 发展背景', page: 2 },
          { title: '第二章 主要进展', page: 3 },
          { title: '第三章 未来展望', page: 4 },
        ],
      }),
    );
    const doc = result.document;
    if (doc?.body.kind !== 'report') throw new Error('not a report');
    expect(doc.body.toc.map((n) => `${n.number} ${n.title} p.${n.page}`)).toEqual([
      '第一章 发展背景 p.2',
      '第二章 主要进展 p.3',
      '第三章 未来展望 p.4',
    ]);
    expect(headingsWithText(doc.body.blocks).map(([, text]) => text)).toEqual([
      '背景是这样的。',
      '进展是这样的。',
      '展望是这样的。',
    ]);
  });

  test('a one-page PDF without contents is an article of paragraphs', async () => {
    const result = await processPdf(
      'notice.pdf',
      makePdf({ pages: [linesDown([{ text: '关于开展数据安全检查的通知', size: 20 }, ...body('各单位：')])] }),
    );
    expect(result.document?.meta).toMatchObject({ kind: 'article', title: '关于开展数据安全检查的通知' });
    expect(result.document?.body.kind === 'article' && result.document.body.html).toContain(
      '<p>各单位：本节的正文写得足够长，读者能读下去，也有第二行',
    );
  });

  test('encrypted, broken and scanned PDFs are rejected by name with what to do', async () => {
    const messages = await Promise.all(
      [
        makePdf({ pages: [linesDown(['secret'])], encrypted: true }),
        new TextEncoder().encode('%PDF-1.7\nbroken'),
        makePdf({ pages: [[], []] }),
      ].map(async (bytes, i) => {
        const result = await processPdf(`file-${i}.pdf`, bytes);
        expect(result.document).toBeNull();
        const [problem] = result.diagnostics;
        return `${problem?.file}: ${problem?.message} — ${problem?.fix}`;
      }),
    );
    expect(messages[0]).toMatch(/^file-0\.pdf: the PDF is protected by a password — save an unprotected copy/);
    expect(messages[1]).toMatch(/^file-1\.pdf: the PDF cannot be read \(.+\) — open it in a PDF viewer/);
    expect(messages[2]).toMatch(
      /^file-2\.pdf: the PDF has no text layer \(2 pages of images: a scan\) — run it through OCR/,
    );
  });

  test('the build takes a PDF beside text files and says where its title came from', async () => {
    const result = await buildBundle([
      { file: 'digital.pdf', bytes: makePdf({ pages: chineseReport() }) },
      { file: 'note.md', bytes: new TextEncoder().encode('---\ntitle: 笔记\ndate: 2022-01-01\n---\n\n正文一段。\n') },
    ]);
    expect(result.manifest.documents.map((d) => [d.kind, d.title]).sort()).toEqual([
      ['article', '笔记'],
      ['report', '数字治理发展报告（2022年）'],
    ]);
    expect(formatBuildReport(result.report)).toContain(
      "digital.pdf: title from the cover's largest type; date from the year on the cover; publisher from the cover text",
    );
  });
});

describe('publishing the PDF beside the bundle', () => {
  test('PUBLISH_PDF puts the PDF in the data folder and every section knows its page in it', async () => {
    const bytes = makePdf({ pages: chineseReport() });
    const result = await buildBundle([{ file: 'digital.pdf', bytes }], [], { publishPdf: true });
    const [name, file] = [...result.files.entries()].find(([n]) => n.startsWith('pdf/')) ?? [];
    expect(name).toMatch(/^pdf\/digital\.[0-9a-f]{12}\.pdf$/);
    expect(file).toEqual(bytes);
    const chunkName = result.manifest.documents[0]?.chunk ?? '';
    const chunk = parseDocChunk(JSON.parse(String(result.files.get(chunkName))), 'digital');
    if (chunk.kind !== 'report') throw new Error('not a report');
    expect(chunk.pdf).toBe(name);
    const pages = chunk.blocks.flatMap((b) => (b.type === 'heading' ? [[b.title, b.pdfPage]] : []));
    // The cover and the contents are pages 1 and 2; chapter n starts on page n + 2.
    expect(pages).toEqual([
      ['发展背景', 3],
      ['主要进展', 4],
      ['未来展望', 5],
    ]);
    // Without the setting, no PDF is published.
    const plain = await buildBundle([{ file: 'digital.pdf', bytes }]);
    expect([...plain.files.keys()].some((n) => n.startsWith('pdf/'))).toBe(false);
  });

  test("a chunk's PDF must be a file of the data folder's pdf/", () => {
    const chunk = { schemaVersion: SCHEMA_VERSION, id: 'r', kind: 'report', toc: [], blocks: [] };
    expect(parseDocChunk({ ...chunk, pdf: 'pdf/r.0123456789ab.pdf' }, 'r')).toMatchObject({
      pdf: 'pdf/r.0123456789ab.pdf',
    });
    for (const pdf of ['https://example.com/r.pdf', '../r.pdf', 'pdf/../../r.pdf', 'javascript:alert(1)//.pdf', 3])
      expect(() => parseDocChunk({ ...chunk, pdf }, 'r')).toThrow(/its PDF is not a file of the data folder/);
  });
});
