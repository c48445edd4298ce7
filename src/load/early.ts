/**
 * Case requests started by the script-tag entry before the element's code has arrived, handed to each element's
 * loader when it upgrades. Kept on the element under a `Symbol.for` key rather than in module state, so that a second
 * instance of the entry (the page loaded it as `urgent-action.js?ver=2`, the chunks import it without the query)
 * still finds them.
 */
import { safeUrl } from '../urls.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from './fetch-json.js';

interface EarlyRequest {
  src: string;
  body: Promise<unknown>;
  abort(): void;
}

const EARLY = Symbol.for('urgent-action.early-request');
type WithEarlyRequest = Element & { [EARLY]?: EarlyRequest; timeout?: unknown; case?: unknown };

/**
 * Starts the request of every `<urgent-action src>` in `root` that will fetch at once: not `loading="lazy"`, and
 * not given a case object before the element's code came. Same rules as the loader's own request (`fetchJson`).
 */
export function requestCasesEarly(root: ParentNode, base: string): void {
  for (const element of root.querySelectorAll<WithEarlyRequest>('urgent-action[src]')) {
    if (element.getAttribute('loading') === 'lazy' || element.case !== undefined || element[EARLY]) continue;
    const src = safeUrl(element.getAttribute('src')!, base);
    if (!src) continue;
    const controller = new AbortController();
    const timeoutMs = typeof element.timeout === 'number' ? element.timeout : DEFAULT_TIMEOUT_MS;
    const body = fetchJson(src, { signal: controller.signal, timeoutMs });
    // Handled by the loader that takes it; an element that never upgrades must not log an unhandled rejection.
    body.catch(() => undefined);
    element[EARLY] = { src, body, abort: () => controller.abort() };
  }
}

/**
 * The body of the request started early for `element`, if it was for `src`; given once (a reload fetches again).
 * Aborting `signal` aborts it. A request for another `src` is given up.
 */
export function takeEarlyRequest(element: Element, src: string, signal: AbortSignal): Promise<unknown> | undefined {
  const early = (element as WithEarlyRequest)[EARLY];
  if (!early) return undefined;
  delete (element as WithEarlyRequest)[EARLY];
  if (early.src !== src) {
    early.abort();
    return undefined;
  }
  signal.addEventListener('abort', early.abort, { once: true });
  return early.body;
}
