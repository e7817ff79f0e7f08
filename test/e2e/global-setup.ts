import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_OUT = path.join(root, 'test-results/e2e-dist');

let server: RunningServer | undefined;

/** Builds the app once on the default corpus (or CONTENT_DIR) and serves it on 127.0.0.1. */
export async function setup(project: TestProject): Promise<void> {
  const outDir = path.join(E2E_OUT, 'default');
  // Vitest sets NODE_ENV=test, which would give the build React's development bundle.
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await startStaticServer({ root: outDir });
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
