import type { Translation } from '../messages.ts';
import type { reportMessages as zh } from '../zh/report.ts';

export const reportMessages = {
  sidebar: 'Contents sidebar',
  contents: 'Contents',
  reportContents: 'Report contents',
  pdfPage: (page: number) => `PDF p. ${page}`,
  foldChapter: (title: string) => `Fold ${title}`,
  unfoldChapter: (title: string) => `Unfold ${title}`,
  printedContents: (entries: number) => `as printed, ${entries} ${entries === 1 ? 'entry' : 'entries'}`,
  showContents: 'Show contents',
  hideContents: 'Hide contents',
  closeContents: 'Close contents',
  close: 'Close',
  chapter: (number: string) => `Chapter ${number}`,
  story: 'Story',
  page: (page: number) => `p. ${page}`,
  missing: 'This section was not found in the text',
  previousSection: '← Previous section',
  nextSection: 'Next section →',
  sectionsOfChapter: 'Sections of this chapter',
  copyLink: (title: string) => `Copy a link to “${title}”`,
  link: 'Link',
  linkCopied: 'Link copied',
  copyCitation: (title: string) => `Copy a citation of “${title}”`,
  cite: 'Cite',
  citationCopied: 'Citation copied',
} satisfies Translation<typeof zh.zh>;
