import type { Translation } from '../messages.ts';
import type { facets as zh } from '../zh/facets.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const facets = {
  tag: 'Tag',
  entity: 'Organisations and people',
  category: 'Category',
  source: 'Source',
  year: 'Year',
  kind: 'Type',
  month: 'Month',
  article: 'Article',
  report: 'Report',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'By title',
  yearValue: (year: string) => year,
  monthValue: (year: string, month: number) => `${MONTHS[month - 1] ?? month} ${year}`,
  count: (count: number) => (count === 1 ? '1 document' : `${count} documents`),
  showLess: 'Show fewer',
  showAll: (count: number) => `Show all ${count}`,
  activeFilters: 'Active filters',
  removeFilter: (facet: string, value: string) => `Remove filter ${facet}: ${value}`,
  clearAll: 'Clear all',
} satisfies Translation<typeof zh.zh>;
