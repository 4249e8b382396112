import { describe, expect, it } from 'vitest';
import { strideIndex } from '../assets/drawn-stride.ts';
import { HOLD_STRIDE_SECONDS, StrideLegs } from './stride-legs.ts';

const REST = 5 / 12;
const fps = 12;

/** Plays a run of frames: `speeds` per frame, the legs carried when fast; the phase advances with speed as the simulation does. */
function play(speeds: readonly number[], wanted: (i: number) => 'walk' | null, startGait = 1.3): { legs: ('walk' | null)[]; cycles: number[] } {
  const legs = new StrideLegs(() => REST);
  let gait = startGait;
  const out: { legs: ('walk' | null)[]; cycles: number[] } = { legs: [], cycles: [] };
  speeds.forEach((speed, i) => {
    const frame = legs.frame(i / fps, speed > 0.01, wanted(i), gait, i === 0);
    gait = frame.gait;
    out.legs.push(frame.legs as 'walk' | null);
    out.cycles.push(gait / 2 - Math.floor(gait / 2));
    gait = legs.settle(gait, 1 / fps, speed) + (speed * 4) / fps;
  });
  return out;
}

describe('legs at the ends of a walk', () => {
  it('set off from standing at the still pose point and finish the step there before standing still', () => {
    const speeds = [0, 0, 0, 0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.2, 0.1, 0.05, 0.005, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const walking = (i: number): 'walk' | null => (i >= 3 && i < 11 ? 'walk' : null);
    const { legs, cycles } = play(speeds, walking);
    const first = legs.indexOf('walk');
    const last = legs.lastIndexOf('walk');
    expect(first).toBe(3);
    expect(strideIndex(cycles[first]!)).toBe(strideIndex(REST));
    // The step goes on after the walk ends, to the still pose's point, and the still art follows.
    expect(last).toBeGreaterThan(10);
    expect(strideIndex(cycles[last]!)).toBe(strideIndex(REST));
    expect(legs.slice(last + 1).every((l) => l === null)).toBe(true);
    // In between, the stride only ever moves forward.
    for (let i = first + 1; i <= last; i++) expect((cycles[i]! - cycles[i - 1]! + 1) % 1).toBeLessThan(0.6);
  });

  it('hold through a brief stop (a turn) and keep the phase of a walker already under way', () => {
    const speeds = [0.3, 0.3, 0.3, 0.005, 0.005, 0.3, 0.3, 0.3];
    const { legs, cycles } = play(speeds, () => 'walk');
    expect(legs.every((l) => l === 'walk')).toBe(true);
    expect(cycles[0]).toBeCloseTo(0.65, 9);
    expect(HOLD_STRIDE_SECONDS * fps).toBeGreaterThan(2);
  });
});
