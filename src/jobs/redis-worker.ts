import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { CancelledError, InvalidRequestError } from '../util/errors.ts';
import type { JobSpec, RenderResult } from './job-spec.ts';
import type { RenderPool } from './render-pool.ts';

/** The BullMQ queue every server and worker of one deployment shares. */
export const QUEUE_NAME = 'diorama-videos';
/** Pub/sub channel on which the server names jobs to stop (deleted while rendering). */
export const CANCEL_CHANNEL = `${QUEUE_NAME}:cancel`;

/** What a queued BullMQ job carries. */
export interface QueuedRender {
  readonly id: string;
  readonly spec: JobSpec;
}

/** Connection options BullMQ needs for a redis:// URL (workers block, so no per-request retry cap). */
export function redisConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidRequestError(`--queue must be a redis:// URL (got ${JSON.stringify(url)})`, 'queue');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new InvalidRequestError(`--queue must be a redis:// or rediss:// URL (got ${JSON.stringify(url)})`, 'queue');
  }
  return { url, maxRetriesPerRequest: null };
}

/**
 * Connects once to check Redis answers, so a wrong URL or a Redis that is
 * down fails at start-up with one clear line instead of endless retries.
 */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  redisConnection(url);
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let cause: Error | null = null;
  probe.on('error', (error: Error) => (cause ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = (cause ?? (error as Error)).message;
    throw new InvalidRequestError(`cannot reach Redis at ${new URL(url).host}: ${reason}`, 'queue');
  } finally {
    probe.disconnect();
  }
}

/** Logs a repeated error (Redis reconnecting) once per `everyMs`, not once per retry. */
export function throttledLog(prefix: string, everyMs = 30_000): (error: unknown) => void {
  const last = new Map<string, number>();
  return (error) => {
    const message = (error as Error)?.message ?? String(error);
    const now = Date.now();
    if (now - (last.get(message) ?? 0) < everyMs) return;
    last.set(message, now);
    console.error(`${prefix}: ${message}`);
  };
}

/** A running BullMQ worker. */
export interface RedisRenderWorker {
  /** Stops taking jobs; running renders get `graceMs` to finish, then go back to the queue. */
  close(graceMs: number): Promise<void>;
}

/**
 * Takes render jobs from Redis and runs them on the pool, writing files into
 * the shared data folder. Progress goes back through BullMQ (the server turns
 * it into the API's progress). A render stopped by shutdown goes back to the
 * wait list without using up an attempt; bad plans fail at once.
 */
export async function startRedisWorker(options: { url: string; dataRoot: string; pool: RenderPool }): Promise<RedisRenderWorker> {
  const { url, dataRoot, pool } = options;
  await checkRedis(url);
  const report = throttledLog('diorama worker');
  const cancelled = new Set<string>();
  let shuttingDown = false;

  const process = async (job: Job<QueuedRender, RenderResult>, token?: string, signal?: AbortSignal): Promise<RenderResult> => {
    const { id, spec } = job.data;
    let lastPercent = -1;
    try {
      return await pool.run(id, spec, dataRoot, {
        signal,
        onProgress: (fraction) => {
          const percent = Math.floor(fraction * 100);
          if (percent === lastPercent) return;
          lastPercent = percent;
          void job.updateProgress(percent).catch(() => undefined);
        },
      });
    } catch (error) {
      if (error instanceof CancelledError && cancelled.delete(id)) throw new UnrecoverableError('cancelled: the video was deleted');
      if (error instanceof CancelledError && shuttingDown && token) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (error instanceof InvalidRequestError) throw new UnrecoverableError(`invalid_plan: ${error.message}`);
      throw new Error(`render_failed: ${(error as Error).message}`);
    }
  };

  const worker = new Worker<QueuedRender, RenderResult>(QUEUE_NAME, process, {
    connection: redisConnection(url),
    concurrency: pool.size,
    // Renders run on threads, so the event loop stays free to renew locks; a dead worker's jobs return after 30 s.
    lockDuration: 30_000,
    stalledInterval: 30_000,
    maxStalledCount: 2,
  });
  worker.on('error', report);
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  subscriber.on('error', report);
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel: string, id: string) => {
    if (worker.cancelJob(id, 'the video was deleted')) cancelled.add(id);
  });
  await worker.waitUntilReady();

  return {
    async close(graceMs) {
      shuttingDown = true;
      const closing = worker.close();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([closing.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs)))]);
      clearTimeout(timer);
      if (timedOut) {
        worker.cancelAllJobs('the worker is shutting down');
        await closing;
      }
      subscriber.disconnect();
    },
  };
}
