import type { Catalogue } from '../messages.ts';
import { articleMessages } from './article.ts';
import { continueReading } from './continue-reading.ts';
import { docPage } from './doc-page.ts';
import { embed } from './embed.ts';
import { entityMessages } from './entities.ts';
import { facets } from './facets.ts';
import { highlightsMessages } from './highlights.ts';
import { library } from './library.ts';
import { notFound } from './not-found.ts';
import { readingSettings } from './reading-settings.ts';
import { reader } from './reader.ts';
import { reloadPrompt } from './reload-prompt.ts';
import { reportMessages } from './report.ts';
import { resumeNotice } from './resume-notice.ts';
import { searchSuggestions } from './search-suggestions.ts';
import { searchPage } from './search.ts';
import { shell } from './shell.ts';
import { shortcutList } from './shortcuts.ts';
import { storageNotice } from './storage-notice.ts';

/** Every English catalogue, keyed by its namespace (the name given to defineMessages): one chunk. */
export const english: Record<string, Catalogue> = {
  article: articleMessages,
  continueReading,
  docPage,
  embed,
  entities: entityMessages,
  facets,
  highlights: highlightsMessages,
  library,
  notFound,
  readingSettings,
  reader,
  reloadPrompt,
  report: reportMessages,
  resumeNotice,
  searchSuggestions,
  searchPage,
  shell,
  shortcutList,
  storageNotice,
};
