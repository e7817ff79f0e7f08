import type { Translation } from '../messages.ts';
import type { highlightsMessages as zh } from '../zh/highlights.ts';

export const highlightsMessages = {
  title: 'Highlights and notes',
  exportHeading: 'Yuelan · Highlights and notes',
  notOurs: 'Not a highlights file exported by Yuelan: it has no highlights list',
  toolbar: 'Highlight the selected text',
  highlight: 'Highlight',
  highlightWithNote: 'Highlight and add a note',
  note: 'Note',
  removeHighlight: 'Remove highlight',
  all: 'All highlights and notes',
  cancel: 'Cancel',
  saveNote: 'Save note',
  editNote: 'Edit note',
  writeNote: 'Add a note',
  remove: 'Remove',
  showInText: 'Show in the text',
  count: (count: string) => (count === '1' ? '1 highlight' : `${count} highlights`),
  exportMarkdown: 'Export Markdown',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  imported: (added: number, updated: number, skipped: number) =>
    `Imported ${added}, updated ${updated}, skipped ${skipped} that could not be read.`,
  importFailed: (file: string, reason: string) => `Cannot import ${file}: ${reason}`,
  importTooLarge: (file: string, limit: string) => `Cannot import ${file}: the file is over ${limit} MB`,
  imports: 'Imports',
  importedOn: (time: string, count: string) =>
    `${count === '1' ? '1 highlight' : `${count} highlights`} imported ${time}`,
  removeImport: 'Remove the highlights of this import',
  importRemoved: (count: string) =>
    `Removed the ${count === '1' ? 'highlight' : `${count} highlights`} of this import.`,
  none: 'No highlights yet. Select text in a document, then choose “Highlight” or press h.',
} satisfies Translation<typeof zh.zh>;
