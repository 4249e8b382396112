import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../../src/plan/planner.ts';
import { createPyrotechnics } from '../../src/render/effects/fireworks.ts';
import { RainbowPainter } from '../../src/render/effects/sky-lights.ts';
import { cameraAt } from '../../src/simulate/projection.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { entity, onePlan, renderFrames } from './plans.ts';

const output = { width: 160, height: 90, fps: 8, seconds: 2, format: 'mp4' as const };

/** Mean of one channel over the rows [from, to) of a frame. */
function channelMean(rgba: Buffer, channel: number, from: number, to: number): number {
  let sum = 0;
  for (let i = from * 160 * 4; i < to * 160 * 4; i += 4) sum += rgba[i + channel]!;
  return sum / ((to - from) * 160);
}

describe('a rainbow', () => {
  it('hangs still in the far sky, standing on the horizon, much wider than its tile', () => {
    const plan = planScene({ prompt: 'a rainbow over the hills at sunset', seed: 2, output });
    const rainbow = simulate(plan).actors.find((a) => a.noun === 'rainbow')!;
    expect(Math.max(...rainbow.y) - Math.min(...rainbow.y)).toBe(0);
    expect(Math.max(...rainbow.x) - Math.min(...rainbow.x)).toBe(0);
    expect(rainbow.y[0]).toBe(0);
    expect(rainbow.depth[0]).toBeGreaterThan(0.8);
    const ridden = simulate(planScene({ prompt: 'a unicorn galloping across a rainbow', seed: 2, output })).actors.find((a) => a.noun === 'rainbow')!;
    // One that something goes across keeps the size of its tile.
    expect(rainbow.size).toBeGreaterThan(ridden.size * 2);
  });

  it('is drawn as translucent light, red outside to violet inside, not as the solid tile', () => {
    const plan = onePlan({ setting: { kind: 'meadow' }, entities: [entity('rainbow', '1f308', { category: 'celestial', layout: { placement: 'sky' } })] }, { width: 160, height: 90 });
    const simulation = simulate(plan);
    const track = simulation.actors[0]!;
    expect(createPyrotechnics({ plan, simulation, span: simulation.shots[0]!, night: 0 }).has(track)).toBe(true);
    // Over flat grey, straight on: every pixel it touches stays a blend of grey and a band colour.
    const camera = cameraAt(simulation.camera, 0);
    const painter = new RainbowPainter(160, 90, 0);
    painter.prepare(track, [camera]);
    const canvas = createCanvas(160, 90);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'rgb(128,128,128)';
    ctx.fillRect(0, 0, 160, 90);
    painter.draw(ctx, track, 0, camera);
    const data = ctx.getImageData(0, 0, 160, 90).data;
    let touched = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 128 && data[i + 1] === 128 && data[i + 2] === 128) continue;
      touched++;
      for (let c = 0; c < 3; c++) expect(Math.abs(data[i + c]! - 128)).toBeLessThan(128 * 0.55);
    }
    expect(touched).toBeGreaterThan(40);
    // Down the crown of the arc the red band comes before the violet one.
    const box = painter.box(track, 0, camera)!;
    const x = Math.round((box[0] + box[2]) / 2);
    let reddest = -1;
    let bluest = -1;
    let redScore = 0;
    let blueScore = 0;
    for (let y = Math.max(0, Math.floor(box[1])); y < Math.min(90, box[1] + (box[3] - box[1]) * 0.4); y++) {
      const i = (y * 160 + x) * 4;
      if (data[i]! - data[i + 2]! > redScore) [redScore, reddest] = [data[i]! - data[i + 2]!, y];
      if (data[i + 2]! - data[i + 1]! > blueScore) [blueScore, bluest] = [data[i + 2]! - data[i + 1]!, y];
    }
    expect(reddest).toBeGreaterThanOrEqual(0);
    expect(bluest).toBeGreaterThan(reddest);
  });
});

describe('the northern lights', () => {
  it('are planned as night with an aurora in the sky, and light the upper sky green', async () => {
    const plan = planScene({ prompt: 'the arctic tundra under the northern lights', seed: 3, output });
    expect(plan.shots[0]!.setting).toMatchObject({ timeOfDay: 'night', sky: ['aurora'] });
    expect(plan.unresolved).toEqual([]);
    const dark = planScene({ prompt: 'the arctic tundra at night', seed: 3, output });
    expect(dark.shots[0]!.setting.sky).toBeUndefined();
    const [lit] = await renderFrames(plan, [4]);
    const [plain] = await renderFrames(dark, [4]);
    // Green added above the horizon, more than red.
    const green = channelMean(lit!, 1, 5, 40) - channelMean(plain!, 1, 5, 40);
    const red = channelMean(lit!, 0, 5, 40) - channelMean(plain!, 0, 5, 40);
    expect(green).toBeGreaterThan(4);
    expect(green).toBeGreaterThan(red);
  });
});
