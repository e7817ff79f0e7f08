import { describe, expect, test } from 'vitest';
import { validateHttpUrl } from '../../../../src/pipeline/front-matter/validate-url.ts';

describe('pipeline/front-matter/validate-url', () => {
  test('keeps http and https URLs', () => {
    expect(validateHttpUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
  });
  test('reads protocol-relative URLs as https', () => {
    expect(validateHttpUrl('//finews.example.com/')).toBe('https://finews.example.com/');
  });
  test.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'vbscript:x',
    'data:text/html,<script>',
    'relative/path',
    'https://u:p@host/',
    'http://a b.com',
  ])('refuses %s', (value) => {
    expect(validateHttpUrl(value)).toBeNull();
  });
});
