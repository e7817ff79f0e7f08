import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from '../map-limited.ts';

/** The only module that writes the bundle to disk: replaces outDir with exactly these files. */
export async function writeBundle(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((name) => path.dirname(path.join(outDir, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // Several at a time: one after another, a hundred thousand small files took most of a minute.
  await mapLimited([...files], 32, ([name, content]) => writeFile(path.join(outDir, name), content));
}
