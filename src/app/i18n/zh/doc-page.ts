import { defineMessages } from '../messages.ts';

/** A document's page. */
export const docPage = defineMessages('docPage', {
  pager: '上一篇与下一篇',
  previous: '← 上一篇',
  next: '下一篇 →',
});
