import { FACET_LABELS, valueLabel, type ActiveFilter } from './facets.ts';

export type EmptyResultProps = { last: ActiveFilter | undefined; onDropLast: () => void };

export function EmptyResult({ last, onDropLast }: EmptyResultProps) {
  return (
    <div
      role="status"
      className="rounded-lg border border-dashed border-stone-300 p-8 text-center dark:border-stone-700"
    >
      <p className="font-medium">没有符合这些条件的文档。</p>
      {last ? (
        <button
          type="button"
          onClick={onDropLast}
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-sm text-white hover:bg-red-900"
        >
          去掉最后一个条件（{FACET_LABELS[last.facet]}：{valueLabel(last.facet, last.value)}）
        </button>
      ) : null}
    </div>
  );
}
