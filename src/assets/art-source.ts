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
  const box = alphaBox(ctx.getImageData(0, 0, w, h).data, w, h, 40);
  if (!box) return FULL_BOUNDS;
  return { left: box.left / w, top: box.top / h, right: box.right / w, bottom: box.bottom / h };
}

/**
 * The pixel box (right and bottom exclusive) of the pixels whose alpha is over
 * `minAlpha`, in RGBA data `w` wide; null when there are none.
 */
export function alphaBox(data: Uint8Array | Uint8ClampedArray, w: number, h: number, minAlpha: number): { left: number; top: number; right: number; bottom: number } | null {
  let left = w;
  let right = -1;
  let top = h;
  let bottom = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0, i = y * w * 4 + 3; x < w; x++, i += 4) {
      if (data[i]! <= minAlpha) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? null : { left, top, right: right + 1, bottom: bottom + 1 };
}

let flatNames: Map<string, string> | null = null;
let flatFile: Buffer | null = null;
let flatParsed: Record<string, { body?: string }> | null = null;
const flatBodies = new Map<string, string | null>();

/**
 * The Fluent flat SVG body of an emoji asset (viewBox 0 0 32 32). The icon set
 * is one 9 MB JSON file; parsing it whole costs ~60 ms and ~20 MB of heap for
 * the few icons a video needs, so each icon's entry is found in the raw bytes
 * and parsed alone (the whole file is parsed only if an entry is not where
 * the file's layout puts it).
 */
function flatSvgBody(asset: string): string | null {
  if (!asset.startsWith(EMOJI_ASSET_PREFIX)) return null;
  const require = createRequire(import.meta.url);
  if (!flatNames) {
    const chars = require('@iconify-json/fluent-emoji-flat/chars.json') as Record<string, string>;
    flatNames = new Map(Object.entries(chars).map(([hex, name]) => [canonicalHexcode(hex), name]));
  }
  const name = flatNames.get(canonicalHexcode(asset.slice(EMOJI_ASSET_PREFIX.length)));
  if (!name) return null;
  let body = flatBodies.get(name);
  if (body === undefined) {
    flatFile ??= readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'));
    const entry = iconEntry(flatFile, name);
    if (entry) body = entry.body ?? null;
    else {
      flatParsed ??= (JSON.parse(flatFile.toString('utf8')) as { icons: Record<string, { body?: string }> }).icons;
      body = flatParsed[name]?.body ?? null;
    }
    flatBodies.set(name, body);
  }
  return body;
}

/**
 * An icon's entry in the set's JSON, read from the bytes: the key at the
 * icons' indentation, then the object up to its closing brace (the body is
 * one JSON string, so braces and escaped quotes inside it are skipped).
 * Null when the key is not found that way.
 */
export function iconEntry(file: Buffer, name: string): { body?: string } | null {
  const key = Buffer.from(`\n\t\t${JSON.stringify(name)}: {`);
  const at = file.indexOf(key);
  if (at < 0) return null;
  const start = at + key.length - 1;
  let inString = false;
  for (let i = start + 1; i < file.length; i++) {
    const c = file[i];
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7d) return JSON.parse(file.subarray(start, i + 1).toString('utf8')) as { body?: string };
  }
  return null;
}
