import path from 'node:path';
import { build, type BuildEnvironmentOptions } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/** A production build of the app on a content folder, for a benchmark to serve or inspect. */
export async function buildApp(
  contentDir: string,
  outDir: string,
  options: BuildEnvironmentOptions = {},
): Promise<void> {
  process.env.CONTENT_DIR = contentDir;
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...options },
  });
}
