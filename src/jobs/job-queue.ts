import type { VideoRecord } from './video-record.ts';

/**
 * Where accepted jobs go to be rendered. Two implementations: the
 * in-process queue (SQLite is the queue, render threads in this process) and
 * the Redis queue (BullMQ; renders on `diorama worker` processes anywhere).
 * Either way the job store stays the record of truth the API reads.
 */
export interface JobQueue {
  /** One line for the start-up banner. */
  readonly description: string;
  /** Starts taking work, first recovering what a crash or restart left behind. */
  start(): Promise<void>;
  /** A job was just stored: schedule it. */
  submit(record: VideoRecord): Promise<void>;
  /** A job is being deleted: stop its render if one runs. */
  cancel(id: string): Promise<void>;
  /**
   * Stops taking work, lets running renders finish for up to `graceMs`, then
   * stops them and puts them back in the queue for the next start.
   */
  stop(graceMs: number): Promise<void>;
}
