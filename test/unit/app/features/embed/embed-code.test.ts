import { describe, expect, test } from 'vitest';
import { embedCode } from '../../../../../src/app/features/embed/embed-code.ts';
import { XSS_VECTORS } from '../../../../fixtures/xss/vectors.ts';

describe('app/features/embed/embed-code', () => {
  test('gives an iframe with title, lazy loading and a sandbox that keeps links working', () => {
    expect(embedCode('https://reader.example/embed/a', '标题')).toBe(
      '<iframe src="https://reader.example/embed/a" title="标题" loading="lazy" width="100%" height="600" style="border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });

  test('escapes an untrusted title so it cannot leave its attribute', () => {
    const code = embedCode('https://r.example/embed/a', '"><script>alert(1)</script><x y=\'');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&#39;"');
    expect(code).not.toContain('<script>');
  });

  test('keeps every XSS vector of the corpus inside the title attribute', () => {
    for (const vector of XSS_VECTORS) {
      const code = embedCode('https://r.example/embed/a', vector);
      // Outside the attribute value, the snippet is always the same markup.
      expect(code.replace(/title="[^"]*"/, 'title=""')).toBe(embedCode('https://r.example/embed/a', ''));
      expect(code).not.toMatch(/title="[^"]*[<>'][^"]*"/);
    }
  });
});
