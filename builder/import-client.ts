/**
 * Runs imports in the import worker with a time limit. A new request while one runs stops the old one (its answer
 * would be stale), and an import over the limit is stopped: the next request starts a fresh worker.
 */
import type { DocumentFile } from '../importer/index.js';
import type { BuiltCase } from './case-input.js';
import type { ImportReply, ImportRequest } from './import-worker.js';

/** Far more than any real document needs: only an input the importer was never meant for comes near it. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

// Beside this script; a name, not a literal, so the bundler leaves it to the browser.
const WORKER_FILE = 'builder-worker.js';

let worker: Worker | undefined;
let running: { id: number; settle: (built: BuiltCase | undefined) => void } | undefined;
let lastId = 0;

const refused = (warning: string): BuiltCase => ({ data: undefined, warnings: [warning], valid: false });

function stop() {
  worker?.terminate();
  worker = undefined;
}

/** Imports `input` (pasted text or JSON, or files) in the worker; undefined when a newer import replaced it. Never rejects. */
export function runImport(input: string | DocumentFile[], timeLimitMs = DEFAULT_TIME_LIMIT_MS): Promise<BuiltCase | undefined> {
  if (running) {
    stop();
    running.settle(undefined);
  }
  const id = ++lastId;
  if (!worker) {
    worker = new Worker(new URL(WORKER_FILE, import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      if (running?.id === event.data.id) running.settle(event.data.built);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      running?.settle(refused(`The importer could not run: ${event.message || 'its script did not load'}.`));
      stop();
    });
  }
  return new Promise<BuiltCase | undefined>((resolve) => {
    const timer = setTimeout(() => {
      stop();
      settle(
        refused(
          `The import took longer than ${timeLimitMs / 1000} seconds and was stopped, so that this page stays usable. ` +
            'Is this an Urgent Action document? Try its text alone, or a smaller file.',
        ),
      );
    }, timeLimitMs);
    const settle = (built: BuiltCase | undefined) => {
      clearTimeout(timer);
      if (running?.id === id) running = undefined;
      resolve(built);
    };
    running = { id, settle };
    const request: ImportRequest = typeof input === 'string' ? { id, text: input } : { id, files: input };
    worker!.postMessage(request, typeof input === 'string' ? [] : input.map((file) => file.bytes.buffer as ArrayBuffer));
  });
}
