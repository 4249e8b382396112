import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';

/**
 * A style is a pass over the picture in two parts: `prepare` restyles the
 * static ingredients once per shot (layers, sprites) where per-pixel work is
 * affordable, and `apply` runs over every finished frame with Skia blends and
 * small pre-rendered textures only, so a style costs a few milliseconds a
 * frame at 720p.
 */
export interface StylePass {
  readonly name: string;
  /** Sprites look better from flat vector art in this style (comic, pixel art). */
  readonly vectorArt?: boolean;
  /** Restyles a static bitmap in place, once. */
  prepare?(canvas: Canvas, kind: 'layer' | 'sprite' | 'foreground'): void;
  /** Runs over the finished frame (before titles). */
  apply?(ctx: SKRSContext2D, frame: number): void;
}

/** The natural look: no pass at all. */
export const NATURAL: StylePass = { name: 'natural' };
