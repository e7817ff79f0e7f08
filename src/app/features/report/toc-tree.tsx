import { useEffect, useRef } from 'react';
import type { TocNode } from '#shared/bundle-schema.ts';
import { messagesOf, useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

export type TocTreeProps = {
  toc: readonly TocNode[];
  active: string | null;
  onNavigate: (id: string) => void;
};

function TocItems({
  nodes,
  active,
  onNavigate,
  depth,
}: {
  nodes: readonly TocNode[];
  active: string | null;
  onNavigate: (id: string) => void;
  depth: number;
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
        return (
          <li key={node.id}>
            {node.missing ? (
              <span className="flex gap-2 px-2 py-1 text-sm text-stone-500 dark:text-stone-400" title={m.missing}>
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
                className={`flex gap-2 rounded px-2 py-1 text-sm leading-snug ${node.kind === 'chapter' || node.kind === 'front' ? 'font-medium' : ''} ${current ? 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100' : 'text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800'}`}
              >
                {text}
              </a>
            )}
            {node.children.length > 0 ? (
              <TocItems nodes={node.children} active={active} onNavigate={onNavigate} depth={depth + 1} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The report's table of contents, nested by level, with the current section marked. */
export function TocTree({ toc, active, onNavigate }: TocTreeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keep the current entry visible inside a long contents list, without moving the page.
    const box = ref.current;
    const link = active ? box?.querySelector<HTMLElement>(`[data-toc-id="${CSS.escape(active)}"]`) : null;
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
        <TocItems nodes={toc} active={active} onNavigate={onNavigate} depth={0} />
      </div>
    </nav>
  );
}
