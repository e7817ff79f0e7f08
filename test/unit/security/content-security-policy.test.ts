import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const indexHtml = readFileSync(path.join(root, 'index.html'), 'utf8');
const readme = readFileSync(path.join(root, 'docs/deploying.md'), 'utf8');

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';
const shipped = directives(meta);

describe('the Content Security Policy', () => {
  test('index.html ships a strict policy as a meta tag', () => {
    expect(shipped.get('default-src')).toBe("'self'");
    expect(shipped.get('script-src')).toBe("'self'");
    expect(shipped.get('style-src')).toBe("'self'");
    expect(shipped.get('object-src')).toBe("'none'");
    expect(shipped.get('base-uri')).toBe("'none'");
    expect(shipped.get('form-action')).toBe("'none'");
    expect(shipped.get('img-src')).toBe("'self' https: data: blob:");
    expect(shipped.get('connect-src')).toBe("'self'");
    expect(shipped.get('require-trusted-types-for')).toBe("'script'");
    expect(shipped.get('trusted-types')).toBe('yuelan');
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
    // Browsers ignore frame-ancestors in a meta tag: it belongs to the headers.
    expect(shipped.has('frame-ancestors')).toBe(false);
  });

  test("the deploying guide's header examples carry the same policy, with frame-ancestors added", () => {
    const headers = [...readme.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]+)/g)].map((m) => m[1] ?? '');
    expect(headers.length).toBeGreaterThanOrEqual(3);
    for (const header of headers) {
      const found = directives(header.replace(/; frame-ancestors \$\w+$/, ''));
      found.delete('frame-ancestors');
      expect(Object.fromEntries(found)).toEqual(Object.fromEntries(shipped));
    }
    expect(readme).toMatch(/frame-ancestors 'self'/);
  });
});
