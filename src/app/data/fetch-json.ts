import { messagesOf } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';
import { isHashedDataUrl, reloadForNewBuild } from './new-build.ts';

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').includes('text/html');

type FetchFailure = { kind: 'network' | 'http' | 'format'; status?: number | undefined; detail?: string | undefined };

/** Why a fetch failed, in words a reader can act on (in the interface's language when shown). */
export function describeFetchError(failure: FetchFailure, m: typeof shell.zh): string {
  if (failure.detail !== undefined) return failure.detail;
  if (failure.kind === 'network') return m.networkError;
  if (failure.kind === 'http') return failure.status === 404 ? m.fileMissing : m.serverError(failure.status ?? 0);
  return m.fileCorrupt;
}

/** A failed fetch: kept as what went wrong, so the words for it can follow a change of language. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailure['kind'],
    readonly status?: number,
    /** What a check of the file's contents found (the bundle's own wording). */
    readonly detail?: string,
  ) {
    super(describeFetchError({ kind, status, detail }, messagesOf(shell)));
    this.name = 'FetchError';
  }

  /** Retrying helps with a dropped connection or a server hiccup, not with a missing file. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

async function fetchOk(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new FetchError('network');
  }
  // A file of the build this tab started on, gone after a new deployment (a 404, or the app's
  // page where a host answers every unknown path with it): the tab moves on to the new build.
  const missing = response.status === 404 || (response.ok && isHtml(response) && isHashedDataUrl(url));
  if (missing && reloadForNewBuild(url)) return new Promise<never>(() => undefined);
  if (!response.ok) throw new FetchError('http', response.status);
  if (missing) throw new FetchError('http', 404);
  return response;
}

export async function fetchJson(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchOk(url, init, signal);
  try {
    return await response.json();
  } catch {
    throw new FetchError('format');
  }
}

export async function fetchBytes(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetchOk(url, init, signal);
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new FetchError('network');
  }
}
