import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { writeScrapedPost } from '../fixtures/articles/scraped-post.ts';
import { writeCraftedReports } from '../fixtures/pdf/crafted-reports.ts';
import { writeXssCorpus } from '../fixtures/xss/make-xss-corpus.ts';
import { editedCorpus } from './edited-corpus.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built on the default corpus (or CONTENT_DIR). */
    baseUrl: string;
    /** The app built on the XSS fixture corpus (made from test/fixtures/xss/vectors.ts). */
    xssUrl: string;
    /** Two deployments of the default corpus, told apart by their footer label. */
    distDirs: { first: string; second: string; bulk: string; rebuilt: string };
    /** A BASE=/reader/ build, served under /reader/ by a plain server: no rewrites, no fallback. */
    readerUrl: string;
    /** Crafted reports (a PDF and a text) and a scraped post, built with PUBLISH_PDF=1. */
    reportsUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(root, 'test-results/e2e-dist');
const servers: RunningServer[] = [];

async function buildDist(name: string, contentDir: string | undefined, label = '', base = ''): Promise<string> {
  const outDir = path.join(OUT, name);
  process.env.BUILD_LABEL = label;
  process.env.BASE = base;
  const previous = process.env.CONTENT_DIR;
  if (contentDir) process.env.CONTENT_DIR = contentDir;
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      // The manifest lets the first-load budget test find each page's chunks.
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
    delete process.env.BUILD_LABEL;
    delete process.env.BASE;
  }
  return outDir;
}

async function buildSite(name: string, contentDir: string | undefined): Promise<string> {
  const outDir = await buildDist(name, contentDir);
  const server = await startStaticServer({ root: outDir });
  servers.push(server);
  return server.url;
}

/** Builds the app once per corpus and serves each build on 127.0.0.1. */
export async function setup(project: TestProject): Promise<void> {
  // Vitest sets NODE_ENV=test, which would give the build React's development bundle.
  process.env.NODE_ENV = 'production';
  project.provide('baseUrl', await buildSite('default', undefined));
  const xssCorpus = path.join(OUT, 'xss-corpus');
  writeXssCorpus(xssCorpus);
  project.provide('xssUrl', await buildSite('xss', xssCorpus));
  process.env.PUBLISH_PDF = '1';
  const crafted = writeCraftedReports(path.join(OUT, 'reports-corpus'));
  writeScrapedPost(crafted);
  project.provide('reportsUrl', await buildSite('reports', crafted));
  delete process.env.PUBLISH_PDF;
  process.env.PRECACHE_LIMIT_MB = '0';
  const bulk = await buildDist('bulk', undefined);
  delete process.env.PRECACHE_LIMIT_MB;
  project.provide('distDirs', {
    first: path.join(OUT, 'default'),
    second: await buildDist('second', undefined, 'v2'),
    bulk,
    // The same documents, each article's text edited a little: what a later build brings.
    rebuilt: await buildDist('rebuilt', editedCorpus(path.join(root, 'content'), path.join(OUT, 'edited-corpus'))),
  });
  const reader = await startStaticServer({
    root: await buildDist('reader', undefined, '', '/reader/'),
    prefix: '/reader/',
    fallback: null,
  });
  servers.push(reader);
  project.provide('readerUrl', reader.url);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}
