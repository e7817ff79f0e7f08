import type { Translation } from '../messages.ts';
import type { continueReading as zh } from '../zh/continue-reading.ts';

export const continueReading = {
  title: 'Continue reading',
  read: (percent: number) => `${percent}% read`,
} satisfies Translation<typeof zh.zh>;
