import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import { mapLimited } from '../map-limited.ts';
import { ENTITIES_FILE } from '../entities/parse-entities.ts';
import { MAX_SOURCE_BYTES } from './decode-source.ts';

/** Articles come as Markdown or HTML with front matter, reports as plain text. */
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt', '.pdf'];
/** PDFs carry their images and fonts: a long report runs to tens of megabytes. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** Files read at a time: enough to keep the disk busy, far below any limit on open files. */
const READ_CONCURRENCY = 32;

export type RawSource = {
  file: string;
  bytes: Uint8Array;
  /** When the file came into the folder (its birth time where the disk keeps one, else its last change). */
  since?: number;
};

export type ReadResult = {
  sources: RawSource[];
  rejections: Diagnostic[];
  /** The entities dictionary (entities.yaml at the top of the folder), if there is one. */
  dictionary: RawSource | null;
};

/** How folders are listed; a test passes one that fails where it wants. */
export type ListFolder = (dir: string) => Promise<Dirent[]>;
const listFolder: ListFolder = (dir) => readdir(dir, { withFileTypes: true });

/**
 * Every regular file below the content folder, sorted by path so ids and order are stable.
 * Links are followed only when they stay inside the folder; a file or folder we cannot read
 * is a rejection, never a crash.
 */
export async function readSources(contentDir: string, list: ListFolder = listFolder): Promise<ReadResult> {
  const root = await realpath(contentDir);
  const sources: RawSource[] = [];
  const rejections: Diagnostic[] = [];

  /** One entry of a folder: a source, a rejection, or a folder to visit in its place in the order. */
  type Outcome = { source: RawSource } | { rejection: Diagnostic } | { folder: string } | { dictionary: RawSource };
  let dictionary: RawSource | null = null;

  async function examine(dir: string, entry: Dirent): Promise<Outcome> {
    const full = path.join(dir, entry.name);
    const file = path.relative(root, full).split(path.sep).join('/');
    if (entry.name.startsWith('.')) {
      // Editors, operating systems and drafts leave these; static site tools skip them too.
      return { rejection: error(file, 'a hidden file or folder is not read', 'rename it without the leading dot') };
    }
    try {
      let stats = await lstat(full);
      if (stats.isSymbolicLink()) {
        const target = await realpath(full);
        if (target !== root && !target.startsWith(root + path.sep)) {
          return {
            rejection: error(
              file,
              'the link points outside the content folder',
              'copy the file into the folder instead',
            ),
          };
        }
        stats = await lstat(target);
      }
      if (stats.isDirectory()) {
        if (!entry.isSymbolicLink()) return { folder: full };
        return { rejection: error(file, 'a linked folder is not read', 'copy the folder in instead') };
      }
      if (!stats.isFile()) return { rejection: error(file, 'not a regular file', 'remove it from the content folder') };
      if (file === ENTITIES_FILE && stats.size <= MAX_SOURCE_BYTES) {
        return { dictionary: { file, bytes: new Uint8Array(await readFile(full)) } };
      }
      if (!SOURCE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        return {
          rejection: error(
            file,
            `'${path.extname(entry.name) || 'no extension'}' is not a kind of file Yuelan reads`,
            `give articles and reports one of ${SOURCE_EXTENSIONS.join(' ')}`,
          ),
        };
      }
      const limit = path.extname(entry.name).toLowerCase() === '.pdf' ? MAX_PDF_BYTES : MAX_SOURCE_BYTES;
      if (stats.size > limit) {
        return {
          rejection: error(
            file,
            `the file is ${(stats.size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit`,
            'split it into smaller documents',
          ),
        };
      }
      const since = stats.birthtimeMs > 0 ? stats.birthtimeMs : stats.mtimeMs;
      return { source: { file, bytes: new Uint8Array(await readFile(full)), since } };
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return { rejection: error(file, `cannot be read (${reason})`, 'check its permissions') };
    }
  }

  async function visit(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await list(dir);
    } catch (cause) {
      // The folder itself is missing or unreadable: the caller says so for the content folder.
      if (dir === root) throw cause;
      const reason = cause instanceof Error ? cause.message : String(cause);
      const folder = path.relative(root, dir).split(path.sep).join('/');
      rejections.push(error(`${folder}/`, `the folder cannot be read (${reason})`, 'check its permissions'));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Files are read several at a time; what they give is kept in name order.
    const outcomes = await mapLimited(entries, READ_CONCURRENCY, (entry) => examine(dir, entry));
    for (const outcome of outcomes) {
      if ('folder' in outcome) await visit(outcome.folder);
      else if ('source' in outcome) sources.push(outcome.source);
      else if ('dictionary' in outcome) dictionary = outcome.dictionary;
      else rejections.push(outcome.rejection);
    }
  }

  await visit(root);
  return { sources, rejections, dictionary };
}
