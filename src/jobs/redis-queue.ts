import { Queue, QueueEvents, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobQueue } from './job-queue.ts';
import type { JobLifecycle } from './job-lifecycle.ts';
import type { RenderResult } from './job-spec.ts';
import type { JobStore } from './job-store.ts';
import { MAX_ATTEMPTS } from './local-queue.ts';
import type { RenderPool } from './render-pool.ts';
import {
  CANCEL_CHANNEL,
  checkRedis,
  QUEUE_NAME,
  redisConnection,
  startRedisWorker,
  throttledLog,
  type QueuedRender,
  type RedisRenderWorker,
} from './redis-worker.ts';
import type { VideoError, VideoRecord } from './video-record.ts';

/** How often the server checks Redis for outcomes it may have missed (events are not durable). */
const RECONCILE_MS = 15_000;

/**
 * The scale-out queue: jobs go to BullMQ on Redis and `diorama worker`
 * processes (on any machine that mounts the data folder) render them. This
 * server may render too, with its own pool. Outcomes come back as queue
 * events; because events can be missed while the server is down, every
 * unfinished job is also reconciled with Redis at start and every few seconds.
 */
export class RedisQueue implements JobQueue {
  // Created in start(), once Redis is known to answer (BullMQ would otherwise retry forever).
  private queue!: Queue<QueuedRender, RenderResult>;
  private events!: QueueEvents;
  private publisher!: Redis;
  private started = false;
  private worker: RedisRenderWorker | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly store: JobStore,
    private readonly lifecycle: JobLifecycle,
    /** Renders in this process too when given. */
    private readonly pool: RenderPool | null,
    private readonly dataRoot: string,
  ) {
    redisConnection(url);
  }

  get description(): string {
    const host = new URL(this.url).host;
    const local = this.pool ? `, ${this.pool.size} local render thread${this.pool.size === 1 ? '' : 's'}` : ', no local renders';
    return `BullMQ queue "${QUEUE_NAME}" on redis://${host}${local}`;
  }

  async start(): Promise<void> {
    await checkRedis(this.url);
    const connection = redisConnection(this.url);
    this.queue = new Queue(QUEUE_NAME, { connection });
    this.events = new QueueEvents(QUEUE_NAME, { connection });
    this.publisher = new Redis(this.url, { maxRetriesPerRequest: 3 });
    this.queue.on('error', report);
    this.events.on('error', report);
    this.publisher.on('error', report);
    this.started = true;
    await this.queue.waitUntilReady();
    this.events.on('active', ({ jobId }) => this.lifecycle.started(jobId, 1));
    this.events.on('progress', ({ jobId, data }) => {
      if (typeof data === 'number') this.lifecycle.progress(jobId, data / 100);
    });
    this.events.on('completed', ({ jobId, returnvalue }) => {
      void this.lifecycle.completed(jobId, parseResult(returnvalue)).catch(report);
    });
    this.events.on('failed', ({ jobId }) => void this.settleFailure(jobId).catch(report));
    this.events.on('waiting', ({ jobId, prev }) => {
      if (prev === 'active' || prev === 'stalled') this.lifecycle.requeued(jobId);
    });
    await this.events.waitUntilReady();
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile().catch(report), RECONCILE_MS);
    this.timer.unref();
    if (this.pool) this.worker = await startRedisWorker({ url: this.url, dataRoot: this.dataRoot, pool: this.pool });
  }

  async submit(record: VideoRecord): Promise<void> {
    await this.queue.add(
      'render',
      { id: record.id, spec: record.spec },
      { jobId: record.id, attempts: MAX_ATTEMPTS, backoff: { type: 'fixed', delay: 2000 }, removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } },
    );
  }

  async cancel(id: string): Promise<void> {
    const job = await this.queue.getJob(id);
    if (!job) return;
    const state = await job.getState();
    if (state === 'active') await this.publisher.publish(CANCEL_CHANNEL, id);
    else await job.remove().catch(() => undefined);
  }

  async stop(graceMs: number): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (!this.started) return;
    await this.worker?.close(graceMs);
    await this.events.close();
    await this.queue.close();
    this.publisher.disconnect();
  }

  /** Brings unfinished jobs in the store in line with what Redis knows. */
  private async reconcile(): Promise<void> {
    for (const record of this.store.unfinished()) {
      const job = await this.queue.getJob(record.id);
      if (!job) {
        // Accepted but never queued (a crash between the two), or lost with Redis: queue it again.
        await this.submit(record);
        continue;
      }
      const state = await job.getState();
      if (state === 'completed') await this.lifecycle.completed(record.id, parseResult(job.returnvalue));
      else if (state === 'failed') await this.lifecycle.failed(record.id, failureOf(job));
      else if (state === 'active') {
        if (record.status === 'queued') this.lifecycle.started(record.id, job.attemptsMade + 1);
        if (typeof job.progress === 'number') this.lifecycle.progress(record.id, job.progress / 100);
      } else if (record.status === 'in_progress') this.lifecycle.requeued(record.id);
    }
  }

  private async settleFailure(id: string): Promise<void> {
    const job = await this.queue.getJob(id);
    // A failed attempt with attempts left is retried: only the final failure counts.
    if (job && (await job.getState()) === 'failed') await this.lifecycle.failed(id, failureOf(job));
  }
}

function parseResult(value: unknown): RenderResult {
  return (typeof value === 'string' ? JSON.parse(value) : value) as RenderResult;
}

/** The worker encodes the error code in front of the message: "invalid_plan: …". */
function failureOf(job: Job): VideoError {
  const reason = job.failedReason ?? 'the render failed';
  const match = /^([a-z_]+): ([\s\S]*)$/.exec(reason);
  return match ? { code: match[1]!, message: match[2]! } : { code: 'render_failed', message: reason };
}

const report = throttledLog('diorama: queue');
