import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { blurredCopy } from '../blur.ts';
import { edges, filterCanvas, luma, posterize, saturateContrast, softResolution } from './pixels.ts';
import type { StylePass } from './style-pass.ts';
import { vignette } from './textures.ts';

/** An ordered 4×4 Bayer matrix, for dithering. */
const BAYER = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5].map((v) => (v + 0.5) / 16 - 0.5);

/**
 * Pixel art: each frame drops to a low resolution (about 160 rows), its
 * colours snap to a small palette with ordered dithering, and it is scaled
 * back up with hard pixel edges. Titles are drawn afterwards, crisp.
 */
export function pixelArt(strength: number, width: number, height: number): StylePass {
  const rows = Math.max(24, Math.round(160 / Math.max(0.35, strength)));
  const scale = Math.max(1, height / rows);
  const w = Math.max(1, Math.round(width / scale));
  const h = Math.max(1, Math.round(height / scale));
  const small = createCanvas(w, h);
  const sctx = small.getContext('2d');
  const levels = 6;
  const step = 255 / (levels - 1);
  return {
    name: 'pixel-art',
    vectorArt: true,
    apply(ctx) {
      sctx.imageSmoothingEnabled = true;
      sctx.imageSmoothingQuality = 'low';
      sctx.drawImage(ctx.canvas, 0, 0, w, h);
      const image = sctx.getImageData(0, 0, w, h);
      const d = image.data;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4;
          const t = BAYER[(y & 3) * 4 + (x & 3)]! * step;
          d[i] = Math.round((d[i]! + t) / step) * step;
          d[i + 1] = Math.round((d[i + 1]! + t) / step) * step;
          d[i + 2] = Math.round((d[i + 2]! + t) / step) * step;
        }
      }
      sctx.putImageData(image, 0, 0);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(small, 0, 0, width, height);
      ctx.restore();
    },
  };
}

/**
 * Neon: the world goes dark and saturated, shapes pick up glowing coloured
 * outlines, and bright things bleed light around them (the bloom is baked
 * into each bitmap once; frames only add a vignette).
 */
export function neon(strength: number, width: number, height: number): StylePass {
  const frame = vignette(width, height, 0.55 * strength, '20,0,40');
  return {
    name: 'neon',
    prepare(canvas, kind) {
      const glow = (d: Uint8ClampedArray, w: number, h: number): void => {
        const original = d.slice();
        const edge = edges(d, w, h);
        for (let p = 0; p < w * h; p++) {
          const i = p * 4;
          const l = luma(d, i);
          const bright = l > 200 ? 1 : 0;
          const k = kind === 'sprite' ? 0.85 : 0.3 + bright * 0.6;
          d[i] = d[i]! * k + 8;
          d[i + 1] = d[i + 1]! * k * 0.9;
          d[i + 2] = d[i + 2]! * k + 22;
          const e = edge[p]!;
          if (e > 0.12) {
            // Neon tubes along edges: cyan on cool shapes, magenta on warm ones.
            const warm = original[i]! > original[i + 2]!;
            const a = Math.min(1, (e - 0.12) * 3);
            d[i] = d[i]! + ((warm ? 255 : 40) - d[i]!) * a;
            d[i + 1] = d[i + 1]! + ((warm ? 60 : 240) - d[i + 1]!) * a;
            d[i + 2] = d[i + 2]! + ((warm ? 220 : 255) - d[i + 2]!) * a;
          }
        }
        saturateContrast(d, 1.5, 1.1);
      };
      // Tubes on a half-size copy come back two pixels wide and soft: they read as light, not ink.
      filterCanvas(canvas, glow, { strength, resolution: softResolution(kind, canvas) });
      bloom(canvas, Math.max(2, (kind === 'sprite' ? canvas.width / 20 : height / 60) * strength), kind === 'sprite' ? 0.55 : 0.7);
    },
    apply(ctx) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(frame, 0, 0);
      ctx.restore();
    },
  };
}

/** Adds a soft glow of the bitmap's own light around it (screen blend of a blurred copy). */
function bloom(canvas: Canvas, radius: number, amount: number): void {
  const glow = blurredCopy(canvas, radius);
  const ctx = canvas.getContext('2d');
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'screen';
  ctx.globalAlpha = amount;
  ctx.drawImage(glow, 0, 0);
  ctx.restore();
}

/**
 * Comic: flat vector art, colours in a few bold tones, thick ink outlines
 * round every figure and along every edge, halftone dots in the shadows.
 */
export function comic(strength: number, height: number): StylePass {
  return {
    name: 'comic',
    vectorArt: true,
    prepare(canvas, kind) {
      if (kind === 'sprite') {
        outline(canvas, Math.max(1.5, canvas.width * 0.018 * strength));
        filterCanvas(
          canvas,
          (d) => {
            posterize(d, 5);
            saturateContrast(d, 1.25, 1.05);
          },
          { strength },
        );
        return;
      }
      const ink = (d: Uint8ClampedArray, w: number, h: number): void => {
        const original = d.slice();
        const edge = edges(d, w, h);
        posterize(d, 5);
        saturateContrast(d, 1.3, 1.05);
        const cell = Math.max(3, Math.round(height / 130));
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const p = y * w + x;
            const i = p * 4;
            if (edge[p]! > 0.22) {
              d[i] = d[i + 1] = d[i + 2] = 25;
              continue;
            }
            // Halftone: dots whose size grows with darkness.
            const l = luma(original, i) / 255;
            if (l < 0.55) {
              const cx = (x % cell) - cell / 2;
              const cy = (y % cell) - cell / 2;
              const r = (cell / 2) * Math.sqrt((0.55 - l) / 0.55);
              if (cx * cx + cy * cy < r * r) {
                d[i] = d[i]! * 0.55;
                d[i + 1] = d[i + 1]! * 0.55;
                d[i + 2] = d[i + 2]! * 0.55;
              }
            }
          }
        }
      };
      filterCanvas(canvas, ink, { strength });
    },
  };
}

/** Draws a thick dark outline round the art's silhouette (behind it). */
function outline(canvas: Canvas, thickness: number): void {
  const w = canvas.width;
  const h = canvas.height;
  const art = createCanvas(w, h);
  art.getContext('2d').drawImage(canvas, 0, 0);
  const ink = createCanvas(w, h);
  const ictx = ink.getContext('2d');
  ictx.drawImage(art, 0, 0);
  ictx.globalCompositeOperation = 'source-in';
  ictx.fillStyle = '#141414';
  ictx.fillRect(0, 0, w, h);
  const ctx = canvas.getContext('2d');
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  for (let k = 0; k < 12; k++) {
    const a = (k / 12) * Math.PI * 2;
    ctx.drawImage(ink, Math.cos(a) * thickness, Math.sin(a) * thickness);
  }
  ctx.drawImage(art, 0, 0);
  ctx.restore();
}
