import { createCanvas, type Canvas } from '@napi-rs/canvas';

/**
 * Per-pixel filters for restyling static bitmaps once per shot (never per
 * frame). Each works on unpremultiplied RGBA in place, through a canvas's
 * ImageData; `filterCanvas` mixes the result with the original by strength.
 */

/** A filter over unpremultiplied RGBA; `scale` is the bitmap's size relative to full size (reaches shrink with it). */
export type PixelFilter = (data: Uint8ClampedArray, width: number, height: number, scale: number) => void;

/** How a filter is run over a canvas. */
export interface FilterOptions {
  /** How much of the filtered result replaces the original (0..1). */
  readonly strength: number;
  /**
   * Filter a copy this fraction of the size and scale it back over the
   * original: for soft looks (washes, brush patches, glows) a quarter of the
   * pixels look the same at a quarter of the cost. Only the colour comes from
   * the copy; the original's alpha (the shapes' edges) stays sharp.
   */
  readonly resolution?: number;
}

/**
 * The resolution a soft-looking filter needs for a bitmap: layers (which fill
 * the frame) and big close-up sprites at half size, small sprites at full.
 */
export function softResolution(kind: 'layer' | 'sprite' | 'foreground', canvas: Canvas): number {
  return kind !== 'sprite' || canvas.width > 512 ? 0.5 : 1;
}

/** Runs a filter over a canvas's pixels and writes them back, mixed with the original by strength. */
export function filterCanvas(canvas: Canvas, filter: PixelFilter, options: FilterOptions): void {
  const { width, height } = canvas;
  const ctx = canvas.getContext('2d');
  const resolution = options.resolution ?? 1;
  const small = resolution < 1 && width * resolution >= 32 && height * resolution >= 32;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (!small) {
    const image = ctx.getImageData(0, 0, width, height);
    const original = options.strength < 1 ? image.data.slice() : null;
    filter(image.data, width, height, 1);
    if (original) blendWith(image.data, original, options.strength);
    ctx.putImageData(image, 0, 0);
  } else {
    const copy = createCanvas(Math.round(width * resolution), Math.round(height * resolution));
    const cctx = copy.getContext('2d');
    cctx.imageSmoothingQuality = 'high';
    cctx.drawImage(canvas, 0, 0, copy.width, copy.height);
    const image = cctx.getImageData(0, 0, copy.width, copy.height);
    filter(image.data, copy.width, copy.height, copy.width / width);
    cctx.putImageData(image, 0, 0);
    ctx.globalCompositeOperation = 'source-atop';
    ctx.globalAlpha = options.strength;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(copy, 0, 0, width, height);
  }
  ctx.restore();
}

/** Luminance 0..255 of a pixel. */
export function luma(d: Uint8ClampedArray, i: number): number {
  return 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
}

/** Mixes processed pixels back towards a copy of the originals. */
export function blendWith(d: Uint8ClampedArray, original: Uint8ClampedArray, strength: number): void {
  if (strength >= 1) return;
  for (let i = 0; i < d.length; i += 4) {
    d[i] = original[i]! + (d[i]! - original[i]!) * strength;
    d[i + 1] = original[i + 1]! + (d[i + 1]! - original[i + 1]!) * strength;
    d[i + 2] = original[i + 2]! + (d[i + 2]! - original[i + 2]!) * strength;
  }
}

/** A separable box blur of the colour channels (radius in pixels), weighted by alpha so edges do not darken. */
export function boxBlur(d: Uint8ClampedArray, w: number, h: number, radius: number): Uint8ClampedArray {
  const r = Math.max(1, Math.round(radius));
  const stride = w * 4;
  // Integer sums (premultiplied colour fits easily) keep both passes plain adds.
  const tmp = new Int32Array(d.length);
  for (let y = 0; y < h; y++) {
    const row = y * stride;
    const last = row + stride - 4;
    let sr = 0;
    let sg = 0;
    let sb = 0;
    let sa = 0;
    for (let x = -r; x <= r; x++) {
      const i = row + (x < 0 ? 0 : x > w - 1 ? w - 1 : x) * 4;
      const a = d[i + 3]!;
      sr += d[i]! * a;
      sg += d[i + 1]! * a;
      sb += d[i + 2]! * a;
      sa += a;
    }
    for (let o = row; o <= last; o += 4) {
      tmp[o] = sr;
      tmp[o + 1] = sg;
      tmp[o + 2] = sb;
      tmp[o + 3] = sa;
      const add = Math.min(last, o + (r + 1) * 4);
      const sub = Math.max(row, o - r * 4);
      const aa = d[add + 3]!;
      const as = d[sub + 3]!;
      sr += d[add]! * aa - d[sub]! * as;
      sg += d[add + 1]! * aa - d[sub + 1]! * as;
      sb += d[add + 2]! * aa - d[sub + 2]! * as;
      sa += aa - as;
    }
  }
  // The vertical pass slides a row of column sums down the image: memory is read in order.
  const out = new Uint8ClampedArray(d.length);
  const area = (2 * r + 1) * (2 * r + 1);
  const sums = new Int32Array(stride);
  for (let y = -r; y <= r; y++) {
    const row = (y < 0 ? 0 : y > h - 1 ? h - 1 : y) * stride;
    for (let k = 0; k < stride; k++) sums[k] = sums[k]! + tmp[row + k]!;
  }
  for (let y = 0; y < h; y++) {
    const o = y * stride;
    for (let k = 0; k < stride; k += 4) {
      const sa = sums[k + 3]!;
      if (sa <= 0) continue;
      const inv = 1 / sa;
      out[o + k] = sums[k]! * inv;
      out[o + k + 1] = sums[k + 1]! * inv;
      out[o + k + 2] = sums[k + 2]! * inv;
      out[o + k + 3] = sa / area;
    }
    const add = Math.min(h - 1, y + r + 1) * stride;
    const sub = Math.max(0, y - r) * stride;
    for (let k = 0; k < stride; k++) sums[k] = sums[k]! + tmp[add + k]! - tmp[sub + k]!;
  }
  return out;
}

/** Edge strength 0..1 per pixel from a Sobel filter on luminance and alpha. */
export function edges(d: Uint8ClampedArray, w: number, h: number): Float32Array {
  const lum = new Float32Array(w * h);
  for (let p = 0, i = 0; p < w * h; p++, i += 4) {
    const a = d[i + 3]!;
    lum[p] = ((0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!) * a) / 255 + (255 - a) * 0.6;
  }
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1, p = y * w + 1; x < w - 1; x++, p++) {
      const nw = lum[p - w - 1]!;
      const ne = lum[p - w + 1]!;
      const sw = lum[p + w - 1]!;
      const se = lum[p + w + 1]!;
      const gx = ne + 2 * lum[p + 1]! + se - nw - 2 * lum[p - 1]! - sw;
      const gy = sw + 2 * lum[p + w]! + se - nw - 2 * lum[p - w]! - ne;
      const g = Math.sqrt(gx * gx + gy * gy) / 400;
      out[p] = g < 1 ? g : 1;
    }
  }
  return out;
}

/**
 * Kuwahara filter (the painterly one): each pixel takes the mean colour of
 * whichever of its four neighbouring (r+1)-squares varies least, so flat
 * brush areas form and edges stay. The squares' sums come from sliding
 * windows, a few rows at a time, so memory stays small for big bitmaps.
 */
export function kuwahara(d: Uint8ClampedArray, w: number, h: number, radius: number): void {
  const r = Math.max(1, Math.round(radius));
  const src = d.slice();
  // Square (gx, gy) covers pixels gx-r..gx × gy-r..gy (clipped); pixel (x, y)'s quadrants are the
  // squares ending at (x or x+r, y or y+r). Channels: red, green, blue, luma, luma².
  const GW = w + r;
  const across = new Float64Array(GW * 5);
  const down = new Float64Array(GW * 5);
  const rows = r + 1;
  const variance = new Float32Array(rows * GW);
  const mean = new Float32Array(rows * GW * 3);
  /** Adds (sign 1) or removes (sign -1) source row y's horizontal window sums to the running column sums. */
  const slide = (y: number, sign: number): void => {
    let sr = 0;
    let sg = 0;
    let sb = 0;
    let sl = 0;
    let sq = 0;
    const row = y * w * 4;
    for (let gx = 0; gx < GW; gx++) {
      if (gx < w) {
        const i = row + gx * 4;
        const l = luma(src, i);
        sr += src[i]!;
        sg += src[i + 1]!;
        sb += src[i + 2]!;
        sl += l;
        sq += l * l;
      }
      if (gx - r - 1 >= 0 && gx - r - 1 < w) {
        const i = row + (gx - r - 1) * 4;
        const l = luma(src, i);
        sr -= src[i]!;
        sg -= src[i + 1]!;
        sb -= src[i + 2]!;
        sl -= l;
        sq -= l * l;
      }
      const o = gx * 5;
      across[o] = sr;
      across[o + 1] = sg;
      across[o + 2] = sb;
      across[o + 3] = sl;
      across[o + 4] = sq;
    }
    for (let k = 0; k < GW * 5; k++) down[k] = down[k]! + sign * across[k]!;
  };
  for (let gy = 0; gy < h + r; gy++) {
    if (gy < h) slide(gy, 1);
    if (gy - r - 1 >= 0 && gy - r - 1 < h) slide(gy - r - 1, -1);
    const tall = Math.min(h, gy + 1) - Math.max(0, gy - r);
    const ring = (gy % rows) * GW;
    for (let gx = 0; gx < GW; gx++) {
      const n = (Math.min(w, gx + 1) - Math.max(0, gx - r)) * tall;
      const o = gx * 5;
      const m = down[o + 3]! / n;
      variance[ring + gx] = down[o + 4]! / n - m * m;
      mean[(ring + gx) * 3] = down[o]! / n;
      mean[(ring + gx) * 3 + 1] = down[o + 1]! / n;
      mean[(ring + gx) * 3 + 2] = down[o + 2]! / n;
    }
    const y = gy - r;
    if (y < 0) continue;
    const top = (y % rows) * GW;
    const bottom = ring;
    for (let x = 0; x < w; x++) {
      let best = top + x;
      const q1 = top + x + r;
      const q2 = bottom + x;
      const q3 = bottom + x + r;
      if (variance[q1]! < variance[best]!) best = q1;
      if (variance[q2]! < variance[best]!) best = q2;
      if (variance[q3]! < variance[best]!) best = q3;
      const i = (y * w + x) * 4;
      d[i] = mean[best * 3]!;
      d[i + 1] = mean[best * 3 + 1]!;
      d[i + 2] = mean[best * 3 + 2]!;
    }
  }
}

/** Reduces each channel to a few levels. */
export function posterize(d: Uint8ClampedArray, levels: number): void {
  const step = 255 / (levels - 1);
  const lut = new Uint8ClampedArray(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.round(Math.round(v / step) * step);
  for (let i = 0; i < d.length; i += 4) {
    d[i] = lut[d[i]!]!;
    d[i + 1] = lut[d[i + 1]!]!;
    d[i + 2] = lut[d[i + 2]!]!;
  }
}

/** Changes saturation (1 keeps it, 0 greys, >1 boosts) and contrast around mid grey. */
export function saturateContrast(d: Uint8ClampedArray, saturation: number, contrast: number, brightness = 0): void {
  for (let i = 0; i < d.length; i += 4) {
    const l = luma(d, i);
    for (let c = 0; c < 3; c++) {
      const v = l + (d[i + c]! - l) * saturation;
      d[i + c] = (v - 128) * contrast + 128 + brightness;
    }
  }
}
