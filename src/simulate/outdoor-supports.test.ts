import { describe, expect, it } from 'vitest';
import { supportSurface } from '../assets/support-surfaces.ts';
import { planScene } from '../plan/planner.ts';
import { OVERHEAD_CLEARANCE } from './attachments.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';

/** Prompts planned and simulated end to end (a few seconds at a low frame rate). */
const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
function run(prompt: string): { sim: Simulation; track: (noun: string) => ActorTrack } {
  const plan = planScene({ prompt, seed: 1, output });
  const sim = simulate(plan);
  const track = (noun: string): ActorTrack => {
    const id = plan.shots[0]!.entities.find((e) => e.noun === noun)!.id;
    return sim.actors.find((a) => a.entityId === id)!;
  };
  return { sim, track };
}

const heightOf = (t: ActorTrack, i = 0): number => t.size * (t.bounds.bottom - t.bounds.top) * Math.abs(t.scaleY[i]!);
const widthOf = (t: ActorTrack): number => t.size * (t.bounds.right - t.bounds.left);

describe('standing, perching and walking on things outdoors', () => {
  it("the cat's feet stay on the fence's top rail for its whole walk, and it gets somewhere", () => {
    const { track } = run('a black cat walking along a fence at night');
    const cat = track('black cat');
    const fence = track('fence');
    const railTop = fence.y[0]! + heightOf(fence) * supportSurface('drawn:long-fence').height;
    const left = fence.x[0]! - widthOf(fence) / 2;
    const right = fence.x[0]! + widthOf(fence) / 2;
    for (let i = 0; i < cat.length; i++) {
      expect(Math.abs(cat.y[i]! - railTop)).toBeLessThan(heightOf(fence) * 0.12);
      expect(cat.x[i]!).toBeGreaterThan(left);
      expect(cat.x[i]!).toBeLessThan(right);
    }
    expect(Math.max(...cat.x) - Math.min(...cat.x)).toBeGreaterThan(widthOf(cat) * 0.8);
  });

  it("the owl perches at branch height inside the tree's crown", () => {
    const { track } = run('an owl sitting on a branch at night under a full moon');
    const owl = track('owl');
    const tree = track('branch');
    const h = heightOf(tree);
    for (let i = 0; i < owl.length; i += 5) {
      // Above the trunk, below the crown's top; within the crown across.
      expect(owl.y[i]! - tree.y[i]!).toBeGreaterThan(h * 0.4);
      expect(owl.y[i]! + heightOf(owl, i) - tree.y[i]!).toBeLessThan(h * 1.02);
      expect(Math.abs(owl.x[i]! - tree.x[i]!)).toBeLessThan(widthOf(tree) * 0.3);
    }
  });

  it("the lion stands on the rock's top, and the rock is wider than the lion's stance", () => {
    const { track } = run('a lion roaring on a rock');
    const lion = track('lion');
    const rock = track('rock');
    expect(widthOf(rock)).toBeGreaterThan(widthOf(lion) * 0.9);
    for (let i = 0; i < lion.length; i += 5) {
      expect(Math.abs(lion.y[i]! - (rock.y[i]! + heightOf(rock) * supportSurface('emoji:1faa8').height))).toBeLessThan(heightOf(rock) * 0.1);
      expect(Math.abs(lion.x[i]! - rock.x[i]!)).toBeLessThan(widthOf(rock) / 2);
    }
  });

  it('the man holds the umbrella over his head and the dog walks at his side, the same way', () => {
    const { track } = run('a man walking his dog in the rain with an umbrella');
    const man = track('man');
    const dog = track('dog');
    const umbrella = track('umbrella');
    const last = man.length - 1;
    for (let i = 0; i < man.length; i += 4) {
      // The canopy's top is above the head.
      expect(umbrella.y[i]! + heightOf(umbrella, i)).toBeGreaterThan(man.y[i]! + heightOf(man, i) * (OVERHEAD_CLEARANCE - 0.1));
      expect(Math.abs(umbrella.x[i]! - man.x[i]!)).toBeLessThan(widthOf(man));
      // The dog is never more than a couple of its lengths from him.
      expect(Math.abs(dog.x[i]! - man.x[i]!)).toBeLessThan(widthOf(dog) * 1.5);
    }
    // Both went somewhere, the same way.
    const manWent = man.x[last]! - man.x[0]!;
    const dogWent = dog.x[last]! - dog.x[0]!;
    expect(Math.abs(manWent)).toBeGreaterThan(0.2);
    expect(Math.sign(dogWent)).toBe(Math.sign(manWent));
  });
});
