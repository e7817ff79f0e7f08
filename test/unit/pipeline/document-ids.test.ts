import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../src/pipeline/build-bundle.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const article = (title: string, extra = '') =>
  encode(`---\ntitle: ${title}\ndate: 2022-01-01\n${extra}---\n<p>${title}的正文。</p>`);

describe('document ids', () => {
  test('a file added later never takes the id of a file that was there first, whatever its name sorts as', async () => {
    const result = await buildBundle([
      { file: 'same.md', bytes: article('新文件'), since: 2_000 },
      { file: 'same.txt', bytes: encode('旧文件\n\n旧文件的正文，比新文件早。'), since: 1_000 },
    ]);
    expect(result.report.fates).toMatchObject({ 'same.txt': 'same', 'same.md': null });
    expect(result.report.rejections).toEqual([
      expect.objectContaining({
        file: 'same.md',
        message: "it would get the id 'same', which same.txt has and keeps (it was there first)",
      }),
    ]);
  });

  test('a file in a folder beside one of the same name at the top gets an id of its own', async () => {
    const result = await buildBundle([
      { file: 'a/foo.md', bytes: article('甲'), since: 2_000 },
      { file: 'foo.md', bytes: article('乙'), since: 1_000 },
    ]);
    expect(result.report.fates).toEqual({ 'a/foo.md': 'a--foo', 'foo.md': 'foo' });
  });

  test('front matter may name the id, kept whatever the file is called; a bad one is a warning', async () => {
    const result = await buildBundle([
      { file: 'renamed-2023.md', bytes: article('甲', 'id: annual-report\n') },
      { file: 'b.md', bytes: article('乙', 'id: "Not A URL!"\n') },
    ]);
    expect(result.report.fates).toEqual({ 'renamed-2023.md': 'annual-report', 'b.md': 'b' });
    expect(result.report.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'b.md', message: expect.stringContaining('id') })]),
    );
  });
});
