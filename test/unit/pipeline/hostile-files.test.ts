import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBundleFromDir, type BuildResult } from '../../../src/pipeline/build-bundle.ts';
import { formatBuildReport } from '../../../src/pipeline/build-report.ts';

/*
 * Every file of test/fixtures/hostile-files, plus the ones too big or too odd to keep in git
 * (made here), ends as a document or as a rejection with its reason. A hang would fail the test
 * by its time limit; the limits that prevent one (file size, element count, nesting, contents
 * size) are what these files run into.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/hostile-files');

type Fate = { doc: string; warns?: string } | { rejected: string };

const FATES: Record<string, Fate> = {
  'ok-article.md': { doc: 'ok-article' },
  'invalid-utf8.md': { rejected: 'not valid UTF-8' },
  'utf16le-bom.md': { doc: 'utf16le-bom', warns: 'UTF-16LE' },
  'utf16be-bom.md': { doc: 'utf16be-bom', warns: 'UTF-16BE' },
  'utf8-bom.md': { doc: 'utf8-bom' },
  'crlf.md': { doc: 'crlf' },
  'cr-only.md': { doc: 'cr-only' },
  'empty.md': { rejected: 'the file is empty' },
  'whitespace-only.md': { rejected: 'only white space' },
  'binary.png': { rejected: "'.png' is not a kind of file Yuelan reads" },
  'unsupported.docx': { rejected: "'.docx' is not a kind of file" },
  'nul-after-8k.md': { rejected: 'binary (it contains NUL bytes)' },
  'never-closes.md': { rejected: 'never closes' },
  'alias-bomb.md': { rejected: 'cannot be expanded' },
  'deep-nesting.md': { rejected: 'nests deeper than 8 levels' },
  'front-matter-list.md': { rejected: 'not a mapping' },
  'bad-yaml.md': { rejected: 'not valid YAML' },
  'numeric-title.md': { doc: 'numeric-title', warns: 'the title is a number' },
  'title-is-map.md': { doc: 'title-is-map', warns: 'the title is not text' },
  'title-missing.md': { doc: 'title-missing', warns: 'no title in front matter' },
  'control-chars-title.md': { doc: 'control-chars-title', warns: 'control characters' },
  'long-title.md': { doc: 'long-title', warns: 'cut it to 300' },
  'tags-one-string.md': { doc: 'tags-one-string', warns: 'split it at the commas' },
  'tags-map.md': { doc: 'tags-map', warns: 'tags is not a list' },
  'date-list.md': { doc: 'date-list', warns: 'date a list is not a date' },
  'date-out-of-range.md': { doc: 'date-out-of-range', warns: 'not a date we can read' },
  'date-year-9999.md': { doc: 'date-year-9999', warns: 'outside 1900–2100' },
  'date-year-0001.md': { doc: 'date-year-0001', warns: 'not a date we can read' },
  'same-id.md': { doc: 'same-id' },
  'same-id.txt': { rejected: "id 'same-id', which same-id.md has and keeps" },
  'name with spaces.md': { doc: 'name-with-spaces-1jh0028' },
  '中文文件名.md': { doc: 'doc-08ge1ga' },
  '.hidden-draft.md': { rejected: 'hidden file' },
  'only-front-matter.md': { doc: 'only-front-matter', warns: 'no body text' },
  // Made below.
  'big-20mb.md': { rejected: 'over the 16 MB limit' },
  'huge-line.md': { doc: 'huge-line' },
  'many-elements.md': { rejected: 'elements, more than the 50000' },
  'nested-html.md': { rejected: 'nests 20000 elements deep' },
  'huge-contents.txt': { doc: 'huge-contents', warns: 'too many to place them all' },
  'link-outside.md': { rejected: 'points outside the content folder' },
  'link-inside.md': { doc: 'link-inside' },
};

let dir: string;
let outside: string;
let result: BuildResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'yuelan-hostile-'));
  outside = mkdtempSync(path.join(tmpdir(), 'yuelan-outside-'));
  cpSync(FIXTURES, dir, { recursive: true });
  const head = (title: string) => `---\ntitle: ${title}\ndate: 2022-06-01\n---\n`;
  writeFileSync(path.join(dir, 'big-20mb.md'), head('大文件') + `<p>${'大'.repeat(1000)}</p>\n`.repeat(7000));
  writeFileSync(path.join(dir, 'huge-line.md'), `${head('一行')}<p>${'长句'.repeat(1_500_000)}</p>`);
  writeFileSync(path.join(dir, 'many-elements.md'), head('很多元素') + '<p>'.repeat(300_000));
  writeFileSync(path.join(dir, 'nested-html.md'), head('很深的 HTML') + '<div>'.repeat(20_000) + '字');
  writeFileSync(
    path.join(dir, 'huge-contents.txt'),
    `企业社会责任报告\n2021\n\n目录\n${Array.from({ length: 3000 }, (_, i) => `第${i + 1}章 标题${i + 1} ${i + 1}`).join('\n')}\n\n${Array.from({ length: 3000 }, (_, i) => `第${i + 1}章 标题${i + 1}\n正文的一句话。`).join('\n')}\n`,
  );
  writeFileSync(path.join(outside, 'secret.md'), `${head('外面的秘密')}<p>不该被读到。</p>`);
  symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'link-outside.md'));
  symlinkSync('ok-article.md', path.join(dir, 'link-inside.md'));
  result = await buildBundleFromDir(dir);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('pipeline on hostile input files', () => {
  test('has at least 30 of them, and every file read has a fate', () => {
    expect(Object.keys(FATES).length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(result.report.fates).sort()).toEqual(Object.keys(FATES).sort());
    expect(result.report.filesRead).toBe(result.report.documents + result.report.rejections.length);
  });

  test.each(Object.entries(FATES))('%s ends as expected', (file, fate) => {
    const rejection = result.report.rejections.find((d) => d.file === file);
    if ('rejected' in fate) {
      expect(result.report.fates[file]).toBeNull();
      expect(rejection?.message).toContain(fate.rejected);
      expect(rejection?.fix).toBeTruthy();
    } else {
      expect(rejection).toBeUndefined();
      expect(result.report.fates[file]).toBe(fate.doc);
      const warnings = result.report.warnings.filter((d) => d.file === file).map((d) => d.message);
      if (fate.warns) expect(warnings.join(' | ')).toContain(fate.warns);
    }
  });

  test('never follows the link outside the content folder', () => {
    const text = [...result.files.values()].filter((v) => typeof v === 'string').join('\n');
    expect(text).not.toContain('外面的秘密');
    expect(text).not.toContain('不该被读到');
  });

  test('strips control characters and direction overrides from titles', () => {
    const doc = result.manifest.documents.find((d) => d.id === 'control-chars-title');
    expect(doc?.title).toBe('控制字符标题');
  });

  test('prints one line per problem, naming the file', () => {
    const lines = formatBuildReport(result.report).split('\n');
    for (const rejection of result.report.rejections)
      expect(lines.some((line) => line.includes(`${rejection.file}`) && line.includes(rejection.message))).toBe(true);
  });
});
