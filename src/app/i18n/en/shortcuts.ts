import type { Translation } from '../messages.ts';
import type { shortcutList as zh } from '../zh/shortcuts.ts';

export const shortcutList = {
  title: 'Keyboard shortcuts',
  next: 'Next document; in a report, next section',
  previous: 'Previous document; in a report, previous section',
  contents: 'Show or hide the report’s contents',
  highlight: 'Highlight the selected text',
  search: 'Search (Ctrl+K too)',
  all: 'Show all shortcuts',
  close: 'Close',
} satisfies Translation<typeof zh.zh>;
