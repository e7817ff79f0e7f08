import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { valueLabel } from './facets.ts';
import { timelineBars } from './timeline-months.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

const HEIGHT = 56;

type Props = {
  /** Documents per month under the other filters ('YYYY-MM' → count). */
  counts: ReadonlyMap<string, number>;
  isActive: (month: string) => boolean;
  onToggle: (month: string) => void;
};

/**
 * Documents per month for the current filter, as bars: a bar filters the library to its month
 * (and back). One tab stop, arrow keys between the bars; the same figures as a table below.
 */
export function Timeline({ counts, isActive, onToggle }: Props) {
  const bars = timelineBars(counts);
  const titleId = useId();
  const m = useMessages(library);
  const [focus, setFocus] = useState(-1);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.count));
  const current = focus >= 0 && focus < bars.length ? focus : bars.length - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: bars.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const clamped = Math.max(0, Math.min(bars.length - 1, next));
    setFocus(clamped);
    buttons.current[clamped]?.focus();
  };

  return (
    <section aria-labelledby={titleId} className="mb-4">
      <h2 id={titleId} className="mb-1 text-sm font-semibold text-stone-700 dark:text-stone-300">
        {m.timeline} <span className="font-normal text-stone-600 dark:text-stone-400">{m.timelineHint}</span>
      </h2>
      <div
        role="toolbar"
        aria-label={m.timelineToolbar}
        onKeyDown={onKeyDown}
        className="flex items-end gap-px overflow-x-auto border-b border-stone-300 dark:border-stone-700"
        style={{ height: HEIGHT }}
      >
        {bars.map((bar, i) => {
          const active = isActive(bar.month);
          return (
            <button
              key={bar.month}
              ref={(element) => {
                buttons.current[i] = element;
              }}
              type="button"
              tabIndex={i === current ? 0 : -1}
              aria-pressed={active}
              aria-label={m.monthCount(valueLabel('month', bar.month), bar.count)}
              title={m.monthCount(valueLabel('month', bar.month), bar.count)}
              onClick={() => {
                setFocus(i);
                onToggle(bar.month);
              }}
              className="group flex h-full min-w-[3px] flex-1 items-end focus-visible:outline-2 focus-visible:outline-red-800"
            >
              <span
                className={`block w-full rounded-t-sm ${active ? 'bg-red-800 dark:bg-red-300' : 'bg-stone-400 group-hover:bg-red-700 dark:bg-stone-500'}`}
                style={{ height: bar.count === 0 ? 0 : Math.max(3, Math.round((bar.count / max) * HEIGHT)) }}
              />
            </button>
          );
        })}
      </div>
      <div className="mt-0.5 flex justify-between text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
        <span>{valueLabel('month', bars[0]?.month ?? '')}</span>
        {bars.length > 1 ? <span>{valueLabel('month', bars.at(-1)?.month ?? '')}</span> : null}
      </div>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-stone-600 dark:text-stone-400">{m.asTable}</summary>
        <table className="mt-1 text-sm">
          <caption className="sr-only">{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left font-medium">
                {m.month}
              </th>
              <th scope="col" className="text-right font-medium">
                {m.documents}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars
              .filter((bar) => bar.count > 0)
              .map((bar) => (
                <tr key={bar.month}>
                  <th scope="row" className="pr-4 text-left font-normal">
                    {valueLabel('month', bar.month)}
                  </th>
                  <td className="text-right tabular-nums">{bar.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
