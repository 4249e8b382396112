import type { Worker } from 'node:worker_threads';
import { CancelledError, InvalidRequestError } from '../util/errors.ts';
import { siblingModule, startModuleWorker } from '../util/module-worker.ts';
import type { JobSpec, RenderResult } from './job-spec.ts';
import type { ThreadError, ThreadReply, ThreadRequest } from './render-protocol.ts';

/** How long a thread may take to stop after an abort before it is terminated. */
const ABORT_GRACE_MS = 10_000;

/** What a caller of RenderPool.run passes besides the job. */
export interface PoolRunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface Task {
  readonly id: number;
  readonly request: Extract<ThreadRequest, { type: 'run' }>;
  readonly options: PoolRunOptions;
  resolve(result: RenderResult): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  abortTimer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

/** A thread idle this long is ended, giving its memory (a few hundred MB after 720p renders) back. */
const IDLE_THREAD_MS = 60_000;

/**
 * Worker threads that render jobs, one job per thread at a time. Threads
 * load the TypeScript sources through tsx (Node 20 does not pass module
 * hooks on to workers), start lazily and are replaced when one dies; a job
 * whose thread dies fails with an error instead of hanging.
 */
export class RenderPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextTaskId = 1;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly idleThreadMs = IDLE_THREAD_MS,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a render pool needs at least one thread (got ${size})`);
  }

  /** Threads alive now (busy or idle). */
  get threads(): number {
    return this.slots.size;
  }

  /** Jobs running now. */
  get busy(): number {
    return [...this.slots].filter((s) => s.task).length;
  }

  /** Renders a job on a free thread (waiting for one if all are busy). */
  run(jobId: string, spec: JobSpec, dataRoot: string, options: PoolRunOptions = {}): Promise<RenderResult> {
    if (this.closed) return Promise.reject(new Error('the render pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new CancelledError('cancelled before it started'));
    return new Promise((resolve, reject) => {
      const id = this.nextTaskId++;
      const task: Task = { id, request: { type: 'run', taskId: id, jobId, spec, dataRoot }, options, resolve, reject };
      options.signal?.addEventListener('abort', () => this.abort(task, options.signal?.reason), { once: true });
      this.waiting.push(task);
      this.dispatch();
    });
  }

  /** Terminates every thread; running jobs fail with a CancelledError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new CancelledError('the render pool closed'));
    await Promise.all(
      [...this.slots].map(async (slot) => {
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        slot.task?.reject(new CancelledError('the render pool closed'));
        slot.task = null;
        await slot.worker.terminate();
      }),
    );
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = [...this.slots].find((s) => !s.task);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      const task = this.waiting.shift()!;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.task = task;
      slot.worker.postMessage(task.request);
    }
  }

  private abort(task: Task, reason: unknown): void {
    const index = this.waiting.indexOf(task);
    if (index >= 0) {
      this.waiting.splice(index, 1);
      task.reject(new CancelledError('cancelled before it started'));
      return;
    }
    const slot = [...this.slots].find((s) => s.task === task);
    if (!slot) return;
    const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'cancelled';
    slot.worker.postMessage({ type: 'abort', taskId: task.id, reason: text } satisfies ThreadRequest);
    // A thread stuck in native code gets terminated; its replacement starts on demand.
    slot.abortTimer = setTimeout(() => {
      if (slot.task !== task) return;
      slot.task = null;
      this.slots.delete(slot);
      void slot.worker.terminate();
      task.reject(new CancelledError(text));
      this.dispatch();
    }, ABORT_GRACE_MS);
    slot.abortTimer.unref();
  }

  private spawn(): Slot {
    const worker = startModuleWorker(THREAD_ENTRY);
    const slot: Slot = { worker, task: null, abortTimer: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (reply: ThreadReply) => this.onReply(slot, reply));
    const onDeath = (error: Error): void => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      const task = slot.task;
      slot.task = null;
      task?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => onDeath(new Error(`render thread crashed: ${error.message}`)));
    worker.on('exit', (code) => onDeath(new Error(`render thread exited with code ${code}`)));
    return slot;
  }

  private onReply(slot: Slot, reply: ThreadReply): void {
    if (reply.type === 'ready') return;
    const task = slot.task;
    if (!task || task.id !== reply.taskId) return;
    if (reply.type === 'progress') {
      task.options.onProgress?.(reply.fraction);
      return;
    }
    if (slot.abortTimer) clearTimeout(slot.abortTimer);
    slot.abortTimer = null;
    slot.task = null;
    if (reply.type === 'done') task.resolve(reply.result);
    else task.reject(toError(reply.error));
    this.dispatch();
    if (!slot.task) this.retireWhenIdle(slot);
  }

  private retireWhenIdle(slot: Slot): void {
    slot.idleTimer = setTimeout(() => {
      if (slot.task || !this.slots.delete(slot)) return;
      void slot.worker.terminate();
    }, this.idleThreadMs);
    slot.idleTimer.unref();
  }
}

function toError(error: ThreadError): Error {
  if (error.name === 'CancelledError') return new CancelledError(error.message);
  if (error.name === 'InvalidRequestError') return new InvalidRequestError(error.message, error.param);
  return new Error(error.message);
}

const THREAD_ENTRY = siblingModule('render-thread', import.meta.url);
