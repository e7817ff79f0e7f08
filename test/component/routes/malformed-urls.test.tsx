import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { SCHEMA_VERSION, type ReportChunk } from '../../../src/shared/bundle-schema.ts';
import { safeDecode } from '../../../src/shared/safe-decode.ts';
import { makeDoc } from '../../fixtures/docs/make-doc.ts';
import { renderApp } from '../render-app.tsx';

const report = makeDoc({ id: 'r', kind: 'report', title: '年度报告' });
const chunk: ReportChunk = {
  schemaVersion: SCHEMA_VERSION,
  id: 'r',
  kind: 'report',
  toc: [{ id: 's-1', kind: 'chapter', number: '1', title: '总则', page: 3, children: [] }],
  blocks: [
    { type: 'heading', id: 's-1', kind: 'chapter', number: '1', title: '总则', page: 3 },
    { type: 'paragraph', spans: [{ text: '第一章的正文。' }] },
  ],
};

// jsdom has no CSS.escape, which the contents sidebar uses to find the current entry.
beforeAll(() => {
  if (typeof CSS === 'undefined' || typeof CSS.escape !== 'function')
    vi.stubGlobal('CSS', { escape: (text: string) => text.replace(/[^\w-]/g, (c) => `\\${c}`) });
});

describe('a URL with a malformed escape', () => {
  test.each(['#%', '#%E0%A4%A', '#s-1%'])('opens the report, not the error panel (%s)', async (hash) => {
    renderApp(`/doc/r${hash}`, [report], [chunk]);
    expect(await screen.findByText('第一章的正文。')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('is read as it is written where it cannot be decoded', () => {
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(safeDecode('s-1%20a')).toBe('s-1 a');
  });
});
