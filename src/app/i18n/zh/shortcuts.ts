import { defineMessages } from '../messages.ts';

/** The list of keyboard shortcuts (loaded when it is asked for). */
export const shortcutList = defineMessages('shortcutList', {
  title: '键盘快捷键',
  next: '下一篇文档；报告中为下一节',
  previous: '上一篇文档；报告中为上一节',
  contents: '显示或隐藏报告目录',
  highlight: '高亮所选文字',
  search: '搜索（也可 Ctrl+K）',
  all: '显示全部快捷键',
  close: '关闭',
});
