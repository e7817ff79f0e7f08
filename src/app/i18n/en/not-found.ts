import type { Translation } from '../messages.ts';
import type { notFound as zh } from '../zh/not-found.ts';

export const notFound = {
  title: 'This page cannot be found',
  pageTitle: 'Page not found',
  explain: 'The link may be wrong, or the document is no longer in the library.',
  home: 'Back to the library',
} satisfies Translation<typeof zh.zh>;
