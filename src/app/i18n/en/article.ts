import type { Translation } from '../messages.ts';
import type { articleMessages as zh } from '../zh/article.ts';

export const articleMessages = {
  image: 'Image',
  loadImage: 'Load image',
  reloadImage: 'Reload image',
  video: (title: string) => `Video: ${title}`,
} satisfies Translation<typeof zh.zh>;
