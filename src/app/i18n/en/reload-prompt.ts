import type { Translation } from '../messages.ts';
import type { reloadPrompt as zh } from '../zh/reload-prompt.ts';

export const reloadPrompt = {
  update: 'A new version is available.',
  offlineReady: 'Ready to read offline.',
  reload: 'Reload',
  close: 'Close',
} satisfies Translation<typeof zh.zh>;
