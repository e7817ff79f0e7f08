import { facetLabel, valueLabel, type ActiveFilter } from './facets.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

export type EmptyResultProps = { last: ActiveFilter | undefined; onDropLast: () => void };

export function EmptyResult({ last, onDropLast }: EmptyResultProps) {
  const m = useMessages(library);
  return (
    <div
      role="status"
      className="rounded-lg border border-dashed border-stone-300 p-8 text-center dark:border-stone-700"
    >
      <p className="font-medium">{m.noMatch}</p>
      {last ? (
        <button
          type="button"
          onClick={onDropLast}
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-sm text-white hover:bg-red-900"
        >
          {m.dropLast(facetLabel(last.facet), valueLabel(last.facet, last.value))}
        </button>
      ) : null}
    </div>
  );
}
