import type { Translation } from '../messages.ts';
import type { entityMessages as zh } from '../zh/entities.ts';

export const entityMessages = {
  linkTitle: (entity: string) => `Documents in the library that mention “${entity}”`,
} satisfies Translation<typeof zh.zh>;
