import { useId, useMemo, useState } from 'react';
import {
  collator,
  facetLabel,
  FACETS,
  valueLabel,
  valueLang,
  type ActiveFilter,
  type Facet,
  type FacetCounts,
} from './facets.ts';
import { useMessages } from '../../i18n/messages.ts';
import { facets } from '../../i18n/zh/facets.ts';

export type FacetPanelProps = {
  counts: FacetCounts;
  active: readonly ActiveFilter[];
  isActive: (facet: Facet, value: string) => boolean;
  onToggle: (facet: Facet, value: string) => void;
};

const SHOWN_AT_FIRST = 10;
/** Months are chosen on the timeline, not from a list. */
const PANEL_FACETS = FACETS.filter((facet) => facet !== 'month');

function FacetGroup({ facet, counts, active, isActive, onToggle }: FacetPanelProps & { facet: Facet }) {
  const m = useMessages(facets);
  const [expanded, setExpanded] = useState(false);
  const legendId = useId();
  const values = counts[facet];
  // Sorted once per change of the counts or the filters (hundreds of values in a large library),
  // not on every render of the library.
  const entries = useMemo(() => {
    const list = [...values.entries()];
    // Selected values stay listed even when other filters leave them with no documents.
    for (const filter of active) if (filter.facet === facet && !values.has(filter.value)) list.push([filter.value, 0]);
    return list.sort((a, b) =>
      facet === 'year' ? Number(b[0]) - Number(a[0]) : b[1] - a[1] || collator.compare(a[0], b[0]),
    );
  }, [values, active, facet]);
  if (entries.length === 0) return null;
  const shown = expanded ? entries : entries.slice(0, SHOWN_AT_FIRST);
  return (
    <fieldset className="mb-5" aria-labelledby={legendId}>
      <legend
        id={legendId}
        className="mb-1.5 text-xs font-semibold tracking-wider text-stone-500 uppercase dark:text-stone-400"
      >
        {facetLabel(facet)}
      </legend>
      <ul className="space-y-0.5">
        {shown.map(([value, count]) => {
          const active = isActive(facet, value);
          return (
            <li key={value}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-100 dark:hover:bg-stone-800">
                <input
                  type="checkbox"
                  checked={active}
                  onChange={() => onToggle(facet, value)}
                  className="accent-red-800"
                />
                <span lang={valueLang(facet)} className="min-w-0 flex-1 truncate">
                  {valueLabel(facet, value)}
                </span>
                <span className="text-xs text-stone-500 tabular-nums dark:text-stone-400" aria-label={m.count(count)}>
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {entries.length > SHOWN_AT_FIRST ? (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          className="mt-1 px-1 text-xs text-red-800 hover:underline dark:text-red-300"
          aria-expanded={expanded}
        >
          {expanded ? m.showLess : m.showAll(entries.length)}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Checkboxes for every facet value, each with the count it would give. */
export function FacetPanel(props: FacetPanelProps) {
  return (
    <div>
      {PANEL_FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} {...props} />
      ))}
    </div>
  );
}
