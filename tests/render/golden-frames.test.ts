import { createCanvas, loadImage } from '@napi-rs/canvas';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../src/plan/schema.ts';
import { entity, meanDifference, onePlan, renderFrames } from './plans.ts';

/**
 * Golden frames: fixed hand-written plans rendered small and compared with
 * committed PNGs, with a tolerance for the odd anti-aliasing difference.
 * Regenerate after an intended change of look with UPDATE_GOLDEN=1 (and look
 * at the new PNGs before committing them).
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const W = 160;
const H = 90;

const cases: Array<[string, ScenePlan, number[]]> = [
  [
    'fox-snowy-forest-dusk',
    onePlan({ setting: { kind: 'snowy-forest', timeOfDay: 'dusk', weather: 'snow' }, entities: [entity('fox', '1f98a', { actions: [{ verb: 'trot', motion: 'trot' }] })] }, { width: W, height: H, fps: 8, seconds: 2 }),
    [0, 12],
  ],
  [
    'dog-chases-cat-park',
    onePlan({ setting: { kind: 'park' }, entities: [entity('dog', '1f415', { actions: [{ verb: 'chase', motion: 'chase', target: 'cat' }] }), entity('cat', '1f408')] }, { width: W, height: H, fps: 8, seconds: 2 }),
    [2, 14],
  ],
  [
    'sailboat-harbor-rain-pan',
    onePlan(
      { setting: { kind: 'harbor', timeOfDay: 'morning', weather: 'rain' }, camera: { move: 'pan-right' }, entities: [entity('boat', '26f5', { category: 'boat', actions: [{ verb: 'sail', motion: 'sail' }] })] },
      { width: W, height: H, fps: 8, seconds: 2 },
    ),
    [0, 15],
  ],
  [
    'fish-circle-coral',
    onePlan(
      { setting: { kind: 'underwater' }, entities: [entity('fish', '1f420', { category: 'fish', count: 4, color: '#8e44ad', actions: [{ verb: 'circle', motion: 'circle', target: 'coral' }] }), entity('coral', '1fab8', { category: 'plant' })] },
      { width: W, height: H, fps: 8, seconds: 2 },
    ),
    [4],
  ],
  [
    'title-watercolor-meadow',
    onePlan({ setting: { kind: 'meadow', timeOfDay: 'morning' }, texts: [{ text: 'Chapter One', role: 'title', position: 'center' }], entities: [entity('rabbit', '1f407', { actions: [{ verb: 'hop', motion: 'hop' }] })] }, { width: W, height: H, fps: 8, seconds: 2, style: { name: 'watercolor' } }),
    [10],
  ],
  [
    'robot-city-night-comic',
    onePlan({ setting: { kind: 'city-street', timeOfDay: 'night' }, entities: [entity('robot', '1f916', { category: 'person', actions: [{ verb: 'walk', motion: 'walk' }] })] }, { width: W, height: H, fps: 8, seconds: 2, style: { name: 'comic' } }),
    [8],
  ],
];

async function readPng(file: string): Promise<Uint8ClampedArray> {
  const image = await loadImage(readFileSync(file));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}

function writePng(file: string, rgba: Uint8Array): void {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(W, H);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
  writeFileSync(file, canvas.encodeSync('png'));
}

describe('golden frames', () => {
  it.each(cases)('%s', async (name, plan, frames) => {
    const rendered = await renderFrames(plan, frames);
    for (const [k, frame] of frames.entries()) {
      const file = path.join(dir, `${name}-${frame}.png`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        writePng(file, rendered[k]!);
        if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`no golden frame yet: wrote ${file}; look at it, then commit it`);
        continue;
      }
      const golden = await readPng(file);
      expect(golden.length).toBe(rendered[k]!.length);
      // Mean difference within a few levels, and few pixels far off.
      expect(meanDifference(rendered[k]!, golden)).toBeLessThan(3);
      let far = 0;
      for (let i = 0; i < golden.length; i += 4) {
        const d = Math.abs(golden[i]! - rendered[k]![i]!) + Math.abs(golden[i + 1]! - rendered[k]![i + 1]!) + Math.abs(golden[i + 2]! - rendered[k]![i + 2]!);
        if (d > 120) far++;
      }
      expect(far / (golden.length / 4)).toBeLessThan(0.02);
    }
  });
});
