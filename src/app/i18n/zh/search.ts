import { defineMessages } from '../messages.ts';

/** The search results page. */
export const searchPage = defineMessages('searchPage', {
  title: '搜索',
  titleWithQuery: (query: string) => `搜索：${query}`,
  filters: '筛选搜索结果',
  heading: '搜索',
  headingQuerySeparator: '：',
  prompt: '在页面顶部的搜索框中输入要查找的词。',
  failed: '搜索失败',
  searching: '正在搜索…',
  found: (count: string) => `找到 ${count} 条结果`,
  none: (query: string, filtered: boolean) =>
    `没有找到包含“${query}”的文档。试着去掉一些词${filtered ? '或筛选条件' : ''}，或换一种说法。`,
});
