import { defineMessages } from '../messages.ts';

/** The report reader. */
export const reportMessages = defineMessages('report', {
  sidebar: '目录侧栏',
  contents: '目录',
  reportContents: '报告目录',
  pdfPage: (page: number) => `原文第 ${page} 页`,
  foldChapter: (title: string) => `收起“${title}”`,
  unfoldChapter: (title: string) => `展开“${title}”`,
  printedContents: (entries: number) => `原书目录，${entries} 条`,
  showContents: '显示目录',
  hideContents: '隐藏目录',
  closeContents: '关闭目录',
  close: '关闭',
  chapter: (number: string) => `第${number}章`,
  story: '故事',
  page: (page: number) => `p. ${page}`,
  missing: '正文中未找到此节',
  previousSection: '← 上一节',
  nextSection: '下一节 →',
  sectionsOfChapter: '本章各节',
  copyLink: (title: string) => `复制“${title}”的链接`,
  link: '链接',
  linkCopied: '已复制链接',
  copyCitation: (title: string) => `复制“${title}”的引用`,
  cite: '引用',
  citationCopied: '已复制引用',
});
