import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { TocNode } from '../../../../src/shared/bundle-schema.ts';
import { TocTree } from '../../../../src/app/features/report/toc-tree.tsx';

const section = (c: number, s: number): TocNode => ({
  id: `s-${c}-${s}`,
  kind: 'section',
  number: `${c}.${s}`,
  title: `第${c}章第${s}节`,
  page: c * 10 + s,
  children: [],
});
const chapter = (c: number, sections: number): TocNode => ({
  id: `ch-${c}`,
  kind: 'chapter',
  number: String(c),
  title: `第${c}章`,
  page: c * 10,
  children: Array.from({ length: sections }, (_, i) => section(c, i + 1)),
});

describe('app/features/report/toc-tree', () => {
  test('a long contents opens folded by chapter, the current chapter unfolded, and follows reading', async () => {
    const toc = Array.from({ length: 6 }, (_, i) => chapter(i + 1, 8));
    const { rerender } = render(<TocTree toc={toc} active="s-2-3" onNavigate={vi.fn()} />);
    expect(screen.queryByRole('link', { name: /第2章第3节/ })).not.toBeNull();
    expect(screen.queryByRole('link', { name: /第3章第1节/ })).toBeNull();
    expect(screen.getByRole('button', { name: '收起“第2章”' }).getAttribute('aria-expanded')).toBe('true');
    // Reading on into chapter 3 unfolds it.
    rerender(<TocTree toc={toc} active="s-3-1" onNavigate={vi.fn()} />);
    expect(screen.queryByRole('link', { name: /第3章第1节/ })).not.toBeNull();
    // The reader folds and unfolds by hand, and that choice holds.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '展开“第5章”' }));
    expect(screen.queryByRole('link', { name: /第5章第8节/ })).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '收起“第3章”' }));
    expect(screen.queryByRole('link', { name: /第3章第1节/ })).toBeNull();
  });

  test('a short contents is all unfolded; in the drawer rows and buttons are 44 px touch targets', () => {
    const toc = [chapter(1, 3), chapter(2, 3)];
    render(<TocTree toc={toc} active={null} onNavigate={vi.fn()} touch />);
    expect(screen.getAllByRole('link')).toHaveLength(8);
    for (const link of screen.getAllByRole('link')) expect(link.className).toContain('min-h-11');
    for (const button of screen.getAllByRole('button')) expect(button.className).toContain('h-11 w-11');
  });
});
