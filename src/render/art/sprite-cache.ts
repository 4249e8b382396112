import { createCanvas, type Canvas, type Image } from '@napi-rs/canvas';
import { decodeImage, hasVectorArt, loadRasterArt, loadVectorArt, RASTER_ART_SIZE } from '../../assets/art-source.ts';
import { drawnArtSvg, drawnStride } from '../../assets/drawn-art.ts';
import { LEGS_TOP, STRIDE_GAITS, STRIDE_POSES, strideIndex } from '../../assets/drawn-stride.ts';
import { css, mix, type Rgb } from '../color.ts';
import type { StylePass } from '../styles/style-pass.ts';
import { dominantHue, needsRecolor, recolor } from './recolor.ts';
import { releaseScratch } from '../frame-memory.ts';

/**
 * Sprites ready to draw: each asset is decoded once, recoloured (keeping its
 * shading), lit for the shot, restyled, and rasterised at the largest size the
 * shot shows it — from vector art when a close-up would blur the 256-pixel
 * bitmap — then halved into mip levels, so a frame only ever scales a sprite
 * down by less than two. Nothing is decoded or parsed per frame.
 */
export interface Sprite {
  /** Largest level's side in pixels; level k has side size / 2^k. */
  readonly size: number;
  readonly levels: readonly Canvas[];
  /** The art's leg poses through a stride, for drawn art whose legs move. */
  readonly strides?: StrideSprites;
}

/**
 * A sprite's leg poses: the nearest of STRIDE_POSES poses to a point of the
 * stride, in the same colour, light and style as the still sprite. A pose
 * only differs below LEGS_TOP, so it keeps just those rows: its levels are
 * strips of the square's lower part (`size` is still the square's side), to
 * be drawn under the still sprite's upper part (the pair cost one bitmap
 * draw's pixels). Each pose is rasterised on first use and kept.
 */
export interface StrideSprites {
  /** `gait` indexes STRIDE_GAITS; `cycle` is 0..1 through the stride. */
  at(gait: number, cycle: number): Sprite;
}

/** How a sprite was recoloured, so its poses match it exactly. */
interface Recolouring {
  readonly dominant: ReturnType<typeof dominantHue>;
  readonly needed: boolean;
}

/** Picks the mip level to draw at a pixel size: the smallest that is still at least as large. */
export function spriteLevel(sprite: Sprite, pixels: number): Canvas {
  let level = 0;
  let side = sprite.size;
  while (level + 1 < sprite.levels.length && side / 2 >= pixels) {
    side /= 2;
    level++;
  }
  return sprite.levels[level]!;
}

/** A sprite request: which art, in what colour and light, up to what size on screen. */
export interface SpriteRequest {
  readonly asset: string;
  readonly color: string | null;
  /** Light multiplying the art (the shot's ambient light, lifted for readability). */
  readonly light: Rgb;
  /** Largest side in pixels the shot draws it at. */
  readonly maxPixels: number;
  /**
   * Scenery keeps the 3D art however large it gets: next to 3D trees a flat
   * vector tree looks out of place, and scenery is never the subject.
   */
  readonly scenery?: boolean;
}

/** Largest sprite side rasterised, in pixels. */
export const MAX_SPRITE = 1024;

/**
 * Largest side of a leg pose, in pixels. A 1024-pixel sprite holds about
 * 19 MB (surface, snapshot and mips) and a stride has STRIDE_POSES of them;
 * past 512 a pose is drawn up to twice its size instead, a little soft, in
 * close-ups where the still art stays sharp.
 */
export const MAX_POSE_SPRITE = 512;

/** Builds and caches sprites for one render. */
export class SpriteCache {
  private readonly sprites = new Map<string, Sprite | null>();

  /**
   * `raster` holds decoded bitmaps shared between shots of one render;
   * `previous` is the cache of the shot before, whose sprites this one takes
   * over when a request is the same (the fox of the last shot, in the same
   * light, with its leg poses), until `letGoOfPrevious`.
   */
  constructor(
    private readonly style: StylePass,
    private readonly raster: Map<string, Image | null> = new Map(),
    private previous: SpriteCache | null = null,
  ) {}

  /** Stops taking over the previous shot's sprites, so the ones not taken can be freed. */
  letGoOfPrevious(): void {
    this.previous = null;
  }

  /** The sprite for a request (built on first use). */
  get(request: SpriteRequest): Sprite | null {
    const target = Math.min(MAX_SPRITE, Math.max(8, Math.ceil(request.maxPixels)));
    const vector = (this.style.vectorArt === true || (target > RASTER_ART_SIZE * 1.35 && request.scenery !== true)) && hasVectorArt(request.asset);
    // Quantise the size so nearby requests share a sprite.
    const side = vector ? Math.min(MAX_SPRITE, 2 ** Math.ceil(Math.log2(target))) : Math.min(RASTER_ART_SIZE, 2 ** Math.ceil(Math.log2(target)));
    const key = `${request.asset}|${request.color ?? ''}|${request.light.map((v) => Math.round(v)).join(',')}|${vector ? 'v' : 'r'}${side}`;
    if (!this.sprites.has(key) && this.previous?.sprites.has(key)) this.sprites.set(key, this.previous.sprites.get(key)!);
    if (!this.sprites.has(key)) {
      const image = vector ? loadVectorArt(request.asset, side) : this.source(request.asset);
      if (!image) this.sprites.set(key, null);
      else {
        const recolouring: { value?: Recolouring } = {};
        const sprite = this.build(request, side, image, recolouring);
        this.sprites.set(key, drawnStride(request.asset) ? { ...sprite, strides: this.strides(request, side, vector, recolouring.value) } : sprite);
      }
    }
    return this.sprites.get(key)!;
  }

  /** The leg poses of a drawn animal's sprite, rasterised like the still one when first drawn. */
  private strides(request: SpriteRequest, stillSide: number, vector: boolean, recolouring: Recolouring | undefined): StrideSprites {
    const poses: Sprite[] = [];
    const side = Math.min(stillSide, MAX_POSE_SPRITE);
    return {
      at: (gait, cycle) => {
        const slot = gait * STRIDE_POSES + strideIndex(cycle);
        let pose = poses[slot];
        if (!pose) {
          const stride = { gait: STRIDE_GAITS[gait] ?? 'walk', cycle: (slot % STRIDE_POSES) / STRIDE_POSES };
          const svg = drawnArtSvg(request.asset, vector ? side : RASTER_ART_SIZE, stride)!;
          const full = this.build(request, side, decodeImage(Buffer.from(svg)), { value: recolouring });
          pose = { size: side, levels: full.levels.map(legStrip) };
          poses[slot] = pose;
        }
        return pose;
      },
    };
  }

  private source(asset: string): Image | null {
    if (!this.raster.has(asset)) this.raster.set(asset, loadRasterArt(asset));
    return this.raster.get(asset)!;
  }

  /** Rasterises a sprite; `recolouring` holds how the art was recoloured, or is filled in with it. */
  private build(request: SpriteRequest, side: number, image: Image, recolouring: { value?: Recolouring | undefined } = {}): Sprite {
    const canvas = createCanvas(side, side);
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(image, 0, 0, side, side);
    if (request.color) {
      const data = ctx.getImageData(0, 0, side, side);
      recolouring.value ??= { dominant: dominantHue(data.data), needed: needsRecolor(data.data, request.color) };
      if (recolouring.value.needed) {
        recolor(data.data, request.color, recolouring.value.dominant);
        ctx.putImageData(data, 0, 0);
      }
    }
    const [r, g, b] = request.light;
    if (r < 254 || g < 254 || b < 254) {
      // Light the art: multiply by the light colour, then restore the art's own alpha.
      ctx.globalCompositeOperation = 'multiply';
      ctx.fillStyle = css(request.light);
      ctx.fillRect(0, 0, side, side);
      ctx.globalCompositeOperation = 'destination-in';
      ctx.drawImage(image, 0, 0, side, side);
      ctx.globalCompositeOperation = 'source-over';
    }
    if (this.style.prepare) {
      this.style.prepare(canvas, 'sprite');
      releaseScratch();
    }
    const levels: Canvas[] = [canvas];
    let current = canvas;
    while (current.width > 16) {
      const half = createCanvas(Math.max(1, current.width >> 1), Math.max(1, current.height >> 1));
      const hctx = half.getContext('2d');
      hctx.imageSmoothingQuality = 'high';
      hctx.drawImage(current, 0, 0, half.width, half.height);
      levels.push(half);
      current = half;
    }
    return { size: side, levels };
  }
}

/** The rows of a pose's level from LEGS_TOP down: all that differs from the still art. */
function legStrip(level: Canvas): Canvas {
  const top = Math.round(level.height * LEGS_TOP);
  const strip = createCanvas(level.width, level.height - top);
  strip.getContext('2d').drawImage(level, 0, top, level.width, strip.height, 0, 0, level.width, strip.height);
  return strip;
}

/** The light actors get: the shot's ambient light lifted towards white so subjects read at night. */
export function actorLight(ambient: Rgb): Rgb {
  return mix(ambient, [255, 255, 255], 0.35);
}
