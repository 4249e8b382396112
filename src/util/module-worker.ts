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
 * Starts a worker thread running one of our modules: compiled JavaScript (the
 * dist/ build) directly, TypeScript sources through tsx. Node 20 does not
 * pass the main thread's module hooks on to workers, so for a `.ts` entry
 * the worker registers tsx itself before importing it. The entry reads its
 * own data from `workerData.data`.
 */
export function startModuleWorker(entry: URL, data?: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: { data } });
  return new Worker(BOOTSTRAP, { eval: true, workerData: { tsx: TSX_API_URL, entry: entry.href, data } });
}

/** A module beside `base` by its name without extension, in the same language as `base` (`.ts` sources or compiled `.js`). */
export function siblingModule(name: string, base: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
