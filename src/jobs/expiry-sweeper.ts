import type { DataFolder } from './data-folder.ts';
import type { JobStore } from './job-store.ts';
import { unixNow } from './video-record.ts';

/** A running sweeper. */
export interface Sweeper {
  /** Runs one sweep now; resolves with the ids whose files were removed. */
  sweep(): Promise<string[]>;
  stop(): void;
}

/**
 * Honours `expires_at`: removes the files of finished videos whose time is
 * up. The record stays (status "completed", the API still lists it), but its
 * content is gone and downloads say so.
 */
export function startSweeper(store: JobStore, data: DataFolder, intervalMs = 60_000): Sweeper {
  let running: Promise<string[]> | null = null;
  const sweep = (): Promise<string[]> => {
    running ??= (async () => {
      const removed: string[] = [];
      for (const record of store.expired(unixNow())) {
        await data.removeVideo(record.id);
        store.markAssetsDeleted(record.id);
        removed.push(record.id);
      }
      return removed;
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    void sweep().catch((error: unknown) => console.error(`diorama: expiry sweep failed: ${(error as Error).message}`));
  }, intervalMs);
  timer.unref();
  void sweep().catch(() => undefined);
  return { sweep, stop: () => clearInterval(timer) };
}
