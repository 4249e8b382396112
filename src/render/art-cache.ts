import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { emojiArtPath } from '../assets/emoji-catalog.ts';

/**
 * Decoded actor art, loaded once per asset and tinted once per colour. Frames
 * only ever draw these prepared bitmaps: no decoding on the hot path.
 */
export class ArtCache {
  private readonly images = new Map<string, Promise<Image | null>>();
  private readonly tinted = new Map<string, Canvas | Image | null>();

  /** Loads every asset a render will need, before the first frame. */
  async preload(requests: readonly { asset: string; color: string | null }[]): Promise<void> {
    await Promise.all(
      requests.map(async ({ asset, color }) => {
        const key = `${asset}|${color ?? ''}`;
        if (this.tinted.has(key)) return;
        const image = await this.load(asset);
        this.tinted.set(key, image && color ? tint(image, color) : image);
      }),
    );
  }

  /** The prepared bitmap for an asset and colour, or null when the art is missing. */
  get(asset: string, color: string | null): Canvas | Image | null {
    return this.tinted.get(`${asset}|${color ?? ''}`) ?? null;
  }

  private load(asset: string): Promise<Image | null> {
    let pending = this.images.get(asset);
    if (!pending) {
      const file = emojiArtPath(asset);
      pending = file ? loadImage(readFileSync(file)) : Promise.resolve(null);
      this.images.set(asset, pending);
    }
    return pending;
  }
}

/**
 * Recolours art while keeping its shading: the "color" blend takes hue and
 * saturation from the colour and lightness from the art; the art's alpha is
 * then restored. Very dark and very light colours also shift lightness.
 */
function tint(image: Image, color: string): Canvas {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  ctx.globalCompositeOperation = 'color';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, image.width, image.height);
  const lightness = relativeLightness(color);
  if (lightness < 0.25 || lightness > 0.85) {
    ctx.globalCompositeOperation = lightness < 0.25 ? 'multiply' : 'screen';
    ctx.globalAlpha = 0.6;
    ctx.fillRect(0, 0, image.width, image.height);
    ctx.globalAlpha = 1;
  }
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(image, 0, 0);
  return canvas;
}

function relativeLightness(color: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return 0.5;
  const n = Number.parseInt(m[1]!, 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
