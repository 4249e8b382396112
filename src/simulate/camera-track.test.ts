import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { cameraAt, depthToZ, projectZ } from './projection.ts';
import { simulate } from './simulate.ts';

type Shot = ScenePlanInput['shots'][number];
const W = 320;
const H = 180;

function plan(shot: Partial<Shot>, seed: number) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed,
    output: { width: W, height: H, fps: 10, seconds: 2, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: 2, setting: { kind: 'ocean' }, ...shot }],
  });
}

/** Where the horizon (eye level, infinitely far) lies down the frame, 0 top to 1 bottom. */
const horizonRow = (zoom: number, tilt: number): number => 0.5 + zoom * tilt;

describe('framing a subject in the sky', () => {
  it.each([1, 2, 3, 4, 5, 6])('keeps the sea in view when the subject is clouds forming high up (seed %i)', (seed) => {
    // "the sun heats the sea, clouds form": the clouds are the camera's subject, and they grow.
    const sim = simulate(
      plan({
        camera: { shot: 'wide', target: 'clouds' },
        entities: [
          { id: 'sun', noun: 'sun', asset: 'emoji:2600', category: 'celestial', layout: { placement: 'sky' } },
          { id: 'clouds', noun: 'clouds', asset: 'emoji:2601', category: 'weather', count: 3, actions: [{ verb: 'form', motion: 'grow' }], layout: { placement: 'sky' } },
        ],
      }, seed),
    );
    for (let f = 0; f < sim.frameCount; f += 5) {
      const pose = cameraAt(sim.camera, f);
      const row = horizonRow(pose.zoom, pose.tilt);
      expect(row).toBeLessThan(0.86);
      expect(row).toBeGreaterThan(0.3);
    }
    // The clouds are still seen: each one's foot point is inside the frame.
    const pose = cameraAt(sim.camera, 0);
    const p = { x: 0, y: 0, unit: 0 };
    for (const cloud of sim.actors.filter((a) => a.entityId === 'clouds')) {
      projectZ(cloud.x[0]!, cloud.y[0]!, depthToZ(cloud.depth[0]!), pose, W, H, p);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(W);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(H * 0.86);
    }
  });
});

describe('a medium shot of something aloft', () => {
  const balloon = (shot: 'medium' | 'close-up') =>
    simulate(
      parseScenePlan({
        version: 1,
        prompt: 'test',
        seed: 2,
        output: { width: W, height: H, fps: 10, seconds: 2, format: 'mp4' },
        shots: [
          {
            id: 's1',
            start: 0,
            duration: 2,
            setting: { kind: 'hills' },
            camera: { shot, target: 'b' },
            entities: [{ id: 'b', noun: 'hot air balloon', asset: 'emoji:1f388', category: 'object', actions: [], layout: { placement: 'air' } }],
          },
        ],
      }),
    );

  it('keeps a strip of land below it, with the subject in frame', () => {
    const sim = balloon('medium');
    const pose = cameraAt(sim.camera, 0);
    expect(horizonRow(pose.zoom, pose.tilt)).toBeLessThan(0.9);
    const a = sim.actors[0]!;
    const p = { x: 0, y: 0, unit: 0 };
    projectZ(a.x[0]!, a.y[0]! + a.size * (a.bounds.bottom - a.bounds.top), depthToZ(a.depth[0]!), pose, W, H, p);
    expect(p.y).toBeGreaterThan(0);
  });

  it('may show only sky in a close-up', () => {
    const pose = cameraAt(balloon('close-up').camera, 0);
    expect(horizonRow(pose.zoom, pose.tilt)).toBeGreaterThan(0.9);
  });
});
