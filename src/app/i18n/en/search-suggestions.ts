import type { Translation } from '../messages.ts';
import type { searchSuggestions as zh } from '../zh/search-suggestions.ts';

export const searchSuggestions = {
  searching: 'Searching…',
  none: 'Nothing found: try fewer words',
  all: (count: string) => (count === '1' ? 'See the result' : `See all ${count} results`),
} satisfies Translation<typeof zh.zh>;
