import type { Canvas } from '@napi-rs/canvas';

/**
 * Per-pixel filters for restyling static bitmaps once per shot (never per
 * frame). Each works on unpremultiplied RGBA in place, through a canvas's
 * ImageData, and blends its result with the original by `strength`.
 */

/** Runs a filter over a canvas's pixels and writes them back. */
export function filterCanvas(canvas: Canvas, filter: (data: Uint8ClampedArray, width: number, height: number) => void): void {
  const ctx = canvas.getContext('2d');
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  filter(image.data, canvas.width, canvas.height);
  ctx.putImageData(image, 0, 0);
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
  const tmp = new Float32Array(w * h * 4);
  const out = new Uint8ClampedArray(d.length);
  for (let y = 0; y < h; y++) {
    let sr = 0;
    let sg = 0;
    let sb = 0;
    let sa = 0;
    for (let x = -r; x <= r; x++) {
      const i = (y * w + Math.min(w - 1, Math.max(0, x))) * 4;
      const a = d[i + 3]!;
      sr += d[i]! * a;
      sg += d[i + 1]! * a;
      sb += d[i + 2]! * a;
      sa += a;
    }
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4;
      tmp[o] = sr;
      tmp[o + 1] = sg;
      tmp[o + 2] = sb;
      tmp[o + 3] = sa;
      const add = (y * w + Math.min(w - 1, x + r + 1)) * 4;
      const sub = (y * w + Math.max(0, x - r)) * 4;
      sr += d[add]! * d[add + 3]! - d[sub]! * d[sub + 3]!;
      sg += d[add + 1]! * d[add + 3]! - d[sub + 1]! * d[sub + 3]!;
      sb += d[add + 2]! * d[add + 3]! - d[sub + 2]! * d[sub + 3]!;
      sa += d[add + 3]! - d[sub + 3]!;
    }
  }
  const n = 2 * r + 1;
  for (let x = 0; x < w; x++) {
    let sr = 0;
    let sg = 0;
    let sb = 0;
    let sa = 0;
    for (let y = -r; y <= r; y++) {
      const i = (Math.min(h - 1, Math.max(0, y)) * w + x) * 4;
      sr += tmp[i]!;
      sg += tmp[i + 1]!;
      sb += tmp[i + 2]!;
      sa += tmp[i + 3]!;
    }
    for (let y = 0; y < h; y++) {
      const o = (y * w + x) * 4;
      const k = sa > 0 ? 1 / sa : 0;
      out[o] = sr * k;
      out[o + 1] = sg * k;
      out[o + 2] = sb * k;
      out[o + 3] = sa / (n * n);
      const add = (Math.min(h - 1, y + r + 1) * w + x) * 4;
      const sub = (Math.max(0, y - r) * w + x) * 4;
      sr += tmp[add]! - tmp[sub]!;
      sg += tmp[add + 1]! - tmp[sub + 1]!;
      sb += tmp[add + 2]! - tmp[sub + 2]!;
      sa += tmp[add + 3]! - tmp[sub + 3]!;
    }
  }
  return out;
}

/** Edge strength 0..1 per pixel from a Sobel filter on luminance and alpha. */
export function edges(d: Uint8ClampedArray, w: number, h: number): Float32Array {
  const lum = new Float32Array(w * h);
  for (let p = 0; p < w * h; p++) lum[p] = (luma(d, p * 4) * d[p * 4 + 3]!) / 255 + (255 - d[p * 4 + 3]!) * 0.6;
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      const gx = lum[p - w + 1]! + 2 * lum[p + 1]! + lum[p + w + 1]! - lum[p - w - 1]! - 2 * lum[p - 1]! - lum[p + w - 1]!;
      const gy = lum[p + w - 1]! + 2 * lum[p + w]! + lum[p + w + 1]! - lum[p - w - 1]! - 2 * lum[p - w]! - lum[p - w + 1]!;
      out[p] = Math.min(1, Math.hypot(gx, gy) / 400);
    }
  }
  return out;
}

/**
 * Kuwahara filter (the painterly one): each pixel takes the mean colour of
 * whichever of its four neighbouring squares varies least, so flat brush
 * areas form and edges stay. Summed-area tables make it constant-time per pixel.
 */
export function kuwahara(d: Uint8ClampedArray, w: number, h: number, radius: number): void {
  const r = Math.max(1, Math.round(radius));
  const W = w + 1;
  const sums = [new Float64Array(W * (h + 1)), new Float64Array(W * (h + 1)), new Float64Array(W * (h + 1))];
  const sq = new Float64Array(W * (h + 1));
  for (let y = 0; y < h; y++) {
    let r0 = 0;
    let g0 = 0;
    let b0 = 0;
    let q0 = 0;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      r0 += d[i]!;
      g0 += d[i + 1]!;
      b0 += d[i + 2]!;
      const l = luma(d, i);
      q0 += l * l;
      const o = (y + 1) * W + x + 1;
      sums[0]![o] = sums[0]![o - W]! + r0;
      sums[1]![o] = sums[1]![o - W]! + g0;
      sums[2]![o] = sums[2]![o - W]! + b0;
      sq[o] = sq[o - W]! + q0;
    }
  }
  const lumSum = new Float64Array(W * (h + 1));
  for (let o = 0; o < lumSum.length; o++) lumSum[o] = 0.299 * sums[0]![o]! + 0.587 * sums[1]![o]! + 0.114 * sums[2]![o]!;
  const box = (t: Float64Array, x0: number, y0: number, x1: number, y1: number): number => t[y1 * W + x1]! - t[y0 * W + x1]! - t[y1 * W + x0]! + t[y0 * W + x0]!;
  const src = d.slice();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let best = Infinity;
      let br = 0;
      let bg = 0;
      let bb = 0;
      for (const [dx, dy] of [[-r, -r], [0, -r], [-r, 0], [0, 0]] as const) {
        const x0 = Math.max(0, x + dx);
        const y0 = Math.max(0, y + dy);
        const x1 = Math.min(w, x + dx + r + 1);
        const y1 = Math.min(h, y + dy + r + 1);
        const n = (x1 - x0) * (y1 - y0);
        if (n <= 0) continue;
        const mean = box(lumSum, x0, y0, x1, y1) / n;
        const variance = box(sq, x0, y0, x1, y1) / n - mean * mean;
        if (variance < best) {
          best = variance;
          br = box(sums[0]!, x0, y0, x1, y1) / n;
          bg = box(sums[1]!, x0, y0, x1, y1) / n;
          bb = box(sums[2]!, x0, y0, x1, y1) / n;
        }
      }
      const i = (y * w + x) * 4;
      d[i] = br;
      d[i + 1] = bg;
      d[i + 2] = bb;
      d[i + 3] = src[i + 3]!;
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
