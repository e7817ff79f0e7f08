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

export async function fetchJson(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new FetchError('无法连接到服务器，请检查网络后重试。', 'network');
  }
  if (!response.ok) {
    throw new FetchError(
      response.status === 404 ? '找不到所需的数据文件（404）。' : `服务器返回错误 ${response.status}。`,
      'http',
      response.status,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new FetchError('数据文件已损坏，无法读取。', 'format');
  }
}
