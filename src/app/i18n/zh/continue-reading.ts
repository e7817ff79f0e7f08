import { defineMessages } from '../messages.ts';

/** The home page's row of documents part-way read. */
export const continueReading = defineMessages('continueReading', {
  title: '继续阅读',
  read: (percent: number) => `已读 ${percent}%`,
});
