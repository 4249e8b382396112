import type { OutputFormat } from '../plan/vocabulary.ts';

/** What an encoder is opened with. */
export interface EncoderOptions {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** Total frames of the video (an image encoder keeps only one of them). */
  readonly frameCount: number;
  /** Where to write; the caller makes this a temporary path and renames it. */
  readonly path: string;
}

/**
 * Turns opaque RGBA frames into a file. Frames arrive in increasing index
 * order, only those in `frames` (all when undefined).
 */
export interface Encoder {
  readonly format: OutputFormat;
  /** The frame indices this encoder needs, or undefined for every frame. */
  readonly frames: readonly number[] | undefined;
  write(index: number, rgba: Uint8Array): Promise<void>;
  /** Flushes and closes the file. */
  finish(): Promise<void>;
  /** Stops without finishing; the caller deletes the file. */
  abort(): Promise<void>;
}

/** Opens an encoder for a format. */
export type EncoderFactory = (options: EncoderOptions) => Encoder;
