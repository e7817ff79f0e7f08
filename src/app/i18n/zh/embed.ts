import { defineMessages } from '../messages.ts';

/** A document shown inside another site. */
export const embed = defineMessages('embed', {
  failed: '载入失败',
  missing: '找不到这篇文档。',
  open: '在阅览中打开',
});
