import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';

/** Encodes opaque RGBA pixels as PNG, WebP or JPEG. */
export function encodeRgba(rgba: Uint8Array, width: number, height: number, format: 'png' | 'webp' | 'jpeg', quality = 85): Buffer {
  const canvas = canvasFromRgba(rgba, width, height);
  return format === 'png' ? canvas.encodeSync('png') : canvas.encodeSync(format, quality);
}

function canvasFromRgba(rgba: Uint8Array, width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const clamped = new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, width * height * 4);
  canvas.getContext('2d').putImageData(new ImageData(clamped, width, height), 0, 0);
  return canvas;
}

/** Which frames to keep for a thumbnail and a spritesheet, and how to lay them out. */
export interface PreviewPlan {
  readonly thumbnailFrame: number;
  readonly spriteFrames: readonly number[];
  readonly columns: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
}

/** Up to 25 evenly spaced frames in a grid of 256 px wide tiles; the thumbnail is the middle frame. */
export function planPreviews(frameCount: number, width: number, height: number, maxTiles = 25): PreviewPlan {
  const count = Math.max(1, Math.min(maxTiles, frameCount));
  const spriteFrames = Array.from({ length: count }, (_, i) => Math.round(((i + 0.5) * frameCount) / count - 0.5));
  const tileWidth = Math.min(256, width);
  return {
    thumbnailFrame: Math.floor((frameCount - 1) / 2),
    spriteFrames: [...new Set(spriteFrames)],
    columns: Math.ceil(Math.sqrt(count)),
    tileWidth,
    tileHeight: Math.max(1, Math.round((tileWidth * height) / width)),
  };
}

/**
 * Collects the frames previews need while the video renders, downscaled at
 * once so memory stays small, then writes a WebP thumbnail and a JPEG
 * spritesheet.
 */
export class PreviewCollector {
  readonly wanted: ReadonlySet<number>;
  private thumbnail: Buffer | null = null;
  private readonly sheet: Canvas;
  private readonly plan: PreviewPlan;

  constructor(
    frameCount: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.plan = planPreviews(frameCount, width, height);
    this.wanted = new Set([this.plan.thumbnailFrame, ...this.plan.spriteFrames]);
    const rows = Math.ceil(this.plan.spriteFrames.length / this.plan.columns);
    this.sheet = createCanvas(this.plan.columns * this.plan.tileWidth, rows * this.plan.tileHeight);
    const ctx = this.sheet.getContext('2d');
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, this.sheet.width, this.sheet.height);
  }

  /** Offers a rendered frame; keeps what the previews need. */
  offer(index: number, rgba: Uint8Array): void {
    if (!this.wanted.has(index)) return;
    const frame = canvasFromRgba(rgba, this.width, this.height);
    if (index === this.plan.thumbnailFrame) {
      const w = Math.min(this.width, 640);
      const h = Math.max(2, Math.round((w * this.height) / this.width));
      const small = createCanvas(w, h);
      small.getContext('2d').drawImage(frame, 0, 0, w, h);
      this.thumbnail = small.encodeSync('webp', 82);
    }
    const slot = this.plan.spriteFrames.indexOf(index);
    if (slot >= 0) {
      const { columns, tileWidth, tileHeight } = this.plan;
      const ctx = this.sheet.getContext('2d');
      ctx.drawImage(frame, (slot % columns) * tileWidth, Math.floor(slot / columns) * tileHeight, tileWidth, tileHeight);
    }
  }

  /** The thumbnail as WebP bytes (after its frame was offered). */
  thumbnailWebp(): Buffer {
    if (!this.thumbnail) throw new Error('thumbnail frame was never rendered');
    return this.thumbnail;
  }

  /** The spritesheet as JPEG bytes. */
  spritesheetJpeg(): Buffer {
    return this.sheet.encodeSync('jpeg', 85);
  }
}
