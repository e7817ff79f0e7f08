import { defineMessages } from '../messages.ts';

/** Links on the names of organisations and people in a text. */
export const entityMessages = defineMessages('entities', {
  linkTitle: (entity: string) => `在文库中查看提及“${entity}”的文档`,
});
