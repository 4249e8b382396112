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

describe('camera angles', () => {
  const robot = { id: 'robot', noun: 'robot', asset: 'drawn:robot', category: 'object' as const, size: 2.5, actions: [{ verb: 'walk', motion: 'walk' as const }] };
  const shotAt = (angle: 'low' | 'high' | undefined) => simulate(plan({ setting: { kind: 'city-street' }, camera: { shot: 'wide', target: 'robot', ...(angle ? { angle } : {}) }, entities: [robot] }, 3));
  /** Rows (0 top, 1 bottom) of the robot's head and feet in frame f. */
  const rows = (sim: ReturnType<typeof simulate>, f: number) => {
    const pose = cameraAt(sim.camera, f);
    const a = sim.actors[0]!;
    const z = depthToZ(a.depth[f]!);
    const feet = projectZ(a.x[f]!, a.y[f]!, z, pose, W, H).y / H;
    const head = projectZ(a.x[f]!, a.y[f]! + a.size * (a.bounds.bottom - a.bounds.top), z, pose, W, H).y / H;
    return { pose, feet, head, horizon: horizonRow(pose.zoom, pose.tilt) };
  };

  it('a low angle puts the camera near the ground, the horizon low, and the subject towering but whole', () => {
    const eye = shotAt(undefined);
    const low = shotAt('low');
    for (let f = 0; f < low.frameCount; f += 4) {
      const l = rows(low, f);
      const e = rows(eye, f);
      expect(l.pose.y).toBeLessThan(e.pose.y / 3);
      expect(l.horizon).toBeGreaterThan(0.7);
      expect(l.horizon).toBeGreaterThan(e.horizon + 0.15);
      // The feet stand at about the horizon; the head stays in frame.
      expect(Math.abs(l.feet - l.horizon)).toBeLessThan(0.08);
      expect(l.head).toBeGreaterThan(0.02);
    }
  });

  it('a high angle raises the camera and looks down: the horizon near the top, the subject below it', () => {
    const high = shotAt('high');
    for (let f = 0; f < high.frameCount; f += 4) {
      const h = rows(high, f);
      expect(h.pose.y).toBeGreaterThan(1);
      expect(h.horizon).toBeLessThan(0.2);
      expect(h.feet).toBeGreaterThan(h.horizon + 0.1);
      expect(h.feet).toBeLessThan(0.98);
    }
  });
});
