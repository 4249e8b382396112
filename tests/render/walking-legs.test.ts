import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../src/render/frame-renderer.ts';
import { ActorPainter } from '../../src/render/actor-painter.ts';
import { cameraAt } from '../../src/simulate/projection.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { entity, onePlan } from './plans.ts';

const W = 256;
const H = 144;

/** Rows and columns where two frames differ visibly. */
function differingBox(a: Uint8Array, b: Uint8Array): { top: number; bottom: number; left: number; right: number; count: number } {
  const box = { top: H, bottom: -1, left: W, right: -1, count: 0 };
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) < 30) continue;
      box.count++;
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
    }
  }
  return box;
}

describe('walking legs', () => {
  it('a trotting fox swings its legs frame to frame while its head and back stay as drawn', async () => {
    const plan = onePlan(
      { setting: { kind: 'meadow' }, camera: { move: 'static' }, entities: [entity('fox', '1f98a', { asset: 'drawn:fox', layout: { x: 0.5, depth: 0.1 }, actions: [{ verb: 'trot', motion: 'trot' }] })] },
      { width: W, height: H, fps: 8, seconds: 1 },
    );
    const simulation = simulate(plan);
    const fox = simulation.actors[0]!;
    // The simulation carries the stride of every frame of the trot.
    expect(fox.stride).toBeDefined();
    for (let i = 0; i < fox.length; i++) expect(Number.isNaN(fox.stride![i]!)).toBe(false);
    const renderer = await createFrameRenderer(plan, simulation);
    const frame = 4;
    const i = frame - fox.firstFrame;
    const at = new ActorPainter({ floor: 'ground', water: null } as never, 0, W, H).place(fox, i, cameraAt(simulation.camera, frame))!;
    const artHeight = at.side * (fox.bounds.bottom - fox.bounds.top);
    // The same frame (same place, same bounce) at two points of the stride, and standing still.
    const stride = fox.stride as Float32Array;
    stride[i] = 0;
    const early = Buffer.from(renderer.renderFrame(frame));
    stride[i] = 0.5;
    const late = Buffer.from(renderer.renderFrame(frame));
    stride[i] = Number.NaN;
    const still = Buffer.from(renderer.renderFrame(frame));
    for (const [a, b] of [[early, late], [early, still]] as const) {
      const box = differingBox(a, b);
      // The legs moved: a real patch of pixels...
      expect(box.count).toBeGreaterThan(artHeight * 2);
      // ...all of it below the fox's back, where its legs are, and around its feet.
      expect(box.top).toBeGreaterThan(at.y - artHeight * 0.5);
      expect(box.bottom).toBeLessThan(at.y + artHeight * 0.15);
      expect(box.right - box.left).toBeLessThan(at.side);
    }
  });

  it('draws a walking frame the same however it is reached (poses are built on first use)', async () => {
    const plan = onePlan(
      { setting: { kind: 'forest' }, entities: [entity('bear', '1f43b', { asset: 'drawn:bear', color: '#222222', actions: [{ verb: 'walk', motion: 'walk' }] })] },
      { width: 128, height: 72, fps: 8, seconds: 1 },
    );
    const inOrder = await createFrameRenderer(plan, simulate(plan));
    for (let f = 0; f < 6; f++) inOrder.renderFrame(f);
    const alone = await createFrameRenderer(plan, simulate(plan));
    expect(Buffer.from(alone.renderFrame(6)).equals(Buffer.from(inOrder.renderFrame(6)))).toBe(true);
  });
});
