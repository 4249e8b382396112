import type { ScenePlan } from '../plan/schema.ts';

/**
 * A way of turning a scene plan into frames. The scene engine simulates and
 * draws; a learned engine can sit beside it behind the same interface.
 */
export interface Engine {
  /** Short id used on the command line and in the API ("scene"). */
  readonly id: string;
  /** Prepares everything a render needs (art, backdrops, tracks). */
  open(plan: ScenePlan, options?: { signal?: AbortSignal }): Promise<FrameSource>;
}

/** Frames of one prepared plan. */
export interface FrameSource {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frameCount: number;
  /**
   * Opaque RGBA pixels of frame `index` (width × height × 4 bytes). Any index
   * may be asked for in any order; the same index always gives the same bytes.
   */
  renderFrame(index: number): Promise<Uint8Array> | Uint8Array;
  /** Per-frame annotations an engine can offer (boxes, captions), if any. */
  labels?(): unknown | Promise<unknown>;
  /** Frees what open() prepared. */
  close(): Promise<void> | void;
}
