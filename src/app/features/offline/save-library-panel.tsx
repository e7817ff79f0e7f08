import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Manifest } from '#shared/bundle-schema.ts';
import { isLibraryCached, libraryFiles, saveLibrary } from './save-library.ts';
import { useServiceWorkerControlled } from './use-controlled.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; message: string };

const MB = 1024 * 1024;

/** For a library too large to precache: save all of it for offline reading, with progress and a way to stop. */
export function SaveLibraryPanel({ manifest }: { manifest: Manifest }) {
  const controlled = useServiceWorkerControlled();
  const m = useMessages(library);
  const cached = useQuery({
    queryKey: ['offline', 'cached', manifest.search],
    queryFn: () => isLibraryCached(manifest),
    enabled: controlled,
    staleTime: Infinity,
  });
  const estimate = useQuery({
    queryKey: ['offline', 'estimate'],
    queryFn: () => navigator.storage?.estimate?.() ?? Promise.resolve({} as StorageEstimate),
  });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  if (!controlled || cached.data !== false) return null;
  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const files = await libraryFiles(manifest, controller.signal);
      setStatus({ kind: 'saving', done: 0, total: files.length });
      await saveLibrary(files, (done) => setStatus({ kind: 'saving', done, total: files.length }), controller.signal);
      setStatus({ kind: 'done' });
    } catch (cause) {
      if (controller.signal.aborted)
        setStatus((s) => ({
          kind: 'cancelled',
          done: s.kind === 'saving' ? s.done : 0,
          total: s.kind === 'saving' ? s.total : 0,
        }));
      else setStatus({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  };
  const free = estimate.data?.quota !== undefined ? (estimate.data.quota - (estimate.data.usage ?? 0)) / MB : null;
  return (
    <section
      aria-labelledby="save-offline-title"
      className="mb-4 rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-800"
    >
      <h2 id="save-offline-title" className="font-medium">
        {m.saveTitle}
      </h2>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        {m.saveNeeds((manifest.dataBytes / MB).toFixed(1), free === null ? null : free.toFixed(0))}
      </p>
      {status.kind === 'saving' ? (
        <div className="mt-2 flex items-center gap-3">
          <progress max={status.total} value={status.done} aria-label={m.saveProgress} className="h-2 flex-1" />
          <span className="tabular-nums">
            {status.done} / {status.total}
          </span>
          <button
            type="button"
            onClick={() => abort.current?.abort()}
            className="rounded px-2 py-0.5 text-stone-700 underline dark:text-stone-300"
          >
            {m.cancel}
          </button>
        </div>
      ) : status.kind === 'done' ? (
        <p role="status" className="mt-2 text-emerald-700 dark:text-emerald-400">
          {m.saved}
        </p>
      ) : (
        <div className="mt-2 flex items-center gap-3">
          <button
            type="button"
            onClick={() => void start()}
            className="rounded-md bg-red-800 px-3 py-1 text-white hover:bg-red-900"
          >
            {status.kind === 'cancelled' ? m.saveResume : m.saveStart}
          </button>
          {status.kind === 'cancelled' ? <span role="status">{m.saveCancelled(status.done, status.total)}</span> : null}
          {status.kind === 'failed' ? <span role="alert">{m.saveFailed(status.message)}</span> : null}
        </div>
      )}
    </section>
  );
}
