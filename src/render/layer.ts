import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { projectZ, type CameraPose, type ScreenPoint } from '../simulate/projection.ts';
import { layerContent, type ContentRect } from './layer-content.ts';

/**
 * Static scenery is painted once per shot into bitmaps ("layers") as the
 * shot's reference camera sees it; each frame moves a layer with the affine
 * transform that the real camera pose implies for where the layer sits:
 * the sky at infinity only turns with the lens, an upright plane (mountains,
 * hills, a foreground of grass) shifts and scales by its distance, and the
 * ground plane shears, which is what makes parallax. Only a dolly bends the
 * ground non-linearly; it is then drawn in horizontal strips.
 */

/** Where a layer sits in the world. */
export type LayerAnchor = { readonly kind: 'sky' } | { readonly kind: 'plane'; readonly z: number } | { readonly kind: 'ground' };

/** A painted layer: its bitmap and how bitmap pixels map to the reference camera's screen. */
export interface Layer {
  readonly anchor: LayerAnchor;
  readonly canvas: Canvas;
  /** Reference-screen position of bitmap pixel (0, 0). */
  readonly originX: number;
  readonly originY: number;
  /** Bitmap pixels per reference-screen pixel. */
  readonly density: number;
}

/** A 2D affine map x' = a x + c y + e, y' = b x + d y + f (canvas setTransform order). */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** Reference-screen rectangle. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a painter draws with: a context in reference-screen pixels and the reference camera. */
export interface View {
  readonly ctx: SKRSContext2D;
  readonly width: number;
  readonly height: number;
  readonly ref: CameraPose;
  /** The reference-screen area the bitmap covers. */
  readonly area: Rect;
  /** Projects a world point at distance z to reference-screen pixels. */
  project(x: number, y: number, z: number, out?: ScreenPoint): ScreenPoint;
  /** World x seen at a reference-screen x, at distance z. */
  worldX(screenX: number, z: number): number;
  /** Reference-screen y of the horizon. */
  readonly horizon: number;
}

/** Creates a layer bitmap covering `area` at `density`, and the view painters draw it through. */
export function createLayer(anchor: LayerAnchor, area: Rect, density: number, ref: CameraPose, width: number, height: number): { layer: Layer; view: View } {
  const w = Math.max(1, Math.ceil((area.right - area.left) * density));
  const h = Math.max(1, Math.ceil((area.bottom - area.top) * density));
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(density, 0, 0, density, -area.left * density, -area.top * density);
  const layer: Layer = { anchor, canvas, originX: area.left, originY: area.top, density };
  const view: View = {
    ctx,
    width,
    height,
    ref,
    area,
    project: (x, y, z, out) => projectZ(x, y, z, ref, width, height, out),
    worldX: (sx, z) => ref.x + ((sx - width / 2) / (height * ref.zoom) + ref.pan) * (z - ref.z),
    horizon: height / 2 + height * ref.zoom * ref.tilt,
  };
  return { layer, view };
}

const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/**
 * The affine map from reference-screen to current-screen pixels for an anchor,
 * before roll; null for the ground under a dolly (use strips).
 */
export function anchorAffine(anchor: LayerAnchor, ref: CameraPose, cam: CameraPose, width: number, height: number): Affine | null {
  const W2 = width / 2;
  const H2 = height / 2;
  const H = height;
  if (anchor.kind === 'sky') {
    const s = cam.zoom / ref.zoom;
    return { a: s, b: 0, c: 0, d: s, e: W2 - s * W2 + H * cam.zoom * (ref.pan - cam.pan), f: H2 - s * H2 + H * cam.zoom * (cam.tilt - ref.tilt) };
  }
  if (anchor.kind === 'plane') {
    const dzR = anchor.z - ref.z;
    const dzC = Math.max(0.02, anchor.z - cam.z);
    const s = (cam.zoom * dzR) / (ref.zoom * dzC);
    const e = W2 - s * W2 + H * cam.zoom * ((ref.x - cam.x) / dzC + (ref.pan * dzR) / dzC - cam.pan);
    const f = H2 - s * H2 - H * cam.zoom * ((ref.y - cam.y) / dzC + (ref.tilt * dzR) / dzC - cam.tilt);
    return { a: s, b: 0, c: 0, d: s, e, f };
  }
  if (Math.abs(cam.z - ref.z) > 1e-6) return null;
  const a = cam.zoom / ref.zoom;
  const q = (cam.zoom * cam.y) / (ref.zoom * ref.y);
  const rowZero = H2 + H * ref.zoom * ref.tilt; // reference horizon row
  const c = (cam.zoom * (ref.x - cam.x)) / (ref.zoom * ref.y);
  return {
    a,
    b: 0,
    c,
    d: q,
    e: W2 - a * W2 + H * cam.zoom * (ref.pan - cam.pan) - c * rowZero,
    f: H2 + H * cam.zoom * cam.tilt - q * rowZero,
  };
}

/** Composes the camera's roll (about the frame centre) after a map. */
export function withRoll(m: Affine, roll: number, width: number, height: number): Affine {
  if (roll === 0) return m;
  const cos = Math.cos(roll);
  const sin = Math.sin(roll);
  const cx = width / 2;
  const cy = height / 2;
  // R(p) = c + rot(p - c)
  const a = cos * m.a - sin * m.b;
  const b = sin * m.a + cos * m.b;
  const c = cos * m.c - sin * m.d;
  const d = sin * m.c + cos * m.d;
  const e = cos * (m.e - cx) - sin * (m.f - cy) + cx;
  const f = sin * (m.e - cx) + cos * (m.f - cy) + cy;
  return { a, b, c, d, e, f };
}

/** Whether a map is the identity (a static camera): the layer can be blitted as is. */
export function isIdentity(m: Affine): boolean {
  return Math.abs(m.a - 1) < 1e-6 && Math.abs(m.d - 1) < 1e-6 && Math.abs(m.b) < 1e-6 && Math.abs(m.c) < 1e-6 && Math.abs(m.e) < 1e-3 && Math.abs(m.f) < 1e-3;
}

/** Draws a layer for a camera pose. */
export function drawLayer(ctx: SKRSContext2D, layer: Layer, ref: CameraPose, cam: CameraPose, width: number, height: number, alpha = 1): void {
  const map = anchorAffine(layer.anchor, ref, cam, width, height);
  ctx.save();
  ctx.globalAlpha = alpha;
  if (map) {
    const m = withRoll(map, cam.rotation, width, height);
    const k = 1 / layer.density;
    // Bitmap pixels to frame pixels, in the single precision Skia keeps its matrix in.
    const f = Math.fround;
    const t: Affine = { a: f(m.a * k), b: f(m.b * k), c: f(m.c * k), d: f(m.d * k), e: f(m.a * layer.originX + m.c * layer.originY + m.e), f: f(m.b * layer.originX + m.d * layer.originY + m.f) };
    ctx.setTransform(t.a, t.b, t.c, t.d, t.e, t.f);
    const { width: w, height: h } = layer.canvas;
    // A whole-pixel shift is a plain copy: cheap enough whole, and not worth a scan of the bitmap.
    const content = blitsExactly(t) ? null : layerContent(layer.canvas);
    if (!content) {
      ctx.drawImage(layer.canvas, 0, 0);
    } else if (content.bottom <= content.top) {
      // Nothing painted at all.
    } else if (content.rects && m.b === 0 && m.c === 0) {
      drawClippedToRects(ctx, layer.canvas, content.rects, content, t);
    } else if (content.top > 0 || content.bottom < h) {
      // A filtered (scaled or sub-pixel) draw costs Skia time for every pixel it covers, transparent or not.
      ctx.drawImage(layer.canvas, 0, content.top, w, content.bottom - content.top, 0, content.top, w, content.bottom - content.top);
    } else {
      ctx.drawImage(layer.canvas, 0, 0);
    }
  } else {
    drawGroundStrips(ctx, layer, ref, cam, width, height);
  }
  ctx.restore();
}

/**
 * Draws a bitmap through the context's (axis-aligned) transform, once per
 * content rectangle, each clipped to where that rectangle lands: Skia then
 * touches only those pixels. The clips are whole-pixel and share their edges
 * where rectangles touch, so every frame pixel is drawn at most once, and
 * each draw samples the same bitmap rows as one whole draw would (no seams).
 */
function drawClippedToRects(ctx: SKRSContext2D, canvas: Canvas, rects: readonly ContentRect[], rows: { top: number; bottom: number }, t: Affine): void {
  const scaleX = t.a;
  const scaleY = t.d;
  const deviceRow = (row: number): number => Math.round(scaleY * row + t.f);
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    // Where the paint runs on into a neighbour, the two share a rounded edge; at a free end, a pixel more.
    const top = rects[i - 1]?.bottom === r.top ? deviceRow(r.top) : Math.floor(scaleY * r.top + t.f) - 1;
    const bottom = rects[i + 1]?.top === r.bottom ? deviceRow(r.bottom) : Math.ceil(scaleY * r.bottom + t.f) + 1;
    const left = Math.floor(scaleX * r.left + t.e) - 1;
    const right = Math.ceil(scaleX * r.right + t.e) + 1;
    if (bottom <= top || right <= left) continue;
    ctx.save();
    ctx.resetTransform();
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.setTransform(t.a, t.b, t.c, t.d, t.e, t.f);
    ctx.drawImage(canvas, 0, rows.top, canvas.width, rows.bottom - rows.top, 0, rows.top, canvas.width, rows.bottom - rows.top);
    ctx.restore();
  }
}

/** Whether a bitmap-to-frame map moves pixels by whole pixels only (no filtering). */
function blitsExactly(t: Affine): boolean {
  return t.a === 1 && t.b === 0 && t.c === 0 && t.d === 1 && Number.isInteger(t.e) && Number.isInteger(t.f);
}

/** A dolly moves the camera through the ground plane's perspective: draw it in strips, each mapped exactly at its rows. */
function drawGroundStrips(ctx: SKRSContext2D, layer: Layer, ref: CameraPose, cam: CameraPose, width: number, height: number): void {
  const H = height;
  const rowZero = H / 2 + H * ref.zoom * ref.tilt;
  const top = Math.max(layer.originY, rowZero + 0.5);
  const bottom = layer.originY + layer.canvas.height / layer.density;
  if (bottom <= top) return;
  const strips = 20;
  // Rows near the horizon change little; spread strips evenly in 1/distance, which is linear in rows.
  for (let k = 0; k < strips; k++) {
    const r0 = top + ((bottom - top) * k) / strips;
    const r1 = top + ((bottom - top) * (k + 1)) / strips;
    const y0 = groundRowTo(r0, ref, cam, height);
    const y1 = groundRowTo(r1, ref, cam, height);
    const mid = (r0 + r1) / 2;
    const m = groundRowAffine(mid, ref, cam, width, height);
    if (!m || !y0 || !y1) continue;
    // Vertical: map [r0, r1] onto [y0, y1]; horizontal: the mid row's scale, shear and shift.
    const d = (y1.y - y0.y) / (r1 - r0);
    const f = y0.y - d * r0;
    const full = withRoll({ a: m.a, b: 0, c: m.c, d, e: m.e - m.c * mid + m.c * mid, f }, cam.rotation, width, height);
    const k2 = 1 / layer.density;
    ctx.save();
    ctx.setTransform(full.a * k2, full.b * k2, full.c * k2, full.d * k2, full.a * layer.originX + full.c * layer.originY + full.e, full.b * layer.originX + full.d * layer.originY + full.f);
    const sy = (r0 - layer.originY) * layer.density;
    const sh = Math.max(1, (r1 - r0) * layer.density + 1);
    ctx.drawImage(layer.canvas, 0, sy, layer.canvas.width, sh, 0, sy, layer.canvas.width, sh);
    ctx.restore();
  }
}

/** Where a reference ground row lands under the current camera. */
function groundRowTo(row: number, ref: CameraPose, cam: CameraPose, height: number): { y: number } | null {
  const H = height;
  const vR = ((row - H / 2) / (H * ref.zoom) - ref.tilt) / ref.y;
  if (vR <= 0) return null;
  const z = ref.z + 1 / vR;
  const dz = z - cam.z;
  if (dz <= 0.02) return { y: height * 4 };
  const vC = 1 / dz;
  return { y: H / 2 + H * cam.zoom * (cam.y * vC + cam.tilt) };
}

/** The horizontal part of the ground map at one reference row (scale, shear folded into the shift). */
function groundRowAffine(row: number, ref: CameraPose, cam: CameraPose, width: number, height: number): Affine | null {
  const H = height;
  const vR = ((row - H / 2) / (H * ref.zoom) - ref.tilt) / ref.y;
  if (vR <= 0) return null;
  const z = ref.z + 1 / vR;
  const dz = z - cam.z;
  if (dz <= 0.02) return null;
  const vC = 1 / dz;
  const a = (cam.zoom * vC) / (ref.zoom * vR);
  // x_C = W/2 + H fC [ (xR - xC) vC + ((xR' - W/2)/(H fR) + panR) vC / vR - panC ]
  const e = width / 2 - a * (width / 2) + H * cam.zoom * ((ref.x - cam.x) * vC + (ref.pan * vC) / vR - cam.pan);
  return { a, b: 0, c: 0, d: 1, e, f: 0 };
}

/**
 * The reference-screen point a current-screen point shows, for an anchor (exact,
 * dolly included); null above the horizon for the ground.
 */
export function screenToRef(anchor: LayerAnchor, sx: number, sy: number, ref: CameraPose, cam: CameraPose, width: number, height: number): { x: number; y: number } | null {
  const H = height;
  const u = (sx - width / 2) / (H * cam.zoom) + cam.pan;
  const v = -(sy - H / 2) / (H * cam.zoom) + cam.tilt;
  if (anchor.kind === 'sky') {
    return { x: width / 2 + H * ref.zoom * (u - ref.pan), y: H / 2 - H * ref.zoom * (v - ref.tilt) };
  }
  let X: number;
  let Y: number;
  let Z: number;
  if (anchor.kind === 'plane') {
    Z = anchor.z;
    const dz = Math.max(0.02, Z - cam.z);
    X = cam.x + u * dz;
    Y = cam.y + v * dz;
  } else {
    // Ground: (0 - cam.y) / dz = v  =>  dz = -cam.y / v
    if (v >= -1e-4) return null;
    const dz = -cam.y / v;
    Z = cam.z + dz;
    X = cam.x + u * dz;
    Y = 0;
  }
  const p = projectZ(X, Y, Z, ref, width, height);
  return { x: p.x, y: p.y };
}

/** The identity map (for callers composing their own). */
export function identity(): Affine {
  return { ...IDENTITY };
}
