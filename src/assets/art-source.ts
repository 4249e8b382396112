import { createCanvas, Image } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { drawnArtSvg, DRAWN_ASSET_PREFIX, DRAWN_PARTS } from './drawn-art.ts';
import { canonicalHexcode, EMOJI_ASSET_PREFIX, emojiArtPath } from './emoji-catalog.ts';

/**
 * The pixels behind an asset id. Emoji come as Fluent 3D WebPs (256×256) for
 * ordinary sizes and as Fluent flat SVGs when a close-up would blur the
 * bitmap; "drawn:" assets are SVGs made for Diorama. Decoding happens once per
 * render, never per frame. Decoding is synchronous (Skia decodes on
 * assignment), so the simulator can size actors without going async.
 */

/** Side of the Fluent 3D bitmaps, in pixels. */
export const RASTER_ART_SIZE = 256;

/** Visible part of an image: fractions of its width and height. */
export interface ArtBounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const FULL_BOUNDS: ArtBounds = { left: 0, top: 0, right: 1, bottom: 1 };
const boundsCache = new Map<string, ArtBounds>();

/** Decodes image bytes (WebP, PNG, JPEG or SVG) synchronously. */
export function decodeImage(bytes: Buffer): Image {
  const image = new Image();
  image.src = bytes;
  return image;
}

/** Decodes an asset's bitmap art (or its drawn SVG at a default size); null when the id is unknown. */
export function loadRasterArt(asset: string): Image | null {
  const file = emojiArtPath(asset);
  if (file) return decodeImage(readFileSync(file));
  const svg = drawnArtSvg(asset, RASTER_ART_SIZE);
  return svg ? decodeImage(Buffer.from(svg)) : null;
}

/** Whether an asset has vector art that stays sharp at any size. */
export function hasVectorArt(asset: string): boolean {
  return asset.startsWith(DRAWN_ASSET_PREFIX) ? drawnArtSvg(asset, 1) !== null : flatSvgBody(asset) !== null;
}

/** Rasterises an asset's vector art at a pixel size (square); null when it has none. */
export function loadVectorArt(asset: string, size: number): Image | null {
  const px = Math.max(1, Math.round(size));
  const drawn = drawnArtSvg(asset, px);
  if (drawn) return decodeImage(Buffer.from(drawn));
  const body = flatSvgBody(asset);
  if (!body) return null;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 32 32">${body}</svg>`;
  return decodeImage(Buffer.from(svg));
}

/**
 * The visible part of an asset's art (alpha above a threshold). Cached for
 * the process: the simulator sizes and places actors by it, the renderer
 * sets their feet on the ground with it.
 */
export function artBounds(asset: string): ArtBounds {
  let bounds = boundsCache.get(asset);
  if (!bounds) {
    const image = loadRasterArt(asset);
    bounds = withPartSweep(asset, image ? measureBounds(image) : FULL_BOUNDS);
    boundsCache.set(asset, bounds);
  }
  return bounds;
}

/** A turning part (windmill sails) reaches beyond the body's art: the circle it sweeps counts as visible. */
function withPartSweep(asset: string, body: ArtBounds): ArtBounds {
  const part = DRAWN_PARTS[asset];
  if (!part) return body;
  const r = part.size / 2;
  return {
    left: Math.min(body.left, part.hubX - r),
    top: Math.min(body.top, part.hubY - r),
    right: Math.max(body.right, part.hubX + r),
    bottom: body.bottom,
  };
}

/** The alpha bounds of an image. */
export function measureBounds(image: Image | { width: number; height: number }): ArtBounds {
  const w = Math.min(128, image.width);
  const h = Math.min(128, image.height);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image as Image, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  let left = w;
  let right = -1;
  let top = h;
  let bottom = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[(y * w + x) * 4 + 3]! > 40) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  if (right < 0) return FULL_BOUNDS;
  return { left: left / w, top: top / h, right: (right + 1) / w, bottom: (bottom + 1) / h };
}

let flatIcons: { chars: Map<string, string>; icons: Record<string, { body: string }> } | null = null;

/** The Fluent flat SVG body of an emoji asset (viewBox 0 0 32 32), loaded on first use (9 MB of JSON). */
function flatSvgBody(asset: string): string | null {
  if (!asset.startsWith(EMOJI_ASSET_PREFIX)) return null;
  if (!flatIcons) {
    const require = createRequire(import.meta.url);
    const chars = require('@iconify-json/fluent-emoji-flat/chars.json') as Record<string, string>;
    const set = require('@iconify-json/fluent-emoji-flat/icons.json') as { icons: Record<string, { body: string }> };
    flatIcons = { chars: new Map(Object.entries(chars).map(([hex, name]) => [canonicalHexcode(hex), name])), icons: set.icons };
  }
  const name = flatIcons.chars.get(canonicalHexcode(asset.slice(EMOJI_ASSET_PREFIX.length)));
  return name ? (flatIcons.icons[name]?.body ?? null) : null;
}
