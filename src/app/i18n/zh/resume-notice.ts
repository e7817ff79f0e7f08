import { defineMessages } from '../messages.ts';

/** The note that a document opened where the reader left off. */
export const resumeNotice = defineMessages('resumeNotice', {
  resumed: (percent: number) => `已回到上次读到处（${percent}%）`,
  startOver: '从头读',
  dismiss: '关闭提示',
});
