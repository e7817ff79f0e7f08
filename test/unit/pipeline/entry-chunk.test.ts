import { describe, expect, it } from 'vitest';
import { entryChunk, staticClosure } from '../../../src/pipeline/entry-chunk.ts';

const graph: Record<string, string[]> = {
  'index.html': ['main.tsx'],
  'main.tsx': ['react', 'router.tsx'],
  'router.tsx': ['react', 'shell.tsx'],
  'shell.tsx': ['router.tsx'],
  // Reached only through a dynamic import: not part of what the entry runs.
  'library.tsx': ['react', 'facets.ts'],
};
const importsOf = (id: string) => graph[id] ?? [];

describe('staticClosure', () => {
  it('collects the entries and every module they reach through static imports, cycles included', () => {
    expect([...staticClosure(['index.html'], importsOf)].sort()).toEqual([
      'index.html',
      'main.tsx',
      'react',
      'router.tsx',
      'shell.tsx',
    ]);
  });

  it('leaves out modules reached only from elsewhere', () => {
    const closure = staticClosure(['index.html'], importsOf);
    expect(closure.has('library.tsx')).toBe(false);
    expect(closure.has('facets.ts')).toBe(false);
  });
});

describe('entryChunk', () => {
  it('groups what the entries import statically and what the pattern names, after the graph is known', () => {
    const { plugin, group } = entryChunk(/data-hooks/);
    const context = {
      getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ isEntry: id === 'index.html', importedIds: importsOf(id) }),
    };
    expect(group.test('react')).toBe(false);
    (plugin.buildEnd as (this: typeof context) => void).call(context);
    expect(['index.html', 'main.tsx', 'react', 'shell.tsx'].every(group.test)).toBe(true);
    expect(group.test('library.tsx')).toBe(false);
    expect(group.test('node_modules/data-hooks/use-query.js')).toBe(true);
  });
});
