import { defineMessages } from '../messages.ts';

/** The page for an address that names nothing. */
export const notFound = defineMessages('notFound', {
  title: '找不到这个页面',
  pageTitle: '找不到页面',
  explain: '链接可能有误，或文档已不在文库中。',
  home: '回到文库首页',
});
