import { describe, expect, test } from 'vitest';
import { deferApp, hintTags, routeScripts, withHints, type BundleItem } from '../../../src/pipeline/route-hints.ts';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null, isEntry = false) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId, isEntry }) as const;

const bundle: Record<string, BundleItem> = {
  entry: chunk('assets/index.js', ['assets/react.js'], '/site/index.html', true),
  react: chunk('assets/react.js', []),
  library: chunk('assets/library.js', ['assets/react.js', 'assets/facets.js'], '/site/src/app/routes/library.tsx'),
  facets: chunk('assets/facets.js', []),
  body: chunk('assets/article-body.js', ['assets/sanitize.js'], '/site/src/app/features/article/article-body.tsx'),
  sanitize: chunk('assets/sanitize.js', ['assets/index.js']),
  css: { type: 'asset' },
};

describe('link hints in the route shells', () => {
  test("a page's scripts: its modules and what they import, less what the shell already loads", () => {
    expect(routeScripts(bundle, ['src/app/routes/library.tsx'], '/site/')).toEqual([
      'assets/library.js',
      'assets/facets.js',
    ]);
    expect(
      routeScripts(bundle, ['src/app/routes/library.tsx', 'src/app/features/article/article-body.tsx'], '/site'),
    ).toEqual(['assets/library.js', 'assets/facets.js', 'assets/article-body.js', 'assets/sanitize.js']);
    expect(routeScripts(bundle, ['src/app/routes/missing.tsx'], '/site')).toEqual([]);
  });

  test('tags use the base, ask for CORS-mode fetches, and escape what they quote', () => {
    const tags = hintTags('/reader/', ['assets/a.js'], ['data/manifest.json', 'data/docs/"x<y>.json']);
    expect(tags).toContain('<link rel="modulepreload" crossorigin href="/reader/assets/a.js">');
    expect(tags).toContain('<link rel="preload" as="fetch" crossorigin href="/reader/data/manifest.json">');
    expect(tags).toContain('href="/reader/data/docs/&quot;x&lt;y&gt;.json"');
  });

  test('the tags go at the end of the head, and a shell without a head is left alone', () => {
    expect(withHints('<html><head><title>t</title></head><body></body></html>', '<link>')).toBe(
      '<html><head><title>t</title>  <link>\n  </head><body></body></html>',
    );
    expect(withHints('<p>no head</p>', '<link>')).toBe('<p>no head</p>');
  });
});

describe('a prerendered page starts the app after its first paint', () => {
  const shell = [
    '<html><head>',
    '<script type="module" crossorigin src="/r/assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="/r/assets/react.js">',
    '<link rel="stylesheet" crossorigin href="/r/assets/index.css">',
    '<link rel="modulepreload" crossorigin href="/r/assets/library.js">',
    '<link rel="preload" as="fetch" crossorigin href="/r/data/manifest.json">',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');

  test('the entry, its preloads and the data hints move onto the boot script; the stylesheet stays', () => {
    const html = deferApp(shell, '/r/');
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/r/assets/index.css">');
    expect(html).toContain(
      '<script defer src="/r/boot.js" data-entry="/r/assets/index.js" data-modules="/r/assets/react.js /r/assets/library.js" data-fetch="/r/data/manifest.json"></script>',
    );
  });

  test('a shell without an entry script is left alone', () => {
    expect(deferApp('<html><head></head></html>', '/')).toBe('<html><head></head></html>');
  });
});
