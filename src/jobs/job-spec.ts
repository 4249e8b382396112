import type { StyleName } from '../plan/vocabulary.ts';

/** Frame size, rate and length of a render. */
export interface RenderOutputSpec {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly seconds: number;
}

/**
 * What a job renders, stored as JSON with the job so that a restarted server
 * or a worker on another machine can redo it from scratch. Everything a job
 * reads is copied or linked into its own folder when it is accepted (source
 * plans inline, the reference image and an extension's source video as
 * files), so deleting the source later cannot break it.
 */
export type JobSpec = CreateSpec | RemixSpec | ExtendSpec | StoryboardSpec;

/** A new video from a prompt. */
export interface CreateSpec {
  readonly kind: 'create';
  readonly prompt: string;
  readonly output: RenderOutputSpec;
  readonly seed: number | null;
  readonly style: StyleName | null;
  /** True when `reference.png` in the job folder is the background plate. */
  readonly reference: boolean;
}

/** A new video of several shots, each planned from its own prompt and joined in order (a Diorama extension). */
export interface StoryboardSpec {
  readonly kind: 'storyboard';
  /** The storyboard as a whole: the video's prompt. */
  readonly prompt: string;
  readonly shots: readonly { readonly prompt: string; readonly seconds: number }[];
  /** `seconds` is the sum of the shots'. */
  readonly output: RenderOutputSpec;
  readonly seed: number | null;
  readonly style: StyleName | null;
  readonly reference: boolean;
}

/** A new prompt applied to a finished video's plan and seed (remix and edits). */
export interface RemixSpec {
  readonly kind: 'remix';
  readonly prompt: string;
  /** The source video's whole plan, its reference removed (see `reference`). */
  readonly sourcePlan: unknown;
  readonly reference: boolean;
}

/** More seconds continuing a finished video, stitched onto it. */
export interface ExtendSpec {
  readonly kind: 'extend';
  readonly prompt: string;
  /** Length of the new segment. */
  readonly seconds: number;
  /** The source's whole plan (all its segments as shots). */
  readonly sourcePlan: unknown;
  /** The plan of the source's last rendered segment: where the motion continues from. */
  readonly sourceSegmentPlan: unknown;
  readonly reference: boolean;
}

/** File names inside a job folder that are inputs and survive a rerun. */
export const JOB_INPUT_FILES = ['reference.png', 'source.mp4'] as const;

/** What a finished render reports back. */
export interface RenderResult {
  /** Length of the finished video (the stitched total for extensions). */
  readonly seconds: number;
  readonly width: number;
  readonly height: number;
  readonly frames: number;
  readonly bytes: number;
}
