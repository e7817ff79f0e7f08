import { defineMessages } from '../messages.ts';

/** Around a document's text, for articles and reports alike. */
export const reader = defineMessages('reader', {
  progress: '阅读进度',
  details: '文章信息',
  author: (author: string) => `作者：${author}`,
  length: (chars: string, minutes: number) => `${chars} 字，约 ${minutes} 分钟`,
  original: '查看原文',
  save: '收藏',
  saveSection: (section: string) => `收藏“${section}”`,
  embed: '复制嵌入代码',
  embedCopied: '已复制嵌入代码',
});
