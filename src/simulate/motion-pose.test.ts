import { describe, expect, it } from 'vitest';
import { legStrideRate, STRIDE_GAITS, strideBob, strideIndex } from '../assets/drawn-stride.ts';
import { strideRest } from '../assets/stride-rest.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { motionPose, strideGaitOf, strideRate, type PoseInput } from './motion-pose.ts';
import { simulate } from './simulate.ts';

type Entity = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

function simulateOne(entity: Entity, seconds = 2) {
  const plan = parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 5,
    output: { width: 320, height: 180, fps: 12, seconds, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: seconds, setting: { kind: 'meadow' }, entities: [entity] }],
  });
  return simulate(plan).actors.find((a) => a.entityId === entity.id)!;
}

const input = (over: Partial<PoseInput> = {}): PoseInput => ({
  t: 1.3,
  since: 1.3,
  progress: 0.4,
  phase: 0.2,
  gait: 0.5,
  speed: 0.3,
  climb: 0,
  facing: -1,
  height: 0.4,
  category: 'animal',
  ...over,
});

describe('strides of art with moving legs', () => {
  it('walk, trot and gallop on land; a biped runs at a trot; nothing flies, swims or sits on its legs', () => {
    expect(strideGaitOf('walk', 'animal', false)).toBe('walk');
    expect(strideGaitOf('follow', 'person', true)).toBe('walk');
    expect(strideGaitOf('trot', 'animal', false)).toBe('trot');
    expect(strideGaitOf('gallop', 'animal', false)).toBe('gallop');
    expect(strideGaitOf('run', 'animal', false)).toBe('gallop');
    expect(strideGaitOf('chase', 'animal', false)).toBe('gallop');
    expect(strideGaitOf('run', 'person', true)).toBe('trot');
    for (const motion of ['idle', 'sit', 'sleep', 'fly', 'swim', 'hop', 'jump', 'eat'] as const) expect(strideGaitOf(motion, 'animal', false)).toBeNull();
    expect(strideGaitOf('walk', 'bird', false)).toBeNull();
    expect(strideGaitOf('walk', 'fish', false)).toBeNull();
  });

  it('step as fast as keeps the feet planted, up to a rate that still reads', () => {
    for (const gait of STRIDE_GAITS) {
      expect(strideRate('trot', 0.2, 0.4, gait)).toBeCloseTo(legStrideRate(gait, 0.2, 0.4), 9);
      expect(strideRate('trot', 50, 0.4, gait)).toBe(6);
    }
    // Without moving legs the old rhythm stands.
    expect(strideRate('trot', 0.2, 0.4)).not.toBeCloseTo(legStrideRate('trot', 0.2, 0.4), 3);
    // Art that steps twice as wide steps half as often.
    expect(strideRate('walk', 0.2, 0.4, 'walk', { reach: { walk: 2 } })).toBeCloseTo(strideRate('walk', 0.2, 0.4, 'walk') / 2, 9);
  });

  it('bounce the body with the stride and neither rock nor squash it (that would lift the feet)', () => {
    for (const gait of STRIDE_GAITS) {
      for (const g of [0, 0.3, 0.5, 1.1, 1.5]) {
        const pose = motionPose('trot', input({ legs: gait, gait: g }));
        expect(pose.rotation).toBe(0);
        expect(pose.lift).toBeCloseTo(strideBob(gait, g / 2) * 0.4, 9);
        expect(Math.abs(pose.scaleY - 1)).toBeLessThan(0.01);
        expect(pose.scaleX).toBe(1);
      }
    }
    // A person running leans forward into the run, about the feet; walking, or on four legs, upright.
    const facing = -1;
    expect(motionPose('run', input({ legs: 'trot', biped: true, facing })).rotation * facing).toBeGreaterThan(0.05);
    expect(motionPose('run', input({ legs: 'trot', biped: true, facing })).pivot).toBe(0);
    expect(motionPose('walk', input({ legs: 'walk', biped: true, facing })).rotation).toBe(0);
    // Art that cannot move its legs still bobs and rocks for them.
    expect(motionPose('trot', input()).rotation).not.toBe(0);
  });

  it('the simulation carries the stride of every frame a drawn fox trots, and none while it sits or for an emoji fox', () => {
    const trotting = simulateOne({ id: 'fox', noun: 'fox', asset: 'drawn:fox', category: 'animal', actions: [{ verb: 'trot', motion: 'trot' }] });
    const strides = Array.from(trotting.stride!);
    expect(strides.every((s) => s >= 0 && s < 1)).toBe(true);
    expect(trotting.strideGait!.every((g) => STRIDE_GAITS[g] === 'trot')).toBe(true);
    // The stride moves on steadily (wrapping at 1), never backwards.
    const steps = strides.slice(1).map((s, i) => (s - strides[i]! + 1) % 1);
    expect(Math.min(...steps)).toBeGreaterThan(0.01);
    expect(Math.max(...steps)).toBeLessThan(0.5);
    const sitting = simulateOne({ id: 'fox', noun: 'fox', asset: 'drawn:fox', category: 'animal', actions: [{ verb: 'sit', motion: 'sit' }] });
    expect(Array.from(sitting.stride!).every(Number.isNaN)).toBe(true);
    const emoji = simulateOne({ id: 'fox', noun: 'fox', asset: 'emoji:1f98a', category: 'animal', actions: [{ verb: 'trot', motion: 'trot' }] });
    expect(Array.from(emoji.stride!).every(Number.isNaN)).toBe(true);
  });

  it('a drawn fox that sets off and stops steps from and back to the pose nearest its still art', () => {
    const fox = simulateOne(
      { id: 'fox', noun: 'fox', asset: 'drawn:fox', category: 'animal', actions: [{ verb: 'sit', motion: 'sit', start: 0, end: 1 }, { verb: 'walk', motion: 'walk', start: 1, end: 2.5 }, { verb: 'sit', motion: 'sit', start: 2.5, end: 4 }] },
      4,
    );
    const strides = Array.from(fox.stride!);
    const first = strides.findIndex((s) => !Number.isNaN(s));
    const last = strides.findLastIndex((s) => !Number.isNaN(s));
    const rest = strideIndex(strideRest('drawn:fox', 'walk'));
    expect(first).toBeGreaterThan(10);
    expect(last).toBeGreaterThan(first + 12);
    expect(strideIndex(strides[first]!)).toBe(rest);
    expect(strideIndex(strides[last]!)).toBe(rest);
    // One walk: striding frames in one unbroken run, standing still before and after.
    expect(strides.slice(first, last + 1).some(Number.isNaN)).toBe(false);
    expect(last).toBeLessThan(strides.length - 4);
  });
});
