import { defineMessages } from '../messages.ts';

/** News from the service worker (loaded only when there is some). */
export const reloadPrompt = defineMessages('reloadPrompt', {
  update: '有新版本可用。',
  offlineReady: '已可离线阅读。',
  reload: '重新载入',
  close: '关闭',
});
