import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocChunk, type DocChunk } from '../../src/shared/bundle-schema.ts';
import { buildBundleFromDir, type BuildResult } from '../../src/pipeline/build-bundle.ts';
import { parseFrontMatter } from '../../src/pipeline/front-matter/parse-front-matter.ts';
import { normalizeForMatch } from '../../src/pipeline/report/text-match.ts';
import { jsonFile } from '../fixtures/docs/bundle-files.ts';
import { renderApp } from './render-app.tsx';

/*
 * No lost text: every text paragraph of every source document of the default corpus appears in
 * the page the reader sees, except passages the named cleaning rules removed, and those are
 * listed in the build report. Rendered through the app's own routes and sanitizer.
 */

const root = path.resolve(import.meta.dirname, '../..');
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, pre, dt, dd, div, section, article';

/**
 * What counts is the words: not white space, punctuation or the Markdown marks the pipeline
 * turns into markup, nor how a page number is printed (09 in the contents, 9 on the page).
 */
function key(text: string): string {
  const words = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
  return normalizeForMatch(words).replace(/(^|\D)0+(?=\d)/g, '$1');
}

function sourceBody(file: string): string {
  const text = readFileSync(path.join(root, 'content', file), 'utf8').replace(/\r\n?/g, '\n');
  const split = parseFrontMatter(file, text);
  if ('rejection' in split) throw new Error(split.rejection.message);
  return split.value.body;
}

/** The text of each innermost block of an article's HTML, and each run of loose text. */
function articleParagraphs(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  for (const el of doc.body.querySelectorAll(BLOCKS)) if (!el.querySelector(BLOCKS)) out.push(el.textContent ?? '');
  for (const node of doc.body.childNodes) if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
  return out.flatMap((text) => text.split('\n')).filter((text) => key(text) !== '');
}

let bundle: BuildResult;
beforeAll(async () => {
  // jsdom lacks CSS.escape, which the report reader uses to find section ids.
  if (typeof globalThis.CSS?.escape !== 'function')
    Object.assign(globalThis, { CSS: { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) } });
  bundle = await buildBundleFromDir(path.join(root, 'content'));
});

describe('no lost text on the default corpus', () => {
  test('every source paragraph is on the page or in the report of removed text', async () => {
    const checked: Record<string, number> = {};
    for (const [file, id] of Object.entries(bundle.report.fates)) {
      if (id === null) continue;
      const meta = bundle.manifest.documents.find((doc) => doc.id === id);
      if (!meta) throw new Error(`no manifest entry for ${id}`);
      const chunk: DocChunk = parseDocChunk(jsonFile(bundle.files, meta.chunk), id);
      const { container, unmount } = renderApp(`/doc/${id}`, bundle.manifest.documents, [chunk]);
      await screen.findAllByRole('heading', { level: 1 });
      // The body's code loads lazily: wait for the text, then for the body itself.
      await screen.findByRole('navigation', { name: '上一篇与下一篇' }, { timeout: 10_000 });
      await waitFor(() => expect(screen.queryByText('正在载入正文…')).toBeNull());
      const page = key(container.querySelector('article')?.textContent ?? container.textContent ?? '');
      unmount();
      const removed = (bundle.report.removedText[file] ?? []).map((r) => key(r.text));
      const body = sourceBody(file);
      const paragraphs =
        chunk.kind === 'article'
          ? articleParagraphs(body)
          : // A report prints a contents line's page as 'p. 09' beside it, and a list's numbers
            // as list markers: the words are what must be there.
            body.split('\n').map((line) => line.replace(/\t\s*\d+\s*$/, '').replace(/^\d+\.\s+/, ''));
      const lost = paragraphs.filter((paragraph) => {
        let rest = key(paragraph);
        // Shown whole (a rule may have left out a copy of some of its words elsewhere).
        if (page.includes(rest)) return false;
        // Whatever a rule took out of this paragraph is accounted for; the rest must be shown.
        for (const passage of removed) if (passage && rest.includes(passage)) rest = rest.replace(passage, '');
        return rest !== '' && !page.includes(rest) && !removed.some((passage) => passage.includes(rest));
      });
      expect(lost, file).toEqual([]);
      checked[file] = paragraphs.length;
    }
    // Five documents, and real paragraphs in each.
    expect(Object.keys(checked)).toHaveLength(5);
    for (const count of Object.values(checked)) expect(count).toBeGreaterThan(3);
  });
});
