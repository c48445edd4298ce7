/**
 * Fetches a case as JSON with the guards an embed needs on someone else's page: abortable, a time limit, a size
 * limit, and status and content-type checks, each failure a distinct `LoadError` reason. A refused cross-origin
 * request is told apart from an unreachable server, which `fetch` reports with the same `TypeError`.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 1_000_000;

export type LoadErrorReason = 'network' | 'cors' | 'timeout' | 'aborted' | 'http' | 'content-type' | 'too-large' | 'json';

/** 5xx answers that say the server will never take the request as it is. */
const PERMANENT_5XX = [501, 505, 506, 508, 510];

/** HTTP statuses worth trying again later: the server's trouble, a time-out, too early or too many requests. */
export const isRetryableStatus = (status: number) => [408, 425, 429].includes(status) || (status >= 500 && !PERMANENT_5XX.includes(status));

export class LoadError extends Error {
  constructor(
    readonly reason: LoadErrorReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }

  /** Whether trying again later may help. */
  get transient(): boolean {
    return ['network', 'timeout', 'aborted'].includes(this.reason) || isRetryableStatus(this.status ?? 0);
  }
}

export interface FetchJsonOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Whether to send the page's cookies: `same-origin` for the page's own case, `omit` for requests a case asks for. */
  credentials?: RequestCredentials;
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\s*(;|$)/i;

/**
 * Resolves with the parsed JSON body of `url`. Rejects with a `LoadError`, or with the signal's `AbortError` when the
 * caller aborted (which callers ignore: a newer request replaced this one).
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, credentials = 'same-origin' } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    if (signal?.aborted) throw signal.reason;
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials,
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw rethrow(await whyUnreachable(error, url, controller.signal), signal, timedOut, timeoutMs);
    }
    if (!response.ok) throw new LoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new LoadError('content-type', `expected a JSON content type, got "${type || 'none'}"`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    let body: string;
    try {
      body = await readText(response, maxBytes);
    } catch (error) {
      // The answer had begun: the connection broke part-way.
      throw rethrow(error instanceof LoadError ? error : new LoadError('aborted', 'the connection broke'), signal, timedOut, timeoutMs);
    }
    try {
      return JSON.parse(body) as unknown;
    } catch (error) {
      throw new LoadError('json', `not valid JSON: ${(error as Error).message}`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function tooLarge(maxBytes: number): LoadError {
  return new LoadError('too-large', `the answer is larger than ${maxBytes} bytes`);
}

function rethrow(error: unknown, signal: AbortSignal | undefined, timedOut: boolean, timeoutMs: number): unknown {
  if (signal?.aborted) return signal.reason;
  if (timedOut) return new LoadError('timeout', `no answer within ${timeoutMs / 1000} s`);
  if (error instanceof LoadError) return error;
  return new LoadError('network', `the request failed (${(error as Error)?.message || 'network error'})`);
}

/**
 * `fetch` rejects a cross-origin answer without CORS headers exactly as it rejects an unreachable server. A
 * `no-cors` request tells them apart: it succeeds (with an unreadable answer) only when the server answered.
 */
async function whyUnreachable(error: unknown, url: string, signal: AbortSignal): Promise<unknown> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal });
  } catch {
    return error;
  }
  return new LoadError('cors', 'the server does not allow this page to read the case (CORS)');
}

/** Reads the body as UTF-8, giving up as soon as it passes `maxBytes` (a missing or false Content-Length is common). */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel();
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
