import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import * as facets from '../../../../src/app/features/library/facets.ts';
import { useLibraryView } from '../../../../src/app/features/library/use-library-view.ts';
import { LIBRARY } from '../../../fixtures/docs/make-doc.ts';

vi.mock('../../../../src/app/features/library/facets.ts', { spy: true });

const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter>{children}</MemoryRouter>;

describe('app/features/library/use-library-view', () => {
  test('a change of order sorts the filtered library again without filtering it again', () => {
    const { result } = renderHook(() => useLibraryView(LIBRARY), { wrapper });
    const filtered = vi.mocked(facets.filterLibrary).mock.calls.length;
    act(() => result.current.setSort('title'));
    expect(result.current.query.sort).toBe('title');
    expect(result.current.docs.map((doc) => doc.title)).toEqual(
      [...LIBRARY].map((doc) => doc.title).sort(new Intl.Collator('zh-Hans-CN').compare),
    );
    expect(vi.mocked(facets.filterLibrary).mock.calls.length).toBe(filtered);
    // A filter does filter again.
    const tag = LIBRARY.flatMap((doc) => doc.tags)[0] ?? '';
    act(() => result.current.toggle('tag', tag));
    expect(vi.mocked(facets.filterLibrary).mock.calls.length).toBe(filtered + 1);
    expect(result.current.docs.every((doc) => doc.tags.includes(tag))).toBe(true);
  });
});
