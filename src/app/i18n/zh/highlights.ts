import { defineMessages } from '../messages.ts';

/** Highlights and notes: on a document, on their own page, and in their exports. */
export const highlightsMessages = defineMessages('highlights', {
  title: '高亮与笔记',
  exportHeading: '阅览 · 高亮与笔记',
  notOurs: '不是阅览导出的高亮文件：缺少 highlights 列表',
  toolbar: '高亮所选文字',
  highlight: '高亮',
  highlightWithNote: '高亮并写笔记',
  note: '笔记',
  removeHighlight: '删除高亮',
  all: '全部高亮与笔记',
  cancel: '取消',
  saveNote: '保存笔记',
  editNote: '编辑笔记',
  writeNote: '写笔记',
  remove: '删除',
  showInText: '在原文中查看',
  count: (count: string) => `共 ${count} 条`,
  exportMarkdown: '导出 Markdown',
  exportJson: '导出 JSON',
  importJson: '导入 JSON',
  imported: (added: number, updated: number, skipped: number) =>
    `已导入 ${added} 条，更新 ${updated} 条，跳过 ${skipped} 条无法识别的内容。`,
  importFailed: (file: string, reason: string) => `无法导入 ${file}：${reason}`,
  importTooLarge: (file: string, limit: string) => `无法导入 ${file}：文件超过 ${limit} MB`,
  imports: '导入记录',
  importedOn: (time: string, count: string) => `${time} 导入的 ${count} 条`,
  removeImport: '删除这次导入的高亮',
  importRemoved: (count: string) => `已删除这次导入的 ${count} 条高亮。`,
  none: '还没有高亮。在文档中选中文字，点“高亮”或按 h 键。',
});
