import type { Translation } from '../messages.ts';
import type { reader as zh } from '../zh/reader.ts';

export const reader = {
  progress: 'Reading progress',
  details: 'About this article',
  author: (author: string) => `By ${author}`,
  length: (chars: string, minutes: number) => `${chars} characters, ${minutes} min read`,
  original: 'Original',
  save: 'Save',
  saveSection: (section: string) => `Save “${section}”`,
  embed: 'Copy embed code',
  embedCopied: 'Embed code copied',
} satisfies Translation<typeof zh.zh>;
