import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// The ESM build of tsx's API: its CommonJS build cannot register hooks from inside a worker.
const TSX_API_URL = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

// Runs as a CommonJS script inside the worker: register tsx, then load the TypeScript entry.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then((api) => { (api.register ?? api.default.register)(); return import(workerData.entry); })
  .catch((error) => { setImmediate(() => { throw error; }); });
`;

/**
 * Starts a worker thread running a TypeScript module. Node 20 does not pass
 * the main thread's module hooks on to workers, so the worker registers tsx
 * itself before importing the entry. The entry reads its own data from
 * `workerData.data`.
 */
export function startTsWorker(entry: URL, data?: unknown): Worker {
  return new Worker(BOOTSTRAP, { eval: true, workerData: { tsx: TSX_API_URL, entry: entry.href, data } });
}
