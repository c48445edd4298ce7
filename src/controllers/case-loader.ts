/**
 * Loading the case, as a reactive controller: where it comes from (the `case` property, `src`, inline JSON), when
 * (at once, or near the viewport), and its validation. A `Task` runs each load: a newer run aborts the older one and
 * only the latest result counts. With both `src` and inline JSON (a page that embedded a copy of the case, as the
 * WordPress plug-in does), the copy shows at once and the case from `src` replaces it once it has loaded and passed.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { formatIssues, parseCase, type CaseIssue } from '../case/parse.js';
import { caseSchema, type UrgentActionCase } from '../case/schema.js';
import { UrgentActionErrorEvent, UrgentActionLoadEvent, type CaseErrorDetail } from '../events.js';
import { takeEarlyRequest } from '../load/early.js';
import { LoadError, fetchJson } from '../load/fetch-json.js';
import { safeUrl } from '../urls.js';

/** What the element tells its loader. */
export interface CaseSource extends ReactiveElement {
  case?: unknown;
  src?: string;
  loading: 'eager' | 'lazy';
  timeout: number;
}

/** A case, and the base its relative URLs resolve against: its own URL, else the page. */
export interface LoadedCase {
  case: UrgentActionCase;
  base: string;
  src?: string;
}

/** Why a case is not shown; `transient` when trying again may help. */
export class CaseFailure extends Error {
  constructor(
    readonly detail: CaseErrorDetail,
    readonly transient = false,
  ) {
    super(detail.message);
  }
}

export interface LoadTemplates<T> {
  pending: () => T;
  ready: (loaded: LoadedCase) => T;
  failed: (failure: CaseFailure) => T;
}

export class CaseLoader implements ReactiveController {
  private readonly task: Task<[], LoadedCase>;
  private announced?: LoadedCase;
  /** Whether the load under way needs no network: the case property or inline JSON. */
  private local = false;
  /** The case from `src`, fetched after its inline copy was shown; it replaces the copy. */
  private refreshed?: LoadedCase;
  private refreshing?: AbortController;
  /** Called before the task's first run, with the page still painting: warms up what the case will need. */
  private readonly prepare: () => void;

  constructor(
    private readonly host: CaseSource,
    prepare: () => void,
  ) {
    this.prepare = prepare;
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      task: (_, { signal }) => this.load(signal),
      onError: (error) => {
        if (!(error instanceof CaseFailure)) return;
        const lines = error.detail.issues ? `\n${formatIssues(error.detail.issues)}` : '';
        console.error(`<urgent-action>: ${error.detail.message}${lines}`);
        host.dispatchEvent(new UrgentActionErrorEvent(error.detail));
      },
    });
  }

  /** On the server (pre-rendering) there is no later update: the case property is taken at once. */
  private serverCase?: LoadedCase;

  /** The case being shown, once it has loaded and passed validation. */
  get loaded(): LoadedCase | undefined {
    if (isServer) return (this.serverCase ??= accept(this.host.case, this.host.src, this.host.src ?? 'https://invalid.invalid/'));
    return this.task.status === TaskStatus.COMPLETE ? (this.refreshed ?? this.task.value) : undefined;
  }

  /** Whether the last load failed (its message is on screen). */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** Loads the case again, from wherever it comes now. A load under way is given up. */
  reload(): void {
    if (!isServer) void this.task.run([]);
  }

  hostConnected(): void {
    // Reconnected after a removal gave up the load: start again. The given-up run may still count as pending (a move
    // disconnects and reconnects at once), so its status says nothing here.
    if (this.host.hasUpdated && !this.loaded) this.reload();
  }

  hostDisconnected(): void {
    this.refreshing?.abort();
    if (this.task.status === TaskStatus.PENDING) this.task.abort();
  }

  hostUpdated(): void {
    const loaded = this.loaded;
    if (loaded && loaded !== this.announced) {
      this.announced = loaded;
      this.host.dispatchEvent(new UrgentActionLoadEvent({ case: loaded.case, src: loaded.src }));
    }
  }

  render<T>(templates: LoadTemplates<T>): T {
    if (isServer) return templates.ready(this.loaded!);
    return this.task.render({
      initial: templates.pending,
      pending: templates.pending,
      complete: (loaded) => templates.ready(this.refreshed ?? loaded),
      error: (error) => templates.failed(error as CaseFailure),
    });
  }

  /**
   * Waits for a load that needs no network; resolves true when there was one. The element's `updateComplete` includes
   * it, so a case set as a property is on screen once the update that took it completes.
   */
  async localLoad(): Promise<boolean> {
    if (!this.local || this.task.status !== TaskStatus.PENDING) return false;
    await this.task.taskComplete.catch(() => undefined);
    return true;
  }

  private async load(signal: AbortSignal): Promise<LoadedCase | typeof initialState> {
    const host = this.host;
    this.refreshing?.abort();
    this.refreshed = undefined;
    this.local = host.case !== undefined || (host.src === undefined && document.readyState !== 'loading');
    try {
      if (host.case !== undefined) return accept(host.case, undefined);
      const inline = host.querySelector(':scope > script[type="application/json"]');
      if (host.src !== undefined) {
        const copy = inline && this.inlineCopy(inline, host.src);
        if (!copy) return await this.fetchCase(host.src, signal);
        this.local = true;
        this.refreshFrom(host.src);
        return copy;
      }
      if (!inline && document.readyState === 'loading') {
        // Upgraded while the parser had not reached our children yet.
        await untilAborted(signal, (done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
        return await this.load(signal);
      }
      if (!inline) {
        throw new CaseFailure({ reason: 'missing-source', message: 'give a src attribute, a case property or an inline JSON script' });
      }
      return accept(parseInline(inline), undefined);
    } catch (error) {
      // Given up for a newer load, or the element left the page: nothing to report.
      if (signal.aborted) return initialState;
      throw error;
    }
  }

  /** The inline copy of the case at `src`, its URLs resolving against `src`; undefined when it is not a valid case. */
  private inlineCopy(inline: Element, value: string): LoadedCase | undefined {
    const src = safeUrl(value, document.baseURI);
    try {
      return src ? accept(parseInline(inline), src) : undefined;
    } catch (error) {
      console.warn(`<urgent-action>: the inline copy of ${value} is left aside: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Fetches `src` behind the inline copy on screen; shows it once valid, and keeps the copy when it fails. */
  private refreshFrom(src: string): void {
    const controller = (this.refreshing = new AbortController());
    this.fetchCase(src, controller.signal).then(
      (fresh) => {
        if (controller.signal.aborted) return;
        this.refreshed = fresh;
        this.host.requestUpdate();
      },
      (error: Error) => {
        if (!controller.signal.aborted) console.warn(`<urgent-action>: showing the inline copy of the case; ${error.message}`);
      },
    );
  }

  private async fetchCase(value: string, signal: AbortSignal): Promise<LoadedCase> {
    const src = safeUrl(value, document.baseURI);
    if (!src) throw new CaseFailure({ reason: 'network', message: `src "${value}" is not an http(s) URL`, src: value });
    if (this.host.loading === 'lazy') await nearViewport(this.host, signal);
    // While the case is on its way, once the page has had a chance to paint: build the schema and pay the browser's
    // one-time Intl setup, so that neither delays the case when it arrives.
    setTimeout(() => {
      caseSchema();
      this.prepare();
    });
    let data: unknown;
    try {
      // The script-tag entry may have started this request before the element's code arrived.
      data = await (takeEarlyRequest(this.host, src, signal) ?? fetchJson(src, { signal, timeoutMs: this.host.timeout }));
    } catch (error) {
      if (signal.aborted) throw error;
      const failure = error instanceof LoadError ? error : new LoadError('network', String(error));
      const { reason, status } = failure;
      throw new CaseFailure({ reason, message: `could not load ${src}: ${failure.message}`, src, status }, failure.transient);
    }
    return accept(data, src);
  }
}

function parseInline(inline: Element): unknown {
  try {
    return JSON.parse(inline.textContent ?? '');
  } catch (error) {
    throw new CaseFailure({ reason: 'json', message: `the inline case is not valid JSON: ${(error as Error).message}` });
  }
}

function accept(data: unknown, src: string | undefined, base = src ?? document.baseURI): LoadedCase {
  const result = parseCase(data);
  if (!result.ok) throw new CaseFailure(invalidCaseDetail(result.issues, src));
  return { case: result.value, base, src };
}

function invalidCaseDetail(issues: CaseIssue[], src: string | undefined): CaseErrorDetail {
  const where = src ? `the case at ${src}` : 'the case';
  return { reason: 'invalid', message: `${where} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, issues, src };
}

/** Resolves once `listen` calls back; rejects when `signal` aborts first. */
function untilAborted(signal: AbortSignal, listen: (done: () => void) => (() => void) | void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = listen(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    });
    const abort = () => {
      stop?.();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** Resolves once `element` comes within about a screen of the viewport, so the case is usually there when the reader is. */
function nearViewport(element: Element, signal: AbortSignal): Promise<void> {
  return untilAborted(signal, (done) => {
    const watcher = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        watcher.disconnect();
        done();
      },
      { rootMargin: '100%' },
    );
    watcher.observe(element);
    return () => watcher.disconnect();
  });
}
