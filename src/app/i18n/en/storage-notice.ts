import type { Translation } from '../messages.ts';
import type { storageNotice as zh } from '../zh/storage-notice.ts';

export const storageNotice = {
  unavailable: 'The browser does not let this site keep data (private browsing?): settings last for this visit only.',
  full: "The browser's storage is full: settings cannot be kept beyond this visit.",
  corrupt: 'The saved settings could not be read; the defaults are used.',
  understood: 'OK',
} satisfies Translation<typeof zh.zh>;
