import type { Translation } from '../messages.ts';
import type { docPage as zh } from '../zh/doc-page.ts';

export const docPage = {
  pager: 'Previous and next',
  previous: '← Previous',
  next: 'Next →',
} satisfies Translation<typeof zh.zh>;
