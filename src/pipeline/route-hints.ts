/**
 * Link hints in each route's copy of the app shell: the route's code and its data are fetched
 * alongside the entry script instead of one after another once it has run (three round trips
 * fewer before a phone paints the page).
 */
import { trimEndChars } from '#shared/trim-chars.ts';
import { escapeHtmlAttribute } from './html-escape.ts';

/** The app's page modules and the code their content needs, as the Vite build names them. */
export const ROUTE_MODULES = {
  library: ['src/app/routes/library.tsx'],
  article: ['src/app/routes/document.tsx', 'src/app/features/article/article-body.tsx'],
  report: ['src/app/routes/document.tsx', 'src/app/features/report/report-view.tsx'],
  embed: ['src/app/routes/embed.tsx', 'src/app/features/article/article-body.tsx'],
  search: ['src/app/routes/search.tsx'],
} as const;

/** What the hints need of Rollup's output bundle. */
export type BundleItem =
  | { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean }
  | { type: 'asset' };

/** The script files a page needs beyond those the shell already loads, in load order. */
export function routeScripts(bundle: Record<string, BundleItem>, modules: readonly string[], root: string): string[] {
  const chunks = new Map<string, Extract<BundleItem, { type: 'chunk' }>>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const closure = (start: string[], seen = new Set<string>()): Set<string> => {
    for (const file of start) {
      if (seen.has(file)) continue;
      seen.add(file);
      closure(chunks.get(file)?.imports ?? [], seen);
    }
    return seen;
  };
  const entry = closure([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName));
  const normalizedRoot = trimEndChars(root, '/');
  const facades = modules.flatMap((module) =>
    [...chunks.values()].filter((c) => c.facadeModuleId === `${normalizedRoot}/${module}`).map((c) => c.fileName),
  );
  return [...closure(facades)].filter((file) => !entry.has(file));
}

/** The <link> tags for a page's scripts and data files, with URLs under the site's base. */
export function hintTags(base: string, scripts: readonly string[], dataFiles: readonly string[]): string {
  return [
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtmlAttribute(base + file)}">`),
    // crossorigin: the app's fetch() is a CORS-mode request, and a preload only serves one made alike.
    ...dataFiles.map(
      (file) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtmlAttribute(base + file)}">`,
    ),
  ].join('\n    ');
}

/** The shell with the tags added at the end of its head. */
export function withHints(html: string, tags: string): string {
  if (tags === '' || !html.includes('</head>')) return html;
  return html.replace('</head>', () => `  ${tags}\n  </head>`);
}

/**
 * A prerendered page's shell with the app started after the first paint: the entry script, its
 * module preloads and the page's hints move from the head onto public/boot.js's tag.
 */
export function deferApp(html: string, base: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry?.[1]) return html;
  const modules: string[] = [];
  const fetches: string[] = [];
  let out = html.replace(entry[0], () => '');
  out = out.replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_, href: string) => {
    modules.push(href);
    return '';
  });
  out = out.replace(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">\s*/g, (_, href: string) => {
    fetches.push(href);
    return '';
  });
  const boot = `<script defer src="${escapeHtmlAttribute(`${base}boot.js`)}" data-entry="${entry[1]}" data-modules="${modules.join(' ')}" data-fetch="${fetches.join(' ')}"></script>`;
  return out.replace('</head>', () => `  ${boot}\n  </head>`);
}
