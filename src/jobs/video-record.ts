import type { JobSpec } from './job-spec.ts';

/** The lifecycle of a job, exactly the API's `status` values. */
export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

/** How a job came about. Edits are remixes with another entry point; a storyboard is a create of several shots. */
export type VideoKind = 'create' | 'remix' | 'edit' | 'extend' | 'storyboard';

/** Why a job failed, as the API shows it. */
export interface VideoError {
  readonly code: string;
  readonly message: string;
}

/** One video job as stored: the API's fields plus what the runner needs. */
export interface VideoRecord {
  readonly id: string;
  /** The API key (hashed) the video belongs to; "local" when the server has no keys. */
  readonly owner: string;
  readonly kind: VideoKind;
  readonly model: string;
  readonly status: VideoStatus;
  /** 0–100. */
  readonly progress: number;
  readonly prompt: string;
  /** "WIDTHxHEIGHT". */
  readonly size: string;
  /** Seconds as the API shows them (a string; the stitched total for extensions). */
  readonly seconds: string;
  /** Unix seconds. */
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly completedAt: number | null;
  readonly expiresAt: number | null;
  readonly remixedFromVideoId: string | null;
  readonly error: VideoError | null;
  readonly spec: JobSpec;
  /** How many times a render of this job started (crash loops stop after a few). */
  readonly attempts: number;
  /** True once the sweeper removed the files of an expired video. */
  readonly assetsDeleted: boolean;
}

/** What a new job needs; the store fills the rest. */
export type NewVideo = Pick<
  VideoRecord,
  'id' | 'owner' | 'kind' | 'model' | 'prompt' | 'size' | 'seconds' | 'createdAt' | 'remixedFromVideoId' | 'spec'
>;

/** An image uploaded through the files endpoint, kept for `input_reference[file_id]`. */
export interface FileRecord {
  readonly id: string;
  readonly owner: string;
  readonly filename: string;
  readonly purpose: string;
  readonly bytes: number;
  readonly createdAt: number;
}

/** Unix seconds now. */
export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}
