import { defineMessages } from '../messages.ts';

/** Words the app adds inside an article's text: image placeholders, links that replace video players. */
export const articleMessages = defineMessages('article', {
  image: '图片',
  loadImage: '加载图片',
  reloadImage: '重新加载图片',
  video: (title: string) => `视频：${title}`,
});
