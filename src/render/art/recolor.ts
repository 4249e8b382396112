import { fromHsl, hex, toHsl, type Rgb } from '../color.ts';

/**
 * Recolours art to a named colour while keeping its shading: the art's main
 * colour family (the hue that covers most of it) moves to the target hue,
 * saturation and lightness keep their relative variation, and details of
 * other hues — eyes, beaks, outlines — stay as drawn. Works in place on RGBA
 * pixels (unpremultiplied), once per asset and colour. `dominant` is the main
 * colour family, measured on these pixels unless given (the leg poses of a
 * walking animal take their still art's, so no pose shifts colour).
 */
export function recolor(pixels: Uint8ClampedArray | Uint8Array, color: string, dominant = dominantHue(pixels)): void {
  const target = parseColor(color);
  if (!target) return;
  const [th, ts, tl] = toHsl(target);
  if (dominant === null) return;
  const { hue, saturation, lightness } = dominant;
  const grey = ts < 0.12;
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3]!;
    if (a < 8) continue;
    const [h, s, l] = toHsl([pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]);
    // Weight: how much this pixel belongs to the main colour family.
    const dh = hueDistance(h, hue);
    // The shading of the main colour may run through neighbouring hues (a pink bird's shadows are magenta): all of it moves.
    const inSpan = dominant.span !== undefined && hueOffset(h, hue) >= -dominant.span[0] && hueOffset(h, hue) <= dominant.span[1];
    const family = s < 0.12 ? (saturation < 0.15 ? 1 - Math.abs(l - lightness) * 1.5 : 0) : inSpan ? 1 : Math.max(0, 1 - dh / 50);
    if (family <= 0.01) continue;
    const nl = clamp01(tl + (l - lightness) * (grey ? 0.8 : 0.9));
    const ns = grey ? ts : clamp01(ts * (saturation > 0.05 ? s / saturation : 1));
    const [r, g, b] = fromHsl(th, ns, nl);
    const k = Math.min(1, family);
    pixels[i] = pixels[i]! + (r - pixels[i]!) * k;
    pixels[i + 1] = pixels[i + 1]! + (g - pixels[i + 1]!) * k;
    pixels[i + 2] = pixels[i + 2]! + (b - pixels[i + 2]!) * k;
  }
}

/** Whether recolouring would change the art noticeably (a red fox is already red enough). */
export function needsRecolor(pixels: Uint8ClampedArray | Uint8Array, color: string): boolean {
  const target = parseColor(color);
  const dominant = dominantHue(pixels);
  if (!target || !dominant) return false;
  const [th, ts, tl] = toHsl(target);
  if (ts < 0.12 || dominant.saturation < 0.12) return Math.abs(tl - dominant.lightness) > 0.15 || (ts < 0.12) !== (dominant.saturation < 0.12);
  // Within about 40 degrees the art already is that colour (a red fox is orange-red): keep it as drawn.
  return hueDistance(th, dominant.hue) > 40 || Math.abs(tl - dominant.lightness) > 0.3;
}

/** The hue covering most of the art (by saturation-weighted area), with its typical saturation and lightness. */
export function dominantHue(pixels: Uint8ClampedArray | Uint8Array): { hue: number; saturation: number; lightness: number; span?: readonly [below: number, above: number] } | null {
  const bins = new Float64Array(36);
  const sat = new Float64Array(36);
  const lig = new Float64Array(36);
  let greyWeight = 0;
  let greyL = 0;
  for (let i = 0; i < pixels.length; i += 16) {
    const a = pixels[i + 3]!;
    if (a < 128) continue;
    const [h, s, l] = toHsl([pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]);
    if (s < 0.12 || l < 0.08 || l > 0.95) {
      greyWeight += 1;
      greyL += l;
      continue;
    }
    const bin = Math.floor(h / 10) % 36;
    const w = s;
    bins[bin] = bins[bin]! + w;
    sat[bin] = sat[bin]! + s * w;
    lig[bin] = lig[bin]! + l * w;
  }
  let best = -1;
  let bestWeight = 0;
  for (let b = 0; b < 36; b++) {
    const w = bins[b]! + 0.6 * (bins[(b + 35) % 36]! + bins[(b + 1) % 36]!);
    if (w > bestWeight) {
      bestWeight = w;
      best = b;
    }
  }
  if (best < 0 || bestWeight < greyWeight * 0.25) {
    return greyWeight > 0 ? { hue: 0, saturation: 0, lightness: greyL / greyWeight } : null;
  }
  // How far the main colour's run of well-filled bins reaches each side of it: its shading, not a detail of another hue.
  const filled = (b: number): boolean => bins[(b + 36) % 36]! >= bins[best]! * SPAN_SHARE;
  let below = 0;
  while (below < MAX_SPAN_BINS && filled(best - below - 1)) below++;
  let above = 0;
  while (above < MAX_SPAN_BINS && filled(best + above + 1)) above++;
  return { hue: best * 10 + 5, saturation: sat[best]! / bins[best]!, lightness: lig[best]! / bins[best]!, span: [below * 10 + 5, above * 10 + 5] };
}

/** A neighbouring hue bin with at least this share of the main bin's weight is part of the main colour's shading. */
const SPAN_SHARE = 0.04;
/** At most this many bins (10 degrees each) either side: a run of hues wider than that is more than one colour. */
const MAX_SPAN_BINS = 5;

/** Signed hue difference a - b in (-180, 180]. */
function hueOffset(a: number, b: number): number {
  const d = (((a - b) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

function parseColor(color: string): Rgb | null {
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color.trim())) return hex(color);
  const named: Record<string, string> = { red: '#d7263d', blue: '#2e6fd8', green: '#3aa655', yellow: '#f6d32d', white: '#f5f5f5', black: '#222222', orange: '#f08a24', purple: '#8e44ad', pink: '#f48fb1', brown: '#8b5a2b', grey: '#8a8f98', gray: '#8a8f98', gold: '#d4a017', silver: '#c0c6cc' };
  const known = named[color.trim().toLowerCase()];
  return known ? hex(known) : null;
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
