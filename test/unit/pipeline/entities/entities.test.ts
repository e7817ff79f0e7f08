import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/pipeline/build-bundle.ts';
import { mentionFinder } from '../../../../src/pipeline/entities/find-mentions.ts';
import { MAX_ENTITIES, parseEntities } from '../../../../src/pipeline/entities/parse-entities.ts';
import { parseDocChunk, parseManifestFile, type DocChunk } from '../../../../src/shared/bundle-schema.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the entities dictionary', () => {
  test('reads names and aliases; a bad entry is reported with its line and the rest still count', () => {
    const parsed = parseEntities(
      'entities.yaml',
      [
        '- name: 商汤科技',
        '  aliases: [商汤, SenseTime]',
        '- aliases: [无名]',
        '- name: 海康威视',
        '  aliases: 海康',
        '- name: 大华',
        '  aliases: [商汤]',
      ].join('\n'),
    );
    expect(parsed.entities).toEqual([
      { name: '商汤科技', aliases: ['商汤', 'SenseTime'] },
      { name: '海康威视', aliases: [] },
      { name: '大华', aliases: [] },
    ]);
    expect(parsed.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [3, 'warning', 'an entry has no name; it was left out'],
      [4, 'warning', "the aliases of '海康威视' are not a list; they were left out"],
      [6, 'warning', "'商汤' is already a name of '商汤科技'; it stays with it"],
    ]);
  });

  test('a dictionary that is not YAML, or not a list, is one error naming the file and line', () => {
    const broken = parseEntities('entities.yaml', '- name: [unclosed\n- name: x');
    expect(broken.entities).toEqual([]);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ file: 'entities.yaml', severity: 'error' });
    expect(broken.diagnostics[0]?.line).toBeGreaterThan(0);
    expect(parseEntities('entities.yaml', 'name: 商汤').diagnostics[0]?.message).toBe(
      'the dictionary is not a list of entries',
    );
  });

  test('finds mentions: the longest word where words overlap, Latin as whole words in any case', () => {
    const find = mentionFinder([
      { name: '美国商务部', aliases: [] },
      { name: '美国', aliases: ['USA'] },
      { name: '商汤科技', aliases: ['商汤', 'SenseTime'] },
    ]);
    expect(find(['美国商务部宣布，sensetime 与商汤表示反对。'])).toEqual([
      { entity: '美国商务部', terms: ['美国商务部'] },
      { entity: '商汤科技', terms: ['sensetime', '商汤'] },
    ]);
    // 'SenseTimes' and 'USAGE' are other words.
    expect(find(['SenseTimes USAGE'])).toEqual([]);
  });

  test('a dictionary larger than Yuelan reads keeps its first entries, with one warning saying so', () => {
    const source = Array.from({ length: MAX_ENTITIES + 5 }, (_, i) => `- name: 机构${i}`).join('\n');
    const parsed = parseEntities('entities.yaml', source);
    expect(parsed.entities).toHaveLength(MAX_ENTITIES);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: MAX_ENTITIES + 1,
        message: `the dictionary has ${MAX_ENTITIES + 5} entries, more than the ${MAX_ENTITIES} Yuelan reads; the first ${MAX_ENTITIES} are used`,
      }),
    ]);
  });

  test('a dictionary of thousands of names is found in a long article in one pass', () => {
    const entities = Array.from({ length: 2_000 }, (_, i) => ({ name: `机构${i}号`, aliases: [`Org${i}`] }));
    const find = mentionFinder(entities);
    const text = `${'正文里没有名字。'.repeat(20_000)}机构1999号与 org7 合作`;
    expect(find([text])).toEqual([
      { entity: '机构1999号', terms: ['机构1999号'] },
      { entity: '机构7号', terms: ['org7'] },
    ]);
  });

  test('a build marks each document with the entities it mentions, as a facet, with the words in its chunk', async () => {
    const article = (title: string, body: string) =>
      encode(`---\ntitle: ${title}\ndate: 2022-05-05 10:00:00 +0800\n---\n<p>${body}</p>\n`);
    const result = await buildBundle(
      [
        { file: 'a.html', bytes: article('商汤回应', '商汤科技表示，SenseTime 将继续运营。') },
        { file: 'b.html', bytes: article('其他新闻', '今天天气很好，没有提到任何机构。') },
      ],
      [],
      { dictionary: { file: 'entities.yaml', bytes: encode('- name: 商汤科技\n  aliases: [商汤, SenseTime]\n') } },
    );
    const byId = new Map(result.manifest.documents.map((d) => [d.id, d]));
    expect(byId.get('a')?.entities).toEqual(['商汤科技']);
    expect(byId.get('b')?.entities).toEqual([]);
    const chunk = (id: string): DocChunk =>
      parseDocChunk(JSON.parse(String(result.files.get(byId.get(id)?.chunk ?? ''))), id);
    expect(chunk('a').mentions).toEqual([
      { entity: '商汤科技', terms: expect.arrayContaining(['商汤', 'SenseTime', '商汤科技']) as string[] },
    ]);
    expect(chunk('b').mentions).toEqual([]);
    const file = parseManifestFile(JSON.parse(String(result.files.get('manifest.json'))));
    expect(file.facets.entity).toEqual([['商汤科技', 1]]);
    expect(result.report.dictionary).toEqual({ file: 'entities.yaml', entities: 1 });
  });
});
