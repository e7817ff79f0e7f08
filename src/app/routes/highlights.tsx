import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import {
  exportJson,
  exportMarkdown,
  IMPORT_LIMITS,
  importHighlights,
  importsOf,
  removeHighlight,
  removeImport,
  setNote,
  useHighlights,
  type Highlight,
} from '../features/highlights/highlights-store.ts';
import { paths } from '../paths.ts';
import { messagesOf, useMessages } from '../i18n/messages.ts';
import { highlightsMessages } from '../i18n/zh/highlights.ts';
import { shell } from '../i18n/zh/shell.ts';
import { formatDateTime, formatNumber } from '../lib/format.ts';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function documentUrl(doc: string): string {
  return new URL(`${import.meta.env.BASE_URL}${paths.document.href(doc).slice(1)}`, window.location.origin).href;
}

function HighlightItem({ h }: { h: Highlight }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(h.note);
  const noteId = useId();
  const m = useMessages(highlightsMessages);
  return (
    <li className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
      {h.sectionTitle ? (
        <p lang="zh-CN" className="mb-1 text-xs text-stone-600 dark:text-stone-400">
          {h.sectionTitle}
        </p>
      ) : null}
      <blockquote lang="zh-CN" className="border-l-4 border-amber-400 pl-3">
        {h.quote}
      </blockquote>
      {editing ? (
        <div className="mt-2">
          <label htmlFor={noteId} className="text-sm font-medium">
            {m.note}
          </label>
          <textarea
            id={noteId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            rows={3}
            className="mt-1 w-full rounded-md border border-stone-300 bg-white p-2 text-sm dark:border-stone-700 dark:bg-stone-950"
          />
        </div>
      ) : h.note ? (
        <p className="mt-2 text-sm whitespace-pre-wrap">{h.note}</p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3 text-sm">
        <Link
          to={{ pathname: paths.document.href(h.doc), search: `?highlight=${encodeURIComponent(h.id)}` }}
          className="text-red-800 underline dark:text-red-300"
        >
          {m.showInText}
        </Link>
        {editing ? (
          <button
            type="button"
            onClick={() => {
              setNote(h.id, draft);
              setEditing(false);
            }}
            className="underline"
          >
            {m.saveNote}
          </button>
        ) : (
          <button type="button" onClick={() => setEditing(true)} className="underline">
            {h.note ? m.editNote : m.writeNote}
          </button>
        )}
        <button
          type="button"
          onClick={() => removeHighlight(h.id)}
          className="text-stone-600 underline dark:text-stone-400"
        >
          {m.remove}
        </button>
      </div>
    </li>
  );
}

/** Every highlight and note, by document, with links back; exported as Markdown or JSON, imported from JSON. */
export function HighlightsRoute() {
  const all = useHighlights();
  const [status, setStatus] = useState('');
  const m = useMessages(highlightsMessages);
  const title = messagesOf(shell).pageTitle(m.title);
  useEffect(() => {
    document.title = title;
  }, [title]);
  const byDoc = new Map<string, Highlight[]>();
  for (const h of all) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
  const imports = importsOf(all);

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > IMPORT_LIMITS.fileBytes) {
      setStatus(m.importTooLarge(file.name, formatNumber(IMPORT_LIMITS.fileBytes / 1024 / 1024)));
      return;
    }
    try {
      const outcome = importHighlights(JSON.parse(await file.text()));
      setStatus(m.imported(outcome.added, outcome.updated, outcome.skipped));
    } catch (cause) {
      setStatus(m.importFailed(file.name, cause instanceof Error ? cause.message : String(cause)));
    }
  };

  return (
    <section aria-labelledby="highlights-title" className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="highlights-title" className="text-2xl font-semibold">
          {m.title}
        </h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">{m.count(formatNumber(all.length))}</p>
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          disabled={all.length === 0}
          onClick={() => download('yuelan-highlights.md', 'text/markdown', exportMarkdown(all, documentUrl))}
          className="rounded-md border border-stone-300 px-3 py-1 disabled:opacity-50 dark:border-stone-700"
        >
          {m.exportMarkdown}
        </button>
        <button
          type="button"
          disabled={all.length === 0}
          onClick={() => download('yuelan-highlights.json', 'application/json', exportJson(all))}
          className="rounded-md border border-stone-300 px-3 py-1 disabled:opacity-50 dark:border-stone-700"
        >
          {m.exportJson}
        </button>
        <label className="cursor-pointer rounded-md border border-stone-300 px-3 py-1 has-[:focus-visible]:outline-2 dark:border-stone-700">
          {m.importJson}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} className="sr-only" />
        </label>
      </div>
      <p role="status" className="mb-4 text-sm">
        {status}
      </p>
      {imports.length > 0 ? (
        <section aria-labelledby="highlights-imports" className="mb-6 text-sm">
          <h2 id="highlights-imports" className="mb-1 font-semibold">
            {m.imports}
          </h2>
          <ul className="space-y-1">
            {imports.map(({ batch, count }) => (
              <li key={batch} className="flex flex-wrap items-center gap-x-3">
                <span>{m.importedOn(formatDateTime(batch), formatNumber(count))}</span>
                <button
                  type="button"
                  onClick={() => setStatus(m.importRemoved(formatNumber(removeImport(batch))))}
                  className="min-h-11 text-stone-600 underline dark:text-stone-400"
                >
                  {m.removeImport}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {all.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{m.none}</p>
      ) : (
        [...byDoc].map(([doc, items]) => (
          <section key={doc} aria-labelledby={`highlights-${doc}`} className="mb-6">
            <h2 id={`highlights-${doc}`} className="mb-2 text-lg font-semibold">
              <Link to={paths.document.href(doc)} lang="zh-CN" className="hover:underline">
                {items[0]?.title ?? doc}
              </Link>
            </h2>
            <ul className="space-y-3">
              {items.map((h) => (
                <HighlightItem key={h.id} h={h} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
