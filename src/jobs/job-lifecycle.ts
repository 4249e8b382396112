import { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import { CancelledError, errorMessage, InvalidRequestError } from '../util/errors.ts';
import type { DataFolder } from './data-folder.ts';
import type { RenderResult } from './job-spec.ts';
import type { JobStore } from './job-store.ts';
import { unixNow, type VideoError, type VideoRecord } from './video-record.ts';

/** Events of the lifecycle: every change of a job, and its end. */
export interface LifecycleEvents {
  /** Any change a client could see (status or progress). */
  video: [record: VideoRecord];
  /** A job reached completed or failed. */
  finished: [record: VideoRecord];
  /** A job's record was removed. */
  deleted: [id: string];
}

/** Turns a render error into the API's `error` object. */
export function videoErrorOf(error: unknown): VideoError {
  if (error instanceof InvalidRequestError) return { code: 'invalid_plan', message: error.message };
  if (error instanceof CancelledError) return { code: 'cancelled', message: error.message };
  return { code: 'render_failed', message: errorMessage(error) };
}

/**
 * The one place job state changes after acceptance: both queues (in-process
 * and Redis) report here, this writes the store and tells listeners (the
 * server-sent events stream, webhooks). A job deleted while it rendered has
 * no record any more, so its files are removed when the render reports back.
 */
export class JobLifecycle extends EventEmitter<LifecycleEvents> {
  constructor(
    private readonly store: JobStore,
    private readonly data: DataFolder,
    /** Seconds a finished video's files are kept; null keeps them forever. */
    private readonly retentionSeconds: number | null,
  ) {
    super();
    // Every open event stream listens; there may be many.
    this.setMaxListeners(0);
  }

  /** A job was accepted. */
  accepted(record: VideoRecord): void {
    this.emit('video', record);
  }

  /** A render started (locally, or on a worker). */
  started(id: string, attempts?: number): void {
    if (attempts !== undefined) this.store.markStarted(id, unixNow(), attempts);
    this.notify(id);
  }

  /** Render progress, 0 to 1. Completion is reported separately, so this stays below 100. */
  progress(id: string, fraction: number): void {
    const before = this.store.get(id)?.progress;
    if (!this.store.setProgress(id, Math.min(99, fraction * 100))) return;
    const after = this.store.get(id);
    if (after && after.progress !== before) this.emit('video', after);
  }

  /** A render finished and its files are in place. */
  async completed(id: string, result: RenderResult): Promise<void> {
    const now = unixNow();
    const done = this.store.complete(id, {
      seconds: formatSeconds(result.seconds),
      completedAt: now,
      expiresAt: this.retentionSeconds === null ? null : now + this.retentionSeconds,
    });
    if (!done) {
      await this.discard(id);
      return;
    }
    // An extension's linked copy of its source is needed only until the job is recorded as done.
    await rm(this.data.videoFile(id, 'source.mp4'), { force: true });
    this.finish(id);
  }

  /** A render failed for good. */
  async failed(id: string, error: VideoError): Promise<void> {
    if (!this.store.fail(id, error, unixNow())) {
      await this.discard(id);
      return;
    }
    this.finish(id);
  }

  /** A running job went back to the queue (shutdown, lost worker). */
  requeued(id: string): void {
    if (this.store.requeue(id)) this.notify(id);
  }

  /** Removes a job's record and files (the API's delete). */
  async deleted(id: string): Promise<void> {
    this.store.delete(id);
    await this.discard(id);
    this.emit('deleted', id);
  }

  /** Removes files of a job whose record is gone. */
  private async discard(id: string): Promise<void> {
    if (!this.store.get(id)) await this.data.removeVideo(id);
  }

  private notify(id: string): void {
    const record = this.store.get(id);
    if (record) this.emit('video', record);
  }

  private finish(id: string): void {
    const record = this.store.get(id);
    if (!record) return;
    this.emit('video', record);
    this.emit('finished', record);
  }
}

/** Seconds as the API writes them: "4", or "2.5" for a fractional length. */
export function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? String(seconds) : String(Math.round(seconds * 1000) / 1000);
}
