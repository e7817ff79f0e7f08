import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Added before each article's first paragraph in the edited corpus. */
export const EDITORS_NOTE = '编者按：本文重新发布时补充了这段说明，正文其余部分未变。';

/**
 * A copy of a content folder in which every HTML article gains a paragraph at the top of its
 * text: a later build of the same documents, whose text has moved.
 */
export function editedCorpus(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const name of readdirSync(to)) {
    const file = path.join(to, name);
    const text = readFileSync(file, 'utf8');
    const open = text.indexOf('---');
    const end = open >= 0 && text.slice(0, open).trim() === '' ? text.indexOf('\n---', open + 3) : -1;
    const first = end < 0 ? -1 : text.indexOf('<p', end);
    if (first < 0) continue;
    writeFileSync(file, `${text.slice(0, first)}<p>${EDITORS_NOTE}</p>\n${text.slice(first)}`);
  }
  return to;
}
