import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import type { Motion, Placement } from '../plan/vocabulary.ts';
import { simulate } from './simulate.ts';

type Shot = ScenePlanInput['shots'][number];

function riderPlan(asset: string, noun: string, motion: Motion, placement: Placement) {
  const shot: Shot = {
    id: 's1',
    start: 0,
    duration: 4,
    setting: { kind: 'mountains', season: 'winter' },
    entities: [{ id: 'r', noun, asset, category: 'person', actions: [{ verb: 'go down', motion }], layout: { placement } }],
  };
  return parseScenePlan({ version: 1, prompt: 'test', seed: 3, output: { width: 320, height: 180, fps: 12, seconds: 4, format: 'mp4' }, shots: [shot] });
}

describe('skiers and snowboarders', () => {
  // What the planner gives today: skiing is a glide placed in the air, going down a sink.
  it.each([
    ['skier', 'emoji:26f7', 'glide', 'air'],
    ['snowboarder', 'emoji:1f3c2', 'sink', 'ground'],
    ['skier', 'emoji:26f7', 'fall', 'ground'],
  ] as const)('a %s (%s, %s) slides along the snow towards the camera', (noun, asset, motion, placement) => {
    const t = simulate(riderPlan(asset, noun, motion, placement)).actors[0]!;
    const last = t.length - 1;
    // On the ground all the way (a small bump of the snow at most), never in the air, never below it.
    expect(Math.max(...t.y)).toBeLessThan(0.02);
    expect(Math.min(...t.y)).toBeGreaterThanOrEqual(0);
    // Across the frame, and from further up the slope to nearer the camera.
    expect(Math.abs(t.x[last]! - t.x[0]!)).toBeGreaterThan(0.4);
    expect(t.depth[0]! - t.depth[last]!).toBeGreaterThan(0.1);
    // Leaning forward, the way it goes.
    const mid = Math.floor(last / 2);
    expect(Math.sign(t.rotation[mid]!)).toBe(Math.sign(t.x[last]! - t.x[0]!));
    expect(Math.abs(t.rotation[mid]!)).toBeGreaterThan(0.05);
  });

  it('leaves a water-skier on the water', () => {
    const t = simulate(riderPlan('emoji:26f7', 'water skier', 'glide', 'water-surface')).actors[0]!;
    expect(Math.abs(t.rotation[10]!)).toBeLessThan(0.05);
    expect(Math.abs(t.depth[0]! - t.depth[t.length - 1]!)).toBeLessThan(0.05);
  });

  it('a skier who just stands stays put', () => {
    const t = simulate(riderPlan('emoji:26f7', 'skier', 'idle', 'ground')).actors[0]!;
    expect(Math.max(...t.x) - Math.min(...t.x)).toBeLessThan(0.05);
    expect(Math.max(...t.y)).toBeLessThan(0.02);
  });
});

describe('sliding along the ground', () => {
  it.each([
    ['boy', 'emoji:1f466', 'person', 'ground'],
    ['penguin', 'emoji:1f427', 'bird', 'ground'],
  ] as const)('a %s gliding on the ground slides across it, never lifting into the air', (noun, asset, category, placement) => {
    const shot: Shot = {
      id: 's1',
      start: 0,
      duration: 4,
      setting: { kind: 'arctic' },
      entities: [{ id: 'g', noun, asset, category, actions: [{ verb: 'slide', motion: 'glide' }], layout: { placement } }],
    };
    const t = simulate(parseScenePlan({ version: 1, prompt: 'test', seed: 3, output: { width: 320, height: 180, fps: 12, seconds: 4, format: 'mp4' }, shots: [shot] })).actors[0]!;
    expect(Math.max(...t.y.map(Math.abs))).toBeLessThan(0.01);
    expect(Math.max(...t.x) - Math.min(...t.x)).toBeGreaterThan(0.3);
  });
});
