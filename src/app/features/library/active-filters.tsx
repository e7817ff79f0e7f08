import { facetLabel, valueLabel, valueLang, type ActiveFilter } from './facets.ts';
import { useMessages } from '../../i18n/messages.ts';
import { facets } from '../../i18n/zh/facets.ts';

export type ActiveFiltersProps = {
  filters: readonly ActiveFilter[];
  onRemove: (filter: ActiveFilter) => void;
  onClear: () => void;
};

export function ActiveFilters({ filters, onRemove, onClear }: ActiveFiltersProps) {
  const m = useMessages(facets);
  if (filters.length === 0) return null;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" aria-label={m.activeFilters} role="group">
      {filters.map((filter) => (
        <button
          key={`${filter.facet}:${filter.value}`}
          type="button"
          onClick={() => onRemove(filter)}
          aria-label={m.removeFilter(facetLabel(filter.facet), valueLabel(filter.facet, filter.value))}
          className="inline-flex items-center gap-1 rounded-full border border-red-200 bg-red-50 px-2.5 py-0.5 text-sm text-red-900 hover:bg-red-100 dark:border-red-900 dark:bg-red-950 dark:text-red-100 dark:hover:bg-red-900"
        >
          <span className="text-xs text-red-700 dark:text-red-300">{facetLabel(filter.facet)}</span>
          <span lang={valueLang(filter.facet)}>{valueLabel(filter.facet, filter.value)}</span>
          <span aria-hidden="true">×</span>
        </button>
      ))}
      <button
        type="button"
        onClick={onClear}
        className="text-sm text-stone-600 underline hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        {m.clearAll}
      </button>
    </div>
  );
}
