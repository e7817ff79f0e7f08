import { defineMessages } from '../messages.ts';

/** Filters and their values, wherever documents are filtered (the library, search results). */
export const facets = defineMessages('facets', {
  tag: '标签',
  entity: '机构与人物',
  category: '分类',
  source: '来源',
  year: '年份',
  kind: '类型',
  month: '月份',
  article: '文章',
  report: '报告',
  newest: '最新在前',
  oldest: '最早在前',
  title: '按标题',
  yearValue: (year: string) => `${year}年`,
  monthValue: (year: string, month: number) => `${year}年${month}月`,
  count: (count: number) => `${count} 篇`,
  showLess: '收起',
  showAll: (count: number) => `显示全部 ${count} 项`,
  activeFilters: '已选筛选条件',
  removeFilter: (facet: string, value: string) => `移除筛选 ${facet}：${value}`,
  clearAll: '清除全部',
});
