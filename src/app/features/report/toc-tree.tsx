import { useEffect, useMemo, useRef, useState } from 'react';
import type { TocNode } from '#shared/bundle-schema.ts';
import { messagesOf, useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

export type TocTreeProps = {
  toc: readonly TocNode[];
  active: string | null;
  onNavigate: (id: string) => void;
  /** In the phone drawer: rows and fold buttons are touch targets of 44 px. */
  touch?: boolean;
};

/** A contents of more entries than this opens folded, with the current chapter unfolded. */
const FOLD_OVER = 40;

/** Entries of the printed contents; the sub-headings and stories found in the text do not count. */
const countEntries = (nodes: readonly TocNode[]): number =>
  nodes.reduce(
    (n, node) => n + (node.kind === 'subheading' || node.kind === 'story' ? 0 : 1) + countEntries(node.children),
    0,
  );
const holds = (node: TocNode, id: string | null): boolean =>
  id !== null && (node.id === id || node.children.some((child) => holds(child, id)));

type Folding = { open: (node: TocNode) => boolean; toggle: (node: TocNode) => void; touch: boolean };

function TocItems({
  nodes,
  active,
  onNavigate,
  depth,
  folding,
}: {
  nodes: readonly TocNode[];
  active: string | null;
  onNavigate: (id: string) => void;
  depth: number;
  folding: Folding;
}) {
  const m = useMessages(reportMessages);
  const language = useUiLanguage();
  return (
    <ul
      className={
        depth === 0 ? 'space-y-0.5' : 'mt-0.5 ml-3 space-y-0.5 border-l border-stone-200 pl-2 dark:border-stone-700'
      }
    >
      {nodes.map((node) => {
        const current = node.id === active;
        const text = (
          <>
            <span lang="zh-CN" className="min-w-0 flex-1">
              {node.number && node.kind === 'section' ? <span className="mr-1 tabular-nums">{node.number}</span> : null}
              {node.kind === 'story' ? <span lang={language}>{m.story} · </span> : null}
              {node.label ? `${node.label}：` : null}
              {node.title}
            </span>
            {node.page !== null ? (
              <span className="shrink-0 text-xs text-stone-600 tabular-nums dark:text-stone-400">
                {m.page(node.page)}
              </span>
            ) : null}
          </>
        );
        const foldable = depth === 0 && node.children.length > 0;
        const open = !foldable || folding.open(node);
        const row = folding.touch ? 'min-h-11 items-center' : '';
        return (
          <li key={node.id} className={foldable ? 'flex flex-wrap items-start' : undefined}>
            {foldable ? (
              <button
                type="button"
                aria-expanded={open}
                aria-label={open ? m.foldChapter(node.title) : m.unfoldChapter(node.title)}
                onClick={() => folding.toggle(node)}
                className={`flex shrink-0 items-center justify-center rounded text-stone-500 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800 ${folding.touch ? 'h-11 w-11' : 'h-7 w-5'}`}
              >
                <span aria-hidden="true" className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}>
                  ›
                </span>
              </button>
            ) : null}
            <div className={foldable ? 'min-w-0 flex-1' : undefined}>
              {node.missing ? (
                <span
                  className={`flex gap-2 px-2 py-1 text-sm text-stone-500 dark:text-stone-400 ${row}`}
                  title={m.missing}
                >
                  {text}
                </span>
              ) : (
                <a
                  href={`#${node.id}`}
                  data-toc-id={node.id}
                  aria-current={current ? 'location' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onNavigate(node.id);
                  }}
                  className={`flex gap-2 rounded px-2 py-1 text-sm leading-snug ${row} ${node.kind === 'chapter' || node.kind === 'front' ? 'font-medium' : ''} ${current ? 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100' : 'text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800'}`}
                >
                  {text}
                </a>
              )}
            </div>
            {node.children.length > 0 && open ? (
              <div className={foldable ? 'w-full' : undefined}>
                <TocItems
                  nodes={node.children}
                  active={active}
                  onNavigate={onNavigate}
                  depth={depth + 1}
                  folding={folding}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The report's table of contents, nested by level, with the current section marked. */
export function TocTree({ toc, active, onNavigate, touch = false }: TocTreeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const long = useMemo(() => countEntries(toc) > FOLD_OVER, [toc]);
  // Chapters the reader folded or unfolded by hand; the rest follow the reading position.
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const folding: Folding = {
    touch,
    open: (node) => chosen.get(node.id) ?? (!long || holds(node, active)),
    toggle: (node) =>
      setChosen((before) => new Map(before).set(node.id, !(before.get(node.id) ?? (!long || holds(node, active))))),
  };
  useEffect(() => {
    // Keep the current entry visible inside a long contents list, without moving the page.
    const box = ref.current;
    // A CSS string: quotes and backslashes escaped (jsdom has no CSS.escape).
    const link = active ? box?.querySelector<HTMLElement>(`[data-toc-id="${active.replace(/["\\]/g, '\\$&')}"]`) : null;
    if (!box || !link) return;
    const top = link.offsetTop;
    if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }, [active]);
  return (
    <nav aria-label={messagesOf(reportMessages).reportContents} className="flex max-h-full flex-col">
      <h2 className="mb-2 px-2 text-xs font-semibold tracking-wider text-stone-500 dark:text-stone-400">
        {messagesOf(reportMessages).contents}
      </h2>
      <div ref={ref} className="relative min-h-0 flex-1 overflow-y-auto pr-1">
        <TocItems nodes={toc} active={active} onNavigate={onNavigate} depth={0} folding={folding} />
      </div>
    </nav>
  );
}
