import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { safeDecode } from '#shared/safe-decode.ts';
import { buildBundleFromDir, DATA_DIR, MANIFEST_FILE, type BuildResult } from './build-bundle.ts';
import { formatBuildReport } from './build-report.ts';
import { resolveContentDir } from './content-dir.ts';
import { prerenderPages, withSnapshot, type PrerenderedPage } from './prerender-pages.ts';
import { deferApp, hintTags, ROUTE_MODULES, routeScripts, withHints } from './route-hints.ts';

/** Manifest pages a route's shell asks for ahead (16 pages: 16,000 documents, about 2 MB gzip). */
const MAX_HINTED_PAGES = 16;

export type ContentBundleOptions = {
  /** The content folder; default CONTENT_DIR or content/ under the Vite root. */
  contentDir?: string;
  /** Print the build report (default true). */
  report?: boolean;
};

const CONTENT_TYPE = 'application/json; charset=utf-8';
/** The app shell with no page in it. */
export const SHELL_FILE = 'shell.html';

type BundleEntry = { type: string; source?: string | Uint8Array };

/**
 * Builds the JSON bundle inside Vite: served from memory in dev (rebuilt and reloaded when a
 * content file changes), emitted as assets under data/ in a production build.
 */
export function contentBundle(options: ContentBundleOptions = {}): Plugin {
  let contentDir = '';
  let base = '/';
  let root = '';
  let define: Record<string, string> = {};
  let current: Promise<BuildResult> | null = null;
  let absoluteBase = true;
  const showReport = options.report ?? true;

  const build = (): Promise<BuildResult> => {
    current ??= buildBundleFromDir(contentDir).then((result) => {
      if (showReport) console.log(formatBuildReport(result.report));
      return result;
    });
    return current;
  };

  function serveData(server: ViteDevServer): void {
    const prefix = `/${DATA_DIR}/`;
    server.middlewares.use((req, res, next) => {
      const url = (req.url ?? '').split('?')[0] ?? '';
      const withoutBase = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
      if (!withoutBase.startsWith(prefix)) {
        next();
        return;
      }
      const name = safeDecode(withoutBase.slice(prefix.length));
      build().then(
        (result) => {
          const content = result.files.get(name);
          if (content === undefined) {
            res.statusCode = 404;
            res.end('not found');
            return;
          }
          res.setHeader(
            'Content-Type',
            typeof content === 'string'
              ? CONTENT_TYPE
              : name.endsWith('.pdf')
                ? 'application/pdf'
                : 'application/octet-stream',
          );
          res.setHeader('Cache-Control', 'no-cache');
          res.end(content);
        },
        (cause: unknown) => next(cause),
      );
    });
  }

  return {
    name: 'yuelan-content-bundle',
    configResolved(config) {
      contentDir = options.contentDir ? path.resolve(config.root, options.contentDir) : resolveContentDir(config.root);
      base = config.base.startsWith('/') ? config.base : '/';
      root = config.root;
      define = Object.fromEntries(Object.entries(config.define ?? {}).map(([key, value]) => [key, String(value)]));
      absoluteBase = config.base.startsWith('/');
    },
    configureServer(server) {
      serveData(server);
      server.watcher.add(contentDir);
      const onChange = (file: string): void => {
        if (!path.resolve(file).startsWith(contentDir)) return;
        current = null;
        server.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },
    generateBundle: {
      // After Vite's HTML plugin, so the shell can be copied to every route.
      order: 'post',
      async handler(_options, bundle) {
        current = null;
        const result = await build();
        for (const [name, content] of result.files) {
          this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source: content });
        }
        const index = bundle['index.html'];
        // The plain shell, for the service worker to answer any navigation with when offline: a
        // prerendered page would show the wrong page until the app replaced it.
        if (index?.type === 'asset' && typeof index.source === 'string')
          this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: index.source });
        if (absoluteBase) {
          const pages = await prerenderPages({
            root,
            base,
            manifest: result.manifest,
            files: result.files,
            define,
            warn: (message) => this.warn(message),
          });
          // Pages other than the library need every page of the manifest: hinted while they are few.
          const manifestPages = [...result.files.keys()].filter((name) => name.startsWith('pages/'));
          const wholeManifest = manifestPages.length <= MAX_HINTED_PAGES ? manifestPages : [];
          const hints = (page: keyof typeof ROUTE_MODULES, data: string[]) =>
            hintTags(base, routeScripts(bundle, ROUTE_MODULES[page], root), [
              `${DATA_DIR}/${MANIFEST_FILE}`,
              ...(page === 'library' ? [] : wholeManifest).map((name) => `${DATA_DIR}/${name}`),
              ...data.map((name) => `${DATA_DIR}/${name}`),
            ]);
          emitRouteShells(index, result, hints, pages, base, (fileName, source) =>
            this.emitFile({ type: 'asset', fileName, source }),
          );
        }
      },
    },
  };
}

/**
 * A copy of the app shell at every route's path (doc/<id>/, embed/<id>/, search/ index.html,
 * 404.html), so that deep links load on any static host with no rewrite rules, each with hints for
 * its own code and data. Only for an absolute base: the shell's asset URLs must not depend on the
 * folder it is served from.
 */
function emitRouteShells(
  index: BundleEntry | undefined,
  result: BuildResult,
  hints: (page: keyof typeof ROUTE_MODULES, data: string[]) => string,
  pages: ReadonlyMap<string, PrerenderedPage>,
  base: string,
  emit: (fileName: string, source: string | Uint8Array) => void,
): void {
  if (!index || index.type !== 'asset' || typeof index.source !== 'string') return;
  const shell = index.source;
  const page = (route: string, html: string, kind: string) => {
    const snapshot = pages.get(route);
    return snapshot ? withSnapshot(deferApp(html, base), snapshot, kind) : html;
  };
  index.source = page('', withHints(shell, hints('library', [])), 'library');
  emit('search/index.html', withHints(shell, hints('search', [])));
  for (const doc of result.manifest.documents) {
    emit(`doc/${doc.id}/index.html`, page(`doc/${doc.id}`, withHints(shell, hints(doc.kind, [doc.chunk])), doc.kind));
    emit(`embed/${doc.id}/index.html`, withHints(shell, hints('embed', [doc.chunk])));
  }
  emit('404.html', shell);
}
