import type { Translation } from '../messages.ts';
import type { searchPage as zh } from '../zh/search.ts';

export const searchPage = {
  title: 'Search',
  titleWithQuery: (query: string) => `Search: ${query}`,
  filters: 'Filter the results',
  heading: 'Search',
  headingQuerySeparator: ': ',
  prompt: 'Type what you are looking for into the search box at the top of the page.',
  failed: 'The search failed',
  searching: 'Searching…',
  found: (count: string) => (count === '1' ? '1 result' : `${count} results`),
  none: (query: string, filtered: boolean) =>
    `No document contains “${query}”. Try fewer words${filtered ? ' or filters' : ''}, or other words.`,
} satisfies Translation<typeof zh.zh>;
