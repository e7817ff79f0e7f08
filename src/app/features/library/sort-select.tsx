import { sortLabel, SORTS, type SortKey } from './facets.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

export type SortSelectProps = { value: SortKey; onChange: (sort: SortKey) => void };

export function SortSelect({ value, onChange }: SortSelectProps) {
  const m = useMessages(library);
  return (
    <label className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-300">
      {m.sort}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as SortKey)}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {sortLabel(sort)}
          </option>
        ))}
      </select>
    </label>
  );
}
