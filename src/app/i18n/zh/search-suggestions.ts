import { defineMessages } from '../messages.ts';

/** The header search box's list of results as one types. */
export const searchSuggestions = defineMessages('searchSuggestions', {
  searching: '正在搜索…',
  none: '没有找到结果：试着去掉一些词',
  all: (count: string) => `查看全部 ${count} 条结果`,
});
