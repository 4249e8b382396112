import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataFolder } from '../jobs/data-folder.ts';
import { lockDataFolder } from '../jobs/data-lock.ts';
import { startSweeper } from '../jobs/expiry-sweeper.ts';
import { JobLifecycle } from '../jobs/job-lifecycle.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { JobStore } from '../jobs/job-store.ts';
import { LocalQueue } from '../jobs/local-queue.ts';
import { RedisQueue } from '../jobs/redis-queue.ts';
import { RenderPool } from '../jobs/render-pool.ts';
import { InvalidRequestError } from '../util/errors.ts';
import { createKeyRing, type KeyRing } from './api-keys.ts';
import { createApp } from './app.ts';
import { JobSubmitter } from './job-submitter.ts';
import { RateLimiter } from './rate-limiter.ts';
import { DEFAULT_STUDIO_DIR } from './studio-static.ts';
import { WebhookSender, type WebhookConfig } from './webhook-sender.ts';

/** How `diorama serve` runs. */
export interface ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** A redis:// URL for the BullMQ queue; null for the in-process queue. */
  queueUrl: string | null;
  /** Render threads in this process (0 only with a Redis queue: then workers elsewhere render). */
  workers: number;
  keys: KeyRing;
  /** Seconds finished videos are kept; null forever. */
  retentionSeconds: number | null;
  /** How long running renders may finish on shutdown before they are re-queued. */
  graceMs: number;
  /** How often expired videos' files are removed. */
  sweepIntervalMs: number;
  requestsPerMinute: number;
  jobsPerMinute: number;
  maxPendingPerKey: number;
  webhook: WebhookConfig | null;
  studioDir: string;
  pollAfterMs: number;
  log: (line: string) => void;
}

/** Defaults for everything but where to listen and store. */
export function defaultServerOptions(overrides: Partial<ServerOptions> = {}): ServerOptions {
  return {
    host: '127.0.0.1',
    port: 8080,
    dataDir: './data',
    queueUrl: null,
    workers: 1,
    keys: createKeyRing([]),
    retentionSeconds: 24 * 3600,
    graceMs: 20_000,
    sweepIntervalMs: 60_000,
    requestsPerMinute: 6000,
    jobsPerMinute: 120,
    maxPendingPerKey: 500,
    webhook: null,
    studioDir: DEFAULT_STUDIO_DIR,
    pollAfterMs: 1000,
    log: (line) => console.error(line),
    ...overrides,
  };
}

/** A listening server. */
export interface RunningServer {
  /** Base URL of the API, e.g. http://127.0.0.1:8080/v1. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** True when the server refused a public address because it has no keys. */
  readonly forcedLoopback: boolean;
  readonly queue: JobQueue;
  /** Stops taking work, lets renders finish or re-queues them, closes everything. */
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Opens the data folder, recovers jobs, starts the queue and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { log } = options;
  if (!options.queueUrl && options.workers < 1) throw new InvalidRequestError('--workers must be at least 1 without a --queue', 'workers');
  const forcedLoopback = options.keys.open && !LOOPBACK.has(options.host);
  const host = forcedLoopback ? '127.0.0.1' : options.host;

  const data = new DataFolder(options.dataDir);
  data.ensure();
  const unlock = lockDataFolder(data.root);
  const store = new JobStore(data.databasePath);
  const lifecycle = new JobLifecycle(store, data, options.retentionSeconds);
  const pool = options.workers > 0 ? new RenderPool(options.workers) : null;
  const queue: JobQueue = options.queueUrl
    ? new RedisQueue(options.queueUrl, store, lifecycle, pool, data.root)
    : new LocalQueue(store, lifecycle, pool!, data);
  const webhooks = options.webhook ? new WebhookSender(options.webhook, log) : null;
  lifecycle.on('finished', (record) => {
    webhooks?.send(record);
    log(`${record.id} ${record.status}${record.error ? ` (${record.error.code}: ${record.error.message})` : ''}`);
  });
  const shutdown = new AbortController();
  let draining = false;
  let url = '';

  const submitter = new JobSubmitter({ store, data, lifecycle, queue, maxPendingPerKey: options.maxPendingPerKey, isDraining: () => draining, log });
  const app = createApp(
    {
      store,
      data,
      lifecycle,
      queue,
      submitter,
      keys: options.keys,
      requestLimiter: new RateLimiter(options.requestsPerMinute),
      jobLimiter: new RateLimiter(options.jobsPerMinute),
      shutdown: shutdown.signal,
      studioDir: options.studioDir,
      pollAfterMs: options.pollAfterMs,
      log,
    },
    () => url,
  );

  let server: Server;
  try {
    await queue.start();
    server = await listen(app.fetch, host, options.port);
  } catch (error) {
    await queue.stop(0).catch(() => undefined);
    await pool?.close();
    store.close();
    unlock();
    throw error;
  }
  const sweeper = startSweeper(store, data, options.sweepIntervalMs);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${shownHost}:${address.port}/v1`;

  let stopping: Promise<void> | null = null;
  return {
    url,
    host: address.address,
    port: address.port,
    forcedLoopback,
    queue,
    stop() {
      stopping ??= (async () => {
        draining = true;
        sweeper.stop();
        // Renders finish (or go back to the queue) while status requests are still answered.
        await queue.stop(options.graceMs);
        shutdown.abort();
        webhooks?.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2000).unref();
        });
        await pool?.close();
        store.close();
        unlock();
      })();
      return stopping;
    },
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server as Server)) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new InvalidRequestError(`port ${port} on ${hostname} is already in use`, 'port'));
      else reject(error);
    });
  });
}
