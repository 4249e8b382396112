import type { Context } from 'hono';
import type { DataFolder } from '../jobs/data-folder.ts';
import { isVideoId } from '../jobs/data-folder.ts';
import type { JobLifecycle } from '../jobs/job-lifecycle.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { JobStore } from '../jobs/job-store.ts';
import type { VideoRecord } from '../jobs/video-record.ts';
import { videoNotFound } from './api-error.ts';
import type { KeyRing } from './api-keys.ts';
import type { JobSubmitter } from './job-submitter.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Everything the routes share. */
export interface AppContext {
  readonly store: JobStore;
  readonly data: DataFolder;
  readonly lifecycle: JobLifecycle;
  readonly queue: JobQueue;
  readonly submitter: JobSubmitter;
  readonly keys: KeyRing;
  /** Every API request of a key. */
  readonly requestLimiter: RateLimiter;
  /** Job-creating requests of a key (create, remix, extensions, edits). */
  readonly jobLimiter: RateLimiter;
  /** Fires when the server shuts down (ends event streams). */
  readonly shutdown: AbortSignal;
  /** Folder of the web studio's build, served at / when it exists. */
  readonly studioDir: string;
  /** Suggested polling interval while a job is unfinished. */
  readonly pollAfterMs: number;
  readonly log: (line: string) => void;
}

/** Hono's typing of this app: what middleware stores for the routes. */
export interface AppEnv {
  Variables: {
    owner: string;
    requestId: string;
  };
}

/** The video `id` of the calling key, or the 404 everyone else gets (malformed ids never reach the disk). */
export function ownedVideo(app: AppContext, c: Context<AppEnv>, id: string): VideoRecord {
  const record = isVideoId(id) ? app.store.getOwned(id, c.get('owner')) : null;
  if (!record) throw videoNotFound(id);
  return record;
}
