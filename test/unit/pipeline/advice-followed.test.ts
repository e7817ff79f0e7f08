import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../src/pipeline/build-bundle.ts';

/*
 * Every piece of advice the build gives about a file, followed as a user would follow it:
 * the warning goes away and the document is what the user meant (issue 19: the advice for an
 * undated report once turned it into an article titled with its cover slogan).
 */

const encode = (text: string) => new TextEncoder().encode(text);
/** A paragraph long enough that two of them make a report's length. */
const para = (text: string) => `${text}${'这一部分的正文写得足够长，读者能读下去，内容详实。'.repeat(70)}`;

/** A plain-text report: a slogan over the title on the cover, a contents page, two chapters. */
const REPORT_BODY = [
  '好风借力，',
  '数字治理发展报告',
  '2021',
  '',
  '目录',
  '第一章 发展背景 1',
  '第二章 主要进展 5',
  '',
  '第一章 发展背景',
  para('背景正文。'),
  '',
  '第二章 主要进展',
  para('进展正文。'),
  '',
].join('\n');

async function build(files: Record<string, string | Uint8Array>) {
  const result = await buildBundle(
    Object.entries(files).map(([file, content]) => ({
      file,
      bytes: typeof content === 'string' ? encode(content) : content,
    })),
  );
  return {
    docs: result.manifest.documents,
    warnings: result.report.warnings.map((d) => `${d.file}: ${d.message} — ${d.fix}`),
    rejections: result.report.rejections.map((d) => `${d.file}: ${d.message} — ${d.fix}`),
    result,
  };
}

describe('advice the build gives, followed', () => {
  test("an undated report: adding 'date:' and 'kind: report' keeps it the same report, dated", async () => {
    const before = await build({ 'r.txt': REPORT_BODY });
    expect(before.docs[0]).toMatchObject({ kind: 'report', title: '数字治理发展报告', year: 2021 });
    expect(before.warnings).toContain(
      "r.txt: the report has no date; took the year 2021 from its cover — add front matter with 'date:' (for example 'date: 2021-06-01') and 'kind: report'",
    );
    const after = await build({ 'r.txt': `---\ndate: 2021-06-01\nkind: report\n---\n${REPORT_BODY}` });
    expect(after.docs[0]).toMatchObject({ kind: 'report', title: '数字治理发展报告', year: 2021 });
    expect(after.docs[0]?.date).toMatch(/^2021-0[56]/);
    expect(after.warnings.filter((w) => w.includes('date'))).toEqual([]);
  });

  test('a report given front matter without a kind is still recognised by its shape', async () => {
    const after = await build({ 'r.txt': `---\ndate: 2021-06-01\n---\n${REPORT_BODY}` });
    expect(after.docs[0]).toMatchObject({ kind: 'report', title: '数字治理发展报告' });
    // Markdown with the same words is an article unless its front matter says report.
    const md = await build({ 'r.md': `---\ntitle: 笔记\ndate: 2021-06-01\n---\n${REPORT_BODY}` });
    expect(md.docs[0]?.kind).toBe('article');
  });

  test("a report with a textless cover: adding 'title:' (and 'kind: report') names it", async () => {
    const textless = REPORT_BODY.split('\n').slice(4).join('\n');
    const before = await build({ 'digital-governance.txt': textless });
    expect(before.docs[0]).toMatchObject({ kind: 'report', title: 'digital governance' });
    const advice = before.warnings.find((w) => w.includes('cover has no text'));
    expect(advice).toContain("add front matter with 'title:' (and 'kind: report')");
    const after = await build({
      'digital-governance.txt': `---\ntitle: 数字治理发展报告\nkind: report\n---\n${textless}`,
    });
    expect(after.docs[0]).toMatchObject({ kind: 'report', title: '数字治理发展报告' });
    expect(after.warnings.filter((w) => w.includes('cover'))).toEqual([]);
  });

  test("a report without a contents heading: adding the '目录' line gives it its contents", async () => {
    const headless = `---\ntitle: 数字治理发展报告\ndate: 2021-06-01\nkind: report\n---\n${REPORT_BODY.replace('目录\n', '')}`;
    const before = await build({ 'r.txt': headless });
    expect(before.warnings.join('\n')).toContain("add a '目录' line before the contents");
    const after = await build({ 'r.txt': headless.replace('第一章 发展背景 1', '目录\n第一章 发展背景 1') });
    expect(after.warnings.filter((w) => w.includes('目录'))).toEqual([]);
    const chunk = [...after.result.files.entries()].find(([name]) => name.startsWith('docs/'))?.[1];
    expect(String(chunk)).toContain('"title":"发展背景"');
  });

  test('an article without a date, without a title, without text: each advice followed clears it', async () => {
    const before = await build({ 'a.md': '---\ntitle: 标题\n---\n\n正文一段。\n' });
    expect(before.warnings).toContain("a.md: the front matter has no date — add 'date: 2022-04-24 19:27:09 +0800'");
    const dated = await build({ 'a.md': '---\ntitle: 标题\ndate: 2022-04-24 19:27:09 +0800\n---\n\n正文一段。\n' });
    expect(dated.warnings).toEqual([]);

    const untitled = await build({ 'b.md': '---\ndate: 2022-04-24\n---\n\n一行标题\n\n正文一段，写得长一些。\n' });
    expect(untitled.warnings.join('\n')).toContain('add a title to the front matter');
    const titled = await build({ 'b.md': '---\ntitle: 一行标题\ndate: 2022-04-24\n---\n\n正文一段，写得长一些。\n' });
    expect(titled.warnings).toEqual([]);

    const empty = await build({ 'c.md': '---\ntitle: 空\ndate: 2022-04-24\n---\n' });
    expect(empty.warnings.join('\n')).toContain('add the article text below the front matter');
    const filled = await build({ 'c.md': '---\ntitle: 空\ndate: 2022-04-24\n---\n\n现在有正文了。\n' });
    expect(filled.warnings).toEqual([]);
  });

  test('a UTF-16 file saved as UTF-8, and a second file given an id of its own', async () => {
    const text = '---\ntitle: 标题\ndate: 2022-04-24\n---\n\n正文。\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const before = await build({ 'u.md': utf16 });
    expect(before.warnings.join('\n')).toContain('save it as UTF-8');
    expect((await build({ 'u.md': text })).warnings).toEqual([]);

    const twins = {
      'a.md': text.replace('---\n', '---\nid: same\n'),
      'b.md': text.replace('---\n', '---\nid: same\n'),
    };
    const clash = await build(twins);
    const advice = clash.rejections.find((r) => r.includes("give this file an 'id:' of its own"));
    expect(advice).toMatch(/^b\.md: /);
    const fixed = await build({ ...twins, 'b.md': twins['b.md'].replace('id: same', 'id: own-id') });
    expect(fixed.rejections).toEqual([]);
    expect(fixed.docs.map((d) => d.id)).toContain('own-id');
  });
});
