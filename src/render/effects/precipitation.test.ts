import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { REST_CAMERA } from '../../simulate/projection.ts';
import { createRandom } from '../../util/random.ts';
import { createRain } from './precipitation.ts';

const W = 320;
const H = 180;

/** A frame of rain over a dark ground: which pixels the streaks lightened, per quarter of the frame (rows). */
function rainFrame(seconds: number, seed = 7): { pixels: Buffer; quarters: number[] } {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#203040';
  ctx.fillRect(0, 0, W, H);
  createRain(W, H, 0.6, true, false, createRandom(seed)).draw(ctx, REST_CAMERA, seconds);
  const pixels = canvas.data();
  const quarters = [0, 0, 0, 0];
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (pixels[(y * W + x) * 4]! > 0x20 + 8) quarters[Math.floor((y * 4) / H)]!++;
  return { pixels, quarters };
}

describe('rain', () => {
  it('streaks the whole frame evenly, top rows included, and falls from frame to frame', () => {
    const a = rainFrame(1.3);
    const total = a.quarters.reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThan(W * H * 0.01);
    for (const n of a.quarters) expect(n).toBeGreaterThan(total / 4 / 2.5);
    expect(Buffer.compare(a.pixels, rainFrame(1.3 + 1 / 30).pixels)).not.toBe(0);
  });

  it('is a function of time and seed: the same frame twice is the same, another seed differs', () => {
    expect(Buffer.compare(rainFrame(2.1).pixels, rainFrame(2.1).pixels)).toBe(0);
    expect(Buffer.compare(rainFrame(2.1).pixels, rainFrame(2.1, 8).pixels)).not.toBe(0);
  });
});
