import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../../../src/pipeline/source/decode-source.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('pipeline/source/decode-source', () => {
  test('decodes UTF-8, drops a BOM and normalizes CRLF', () => {
    expect(decodeSource('a.txt', utf8('\ufeff标题\r\n正文\r'))).toEqual({ text: '标题\n正文\n', diagnostics: [] });
  });
  test('rejects an empty file', () => {
    expect(decodeSource('e.txt', bytes())).toEqual({
      rejection: expect.objectContaining({ message: 'the file is empty' }),
    });
  });
  test('rejects invalid UTF-8 naming the line', () => {
    const result = decodeSource('bad.txt', new Uint8Array([...utf8('ok\nok\n'), 0xff, 0xfe, 0x41]));
    expect(result).toEqual({ rejection: expect.objectContaining({ line: 3, message: 'the file is not valid UTF-8' }) });
  });
  test('rejects a binary file', () => {
    expect(decodeSource('b.bin', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13))).toEqual({
      rejection: expect.objectContaining({ message: expect.stringContaining('binary') }),
    });
  });
  test('reads UTF-16 with a BOM, with a warning', () => {
    const result = decodeSource('u16.txt', bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65));
    expect('text' in result && result.text).toBe('中文');
    expect('text' in result && result.diagnostics).toHaveLength(1);
  });
  test('rejects a file of only white space', () => {
    expect('rejection' in decodeSource('w.txt', utf8(' \n\t\n'))).toBe(true);
  });
});
