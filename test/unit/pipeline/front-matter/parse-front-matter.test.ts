import { describe, expect, test } from 'vitest';
import { parseFrontMatter } from '../../../../src/pipeline/front-matter/parse-front-matter.ts';

describe('pipeline/front-matter/parse-front-matter', () => {
  test('splits YAML front matter after leading blank lines from the body', () => {
    const result = parseFrontMatter('a.txt', '\n---\ntitle: T\ntags: [ 法广 ]\n---\n<p>body</p>');
    expect(result).toEqual({
      value: { data: { title: 'T', tags: ['法广'] }, body: '<p>body</p>', bodyLine: 6 },
      diagnostics: [],
    });
  });

  test('treats a file with no opening fence as having no front matter', () => {
    const result = parseFrontMatter('a.txt', '迎难而上\n\n目录');
    expect(result).toEqual({ value: { data: null, body: '迎难而上\n\n目录', bodyLine: 1 }, diagnostics: [] });
  });

  test('keeps dates as strings (YAML core schema)', () => {
    const result = parseFrontMatter('a.txt', '---\ndate: 2022-04-24 19:27:09 +0800\n---\n');
    expect('value' in result && result.value.data?.date).toBe('2022-04-24 19:27:09 +0800');
  });

  test('rejects front matter that never closes, naming the opening line', () => {
    const result = parseFrontMatter('open.md', '---\ntitle: x\nbody text');
    expect(result).toEqual({
      rejection: expect.objectContaining({
        file: 'open.md',
        line: 1,
        message: expect.stringContaining('never closes'),
      }),
    });
  });

  test('rejects YAML that does not parse, with its line in the file', () => {
    const result = parseFrontMatter('bad.md', '---\ntitle: ok\ntags: [a, b\n---\n');
    expect('rejection' in result && result.rejection.line).toBeGreaterThanOrEqual(3);
    expect('rejection' in result && result.rejection.message).toContain('not valid YAML');
  });

  test('rejects a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '---',
      '',
    ].join('\n');
    const result = parseFrontMatter('bomb.md', bomb);
    expect('rejection' in result).toBe(true);
  });

  test('rejects front matter that is a list, not a mapping', () => {
    expect('rejection' in parseFrontMatter('list.md', '---\n- a\n- b\n---\n')).toBe(true);
  });
});
