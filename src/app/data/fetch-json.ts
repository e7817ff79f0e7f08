import { messagesOf } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';
/** Why a fetch failed, in words a reader can act on. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'format',
    readonly status?: number,
  ) {
    super(message);
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
    throw new FetchError(messagesOf(shell).networkError, 'network');
  }
  if (!response.ok) {
    throw new FetchError(
      response.status === 404 ? messagesOf(shell).fileMissing : messagesOf(shell).serverError(response.status),
      'http',
      response.status,
    );
  }
  return response;
}

export async function fetchJson(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchOk(url, init, signal);
  try {
    return await response.json();
  } catch {
    throw new FetchError(messagesOf(shell).fileCorrupt, 'format');
  }
}

export async function fetchBytes(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetchOk(url, init, signal);
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new FetchError(messagesOf(shell).fileCorrupt, 'network');
  }
}
