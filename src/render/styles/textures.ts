import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createNoise4D } from 'simplex-noise';
import type { Random } from '../../util/random.ts';

/**
 * Small textures the style passes lay over frames: paper, canvas weave, film
 * grain, a vignette. Each is drawn once per render; per frame they are only
 * tiled or blitted with a blend mode.
 */

/** Paper: soft fibrous mottling around mid grey (for multiply or overlay). */
export function paperTile(size: number, random: Random, contrast = 1): Canvas {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(size, size);
  const noise = createNoise4D(() => random.next());
  const d = image.data;
  // Seamless: each axis of the tile walks once round a circle in noise space.
  const torus = (x: number, y: number, r: number, o: number): number => {
    const a = (x / size) * Math.PI * 2;
    const b = (y / size) * Math.PI * 2;
    return noise(Math.cos(a) * r + o, Math.sin(a) * r + o, Math.cos(b) * r - o, Math.sin(b) * r - o);
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const n1 = torus(x, y, 0.8, 0);
      const n2 = torus(x, y, 2.5, 7);
      const fibre = torus(x, y, 7, 13);
      const v = 236 + (n1 * 8 + n2 * 5 + fibre * 4) * contrast + (random.next() - 0.5) * 5 * contrast;
      const i = (y * size + x) * 4;
      d[i] = v + 3;
      d[i + 1] = v + 1;
      d[i + 2] = v - 4;
      d[i + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** Canvas weave for oil paint: fine crossing threads around mid grey (for overlay). */
export function weaveTile(size: number, random: Random): Canvas {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(size, size);
  const d = image.data;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = 128 + Math.sin((x / size) * Math.PI * 2 * Math.round(size / 4)) * 6 + Math.sin((y / size) * Math.PI * 2 * Math.round(size / 4)) * 6 + (random.next() - 0.5) * 18;
      const i = (y * size + x) * 4;
      d[i] = d[i + 1] = d[i + 2] = v;
      d[i + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/**
 * Film grain: sparse light and dark specks on transparency, several variants
 * to cycle per frame. Drawn with plain alpha blending (cheap), not a blend mode.
 */
export function grainTiles(size: number, count: number, random: Random, amount: number): Canvas[] {
  return Array.from({ length: count }, () => {
    const canvas = createCanvas(size, size);
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(size, size);
    const d = image.data;
    for (let i = 0; i < d.length; i += 4) {
      // Sparse, soft specks (about one pixel in a hundred): grain enough to see, yet every speck is noise the video
      // encoder must spend bits and time on, on every frame where the picture moves under it. One pixel in forty
      // made a 5 s tracking shot 10 MB and took a third of its encoding; one in a hundred makes it 7 MB.
      const n = random.next() + random.next() - 1;
      if (Math.abs(n) < 0.9) continue;
      const v = n > 0 ? 255 : 0;
      d[i] = d[i + 1] = d[i + 2] = v;
      d[i + 3] = Math.min(255, Math.abs(n) * amount * 1.3);
    }
    ctx.putImageData(image, 0, 0);
    return canvas;
  });
}

/** Lays a texture over a bitmap once (paper under watercolour, canvas under oils), keeping its transparency. */
export function textureInPlace(canvas: Canvas, tile: Canvas, mode: GlobalCompositeOperation, alpha: number): void {
  const keep = createCanvas(canvas.width, canvas.height);
  keep.getContext('2d').drawImage(canvas, 0, 0);
  const ctx = canvas.getContext('2d');
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = mode;
  ctx.globalAlpha = alpha;
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(keep, 0, 0);
  ctx.restore();
}

/** Tiles a canvas over the frame with plain alpha blending, offset per frame. */
export function tileAlpha(ctx: SKRSContext2D, tile: Canvas, width: number, height: number, alpha: number, dx = 0, dy = 0): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = alpha;
  const ox = -Math.floor(((dx % tile.width) + tile.width) % tile.width);
  const oy = -Math.floor(((dy % tile.height) + tile.height) % tile.height);
  for (let y = oy; y < height; y += tile.height) for (let x = ox; x < width; x += tile.width) ctx.drawImage(tile, x, y);
  ctx.restore();
}

/** A dark vignette (transparent centre) for the whole frame. */
export function vignette(width: number, height: number, strength: number, color = '0,0,0'): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const r = Math.hypot(width, height) / 2;
  const g = ctx.createRadialGradient(width / 2, height / 2, r * 0.45, width / 2, height / 2, r);
  g.addColorStop(0, `rgba(${color},0)`);
  g.addColorStop(1, `rgba(${color},${strength})`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  return canvas;
}

/** Fills the frame with a tile, offset per frame, in a blend mode. */
export function tileOver(ctx: SKRSContext2D, tile: Canvas, width: number, height: number, mode: GlobalCompositeOperation, alpha: number, dx = 0, dy = 0): void {
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = mode;
  ctx.globalAlpha = alpha;
  ctx.translate(-((dx % tile.width) + tile.width) % tile.width, -((dy % tile.height) + tile.height) % tile.height);
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, width + tile.width, height + tile.height);
  ctx.restore();
}

type GlobalCompositeOperation = SKRSContext2D['globalCompositeOperation'];
