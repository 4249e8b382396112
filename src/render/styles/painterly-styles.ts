import { createNoise2D } from 'simplex-noise';
import type { Random } from '../../util/random.ts';
import { boxBlur, edges, filterCanvas, kuwahara, luma, posterize, saturateContrast, softResolution } from './pixels.ts';
import type { StylePass } from './style-pass.ts';
import { paperTile, textureInPlace, weaveTile } from './textures.ts';

/** How big a filter's reach is for a bitmap: layers scale with the frame, sprites with themselves. */
function reach(kind: 'layer' | 'sprite' | 'foreground', size: number, frameHeight: number, forLayer: number, forSprite: number): number {
  return kind === 'sprite' ? Math.max(1, (size / 256) * forSprite) : Math.max(1, frameHeight * forLayer);
}

/**
 * Watercolour: soft washes that bleed a little, pigment pooling darker at
 * edges, colours lighter and less saturated, blotchy where the paint dried
 * unevenly, all on textured paper.
 */
export function watercolor(strength: number, height: number, random: Random): StylePass {
  const paper = paperTile(Math.max(64, Math.round(height * 0.36)), random.fork('paper'), 1.6);
  const blotch = createNoise2D(() => random.next());
  return {
    name: 'watercolor',
    prepare(canvas, kind) {
      const washes = (d: Uint8ClampedArray, w: number, h: number, s: number): void => {
        const original = d.slice();
        const soft = boxBlur(d, w, h, reach(kind, w / s, height, 0.004, 2) * s);
        posterize(soft, 12);
        const edge = edges(soft, w, h);
        const scale = (kind === 'sprite' ? 0.02 : 0.006 * (720 / height)) / s;
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const p = y * w + x;
            const i = p * 4;
            const wash = 1 + blotch(x * scale, y * scale) * 0.1;
            const pool = 1 - Math.min(1, edge[p]! * 1.6) * 0.32;
            for (let c = 0; c < 3; c++) {
              const v = soft[i + c]! * 0.85 + original[i + c]! * 0.15;
              // Thinned paint: lighter, then pooled darker at the edges of shapes.
              d[i + c] = (v + (255 - v) * 0.22) * pool * wash;
            }
            d[i + 3] = kind === 'sprite' ? Math.min(original[i + 3]!, soft[i + 3]! * 1.15) : original[i + 3]!;
          }
        }
        saturateContrast(d, 0.85, 0.95, 6);
      };
      // Washes are soft: layers are painted at half size.
      filterCanvas(canvas, washes, { strength, resolution: softResolution(kind, canvas) });
      // The paper is laid into the bitmaps once, not over every frame.
      textureInPlace(canvas, paper, 'multiply', 0.95 * strength);
    },
  };
}

/** Oil paint: flat brush patches that keep edges (Kuwahara), richer colour, canvas weave. */
export function oilPaint(strength: number, height: number, random: Random): StylePass {
  const weave = weaveTile(Math.max(16, Math.round(height * 0.05)), random.fork('weave'));
  return {
    name: 'oil-paint',
    prepare(canvas, kind) {
      const brush = (d: Uint8ClampedArray, w: number, h: number, s: number): void => {
        kuwahara(d, w, h, reach(kind, w / s, height, 0.008, 4) * s);
        saturateContrast(d, 1.22, 1.08);
      };
      filterCanvas(canvas, brush, { strength, resolution: softResolution(kind, canvas) });
      textureInPlace(canvas, weave, 'overlay', 0.3 * strength);
    },
  };
}

/**
 * Pencil sketch: graphite lines where shapes meet (a colour-dodge of the
 * blurred negative), cross-hatching in the shadows, on warm paper.
 */
export function pencilSketch(strength: number, height: number, random: Random): StylePass {
  const paper = paperTile(Math.max(64, Math.round(height * 0.36)), random.fork('paper'), 2);
  return {
    name: 'pencil-sketch',
    prepare(canvas, kind) {
      const draw = (d: Uint8ClampedArray, w: number, h: number, s: number): void => {
        // Seen on white paper, so a figure's silhouette is drawn as well as the lines inside it.
        const onPaper = new Uint8ClampedArray(d.length);
        for (let i = 0; i < d.length; i += 4) {
          const a = d[i + 3]! / 255;
          onPaper[i] = d[i]! * a + 255 * (1 - a);
          onPaper[i + 1] = d[i + 1]! * a + 255 * (1 - a);
          onPaper[i + 2] = d[i + 2]! * a + 255 * (1 - a);
          onPaper[i + 3] = 255;
        }
        // Simplify first: an artist draws shapes, not every blade of grass.
        const simple = boxBlur(onPaper, w, h, reach(kind, w / s, height, 0.0025, 1.2) * s);
        const grey = new Uint8ClampedArray(d.length);
        for (let i = 0; i < d.length; i += 4) {
          const l = luma(simple, i);
          grey[i] = grey[i + 1] = grey[i + 2] = 255 - l;
          grey[i + 3] = 255;
        }
        const blurred = boxBlur(grey, w, h, reach(kind, w / s, height, 0.005, 2.5) * s);
        // A figure gets a firm contour whatever its colour against the paper: where its alpha gives way.
        const contour = kind === 'sprite' ? boxBlur(d, w, h, reach(kind, w / s, height, 0, 1.6) * s) : null;
        const period = Math.max(3, Math.round((kind === 'sprite' ? w / s / 40 : height / 110) * s));
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            const l = 255 - grey[i]!;
            const inv = blurred[i]!;
            // Colour dodge: lines where the picture changes, white where it is flat.
            let v = Math.min(255, (l * 255) / Math.max(1, 255 - inv));
            v = 255 - (255 - v) * (kind === 'sprite' ? 3.6 : 2.6);
            // A light graphite wash keeps the tones of the picture (figures a little more, to stand out).
            v -= (255 - l) * (kind === 'sprite' ? 0.32 : 0.2);
            if (contour) v -= Math.min(190, (1 - contour[i + 3]! / 255) * 520) * (d[i + 3]! / 255);
            // Hatching grows denser as tones darken.
            if (l < 140 && (x + y) % period === 0) v -= (140 - l) * 0.9;
            if (l < 80 && (x - y + 1000 * period) % period === 0) v -= (80 - l) * 1.2;
            v = Math.max(0, Math.min(255, v));
            d[i] = v + 2;
            d[i + 1] = v;
            d[i + 2] = v - 4;
          }
        }
      };
      filterCanvas(canvas, draw, { strength, resolution: softResolution(kind, canvas) });
      textureInPlace(canvas, paper, 'multiply', strength);
    },
  };
}
