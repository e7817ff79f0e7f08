import path from 'node:path';

/** The content folder: CONTENT_DIR when set (relative to the working directory), else content/. */
export function resolveContentDir(root: string = process.cwd()): string {
  const fromEnv = process.env.CONTENT_DIR;
  return path.resolve(root, fromEnv && fromEnv.trim() !== '' ? fromEnv : 'content');
}
