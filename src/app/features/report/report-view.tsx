import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocMeta, ReportChunk } from '#shared/bundle-schema.ts';
import { ArticleHeader } from '../article/article-header.tsx';
import { ReadingProgress } from '../document/reading-progress.tsx';
import { ReportBlocks } from './report-blocks.tsx';

// The embed view's report blocks share the reader's chunk rather than split it in two.
export { Block } from './report-blocks.tsx';
import { TocTree } from './toc-tree.tsx';
import { headingIds, readingSections } from './toc-utils.ts';
import { useShortcut } from '../shortcuts/shortcuts.ts';
import { useActiveSection } from './use-active-section.ts';
import { revealHeading, useHashTarget } from './use-hash-target.ts';
import { useMessages } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

export type ReportViewProps = { meta: DocMeta; chunk: ReportChunk };

/** A report read like a book: its contents beside it (a drawer on narrow screens), cited by page. */
export function ReportView({ meta, chunk }: ReportViewProps) {
  const navigate = useNavigate();
  const m = useMessages(reportMessages);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [sidebarHidden, setSidebarHidden] = useState(false);
  const ids = useMemo(() => headingIds(chunk.blocks), [chunk.blocks]);
  const report = useMemo(
    () => ({ id: meta.id, title: meta.title, ...(chunk.pdf ? { pdf: chunk.pdf } : {}) }),
    [meta.id, meta.title, chunk.pdf],
  );
  const sections = useMemo(() => readingSections(chunk.toc), [chunk.toc]);
  const { active, pin } = useActiveSection(ids);
  useHashTarget(true);

  const goTo = useCallback(
    (id: string) => {
      setDrawerOpen(false);
      pin(id);
      // The URL names the section, so it can be shared, reloaded and found in history.
      void navigate({ hash: id }, { preventScrollReset: true });
      revealHeading(id);
    },
    [navigate, pin],
  );

  // j and k move between sections, from the one being read; t shows or hides the contents.
  const step = (by: 1 | -1) => {
    const at = active ? ids.indexOf(active) : -1;
    const next = ids[Math.max(0, Math.min(ids.length - 1, at + by))];
    if (next && next !== active) goTo(next);
  };
  useShortcut('j', () => step(1));
  useShortcut('k', () => step(-1));
  useShortcut('t', () => {
    if (window.matchMedia?.('(min-width: 64rem)').matches) setSidebarHidden((hidden) => !hidden);
    else setDrawerOpen((open) => !open);
  });

  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrawerOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  const toc = <TocTree toc={chunk.toc} active={active} onNavigate={goTo} />;
  return (
    <div className={sidebarHidden ? '' : 'report-with-sidebar lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10'}>
      <ReadingProgress />
      <aside id="report-toc-sidebar" aria-label={m.sidebar} className={sidebarHidden ? 'hidden' : 'hidden lg:block'}>
        <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-hidden">{toc}</div>
      </aside>
      <article aria-labelledby="doc-title" className="min-w-0">
        {/* Inside the text's column: a grid item of its own would take the contents' column. */}
        <button
          type="button"
          onClick={() => setSidebarHidden(!sidebarHidden)}
          aria-expanded={!sidebarHidden}
          aria-controls="report-toc-sidebar"
          className="mb-2 hidden rounded px-2 py-1 text-xs text-stone-600 hover:bg-stone-100 lg:inline-block print:hidden dark:text-stone-300 dark:hover:bg-stone-800"
        >
          {sidebarHidden ? m.showContents : m.hideContents} <kbd aria-hidden="true">t</kbd>
        </button>
        <ArticleHeader meta={meta} />
        <button
          type="button"
          onClick={() => setDrawerOpen(true)}
          aria-expanded={drawerOpen}
          aria-controls="report-toc-drawer"
          className="fixed right-4 bottom-4 z-30 rounded-full border border-stone-300 bg-white px-4 py-2 text-sm shadow-md lg:hidden dark:border-stone-700 dark:bg-stone-900"
        >
          {m.contents}
        </button>
        <div lang="zh-CN" className="reader-prose report-body">
          <ReportBlocks blocks={chunk.blocks} sections={sections} report={report} onNavigate={goTo} />
        </div>
      </article>
      {drawerOpen ? (
        <div className="fixed inset-0 z-50 lg:hidden">
          <button
            type="button"
            aria-label={m.closeContents}
            className="absolute inset-0 h-full w-full bg-black/40"
            onClick={() => setDrawerOpen(false)}
          />
          <div
            id="report-toc-drawer"
            role="dialog"
            aria-modal="true"
            aria-label={m.reportContents}
            className="absolute inset-y-0 left-0 flex w-[85%] max-w-sm flex-col bg-white p-3 shadow-xl dark:bg-stone-900"
          >
            <button
              type="button"
              onClick={() => setDrawerOpen(false)}
              className="mb-2 min-h-11 min-w-11 self-end rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
            >
              {m.close}
            </button>
            <div className="min-h-0 flex-1">
              <TocTree toc={chunk.toc} active={active} onNavigate={goTo} touch />
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
