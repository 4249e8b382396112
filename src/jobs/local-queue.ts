import { CancelledError } from '../util/errors.ts';
import type { DataFolder } from './data-folder.ts';
import type { JobQueue } from './job-queue.ts';
import { videoErrorOf, type JobLifecycle } from './job-lifecycle.ts';
import type { JobStore } from './job-store.ts';
import type { RenderPool } from './render-pool.ts';
import { unixNow, type VideoRecord } from './video-record.ts';

/** A render may start this many times; a job that keeps killing the process then fails. */
export const MAX_ATTEMPTS = 3;

interface Running {
  readonly controller: AbortController;
  done: Promise<void>;
  /** Why it was stopped, when it was. */
  stopReason: 'deleted' | 'shutdown' | null;
}

/**
 * The embedded queue: SQLite holds the queue (oldest queued job first) and
 * the render pool's threads in this process do the work. After a crash,
 * `start` re-queues what was running; nothing is lost because a job is only
 * marked completed after its files are in place.
 */
export class LocalQueue implements JobQueue {
  private readonly running = new Map<string, Running>();
  private stopping = false;

  constructor(
    private readonly store: JobStore,
    private readonly lifecycle: JobLifecycle,
    private readonly pool: RenderPool,
    private readonly data: DataFolder,
  ) {}

  get description(): string {
    return `in-process queue, ${this.pool.size} render thread${this.pool.size === 1 ? '' : 's'}`;
  }

  async start(): Promise<void> {
    const recovery = this.store.recoverInterrupted(MAX_ATTEMPTS, unixNow());
    for (const id of recovery.failed) {
      const record = this.store.get(id);
      if (record) this.lifecycle.emit('finished', record);
    }
    this.pump();
  }

  async submit(_record: VideoRecord): Promise<void> {
    this.pump();
  }

  async cancel(id: string): Promise<void> {
    const job = this.running.get(id);
    if (!job) return;
    job.stopReason = 'deleted';
    job.controller.abort(new CancelledError('the video was deleted'));
    await job.done;
  }

  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    const all = (): Promise<unknown> => Promise.all([...this.running.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all(), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const job of this.running.values()) {
      job.stopReason ??= 'shutdown';
      job.controller.abort(new CancelledError('the server is shutting down'));
    }
    await all();
  }

  /** Starts queued jobs while threads are free. */
  private pump(): void {
    while (!this.stopping && this.running.size < this.pool.size) {
      const job = this.store.claimNext(unixNow());
      if (!job) return;
      this.run(job);
    }
  }

  private run(job: VideoRecord): void {
    const controller = new AbortController();
    const entry: Running = { controller, done: Promise.resolve(), stopReason: null };
    this.lifecycle.started(job.id);
    entry.done = this.pool
      .run(job.id, job.spec, this.data.root, { signal: controller.signal, onProgress: (f) => this.lifecycle.progress(job.id, f) })
      .then(
        (result) => this.lifecycle.completed(job.id, result),
        async (error: unknown) => {
          if (error instanceof CancelledError && entry.stopReason === 'shutdown') this.lifecycle.requeued(job.id);
          else if (error instanceof CancelledError && entry.stopReason === 'deleted') await this.data.removeVideo(job.id);
          else await this.lifecycle.failed(job.id, videoErrorOf(error));
        },
      )
      .catch((error: unknown) => {
        // A failure to record the outcome (disk full, database closed) must not stop the queue.
        console.error(`diorama: could not record the outcome of ${job.id}: ${(error as Error).message}`);
      })
      .finally(() => {
        this.running.delete(job.id);
        this.pump();
      });
    this.running.set(job.id, entry);
  }
}
