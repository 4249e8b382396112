import { describe, expect, it } from 'vitest';
import { supportSurface } from '../assets/support-surfaces.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack } from './simulation.ts';

/** Two cats (or one) idle on a support in a living room. */
function onSupport(asset: string, noun: string, count = 1) {
  const plan = parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 3,
    output: { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' },
    shots: [{
      id: 's1', start: 0, duration: 2, setting: { kind: 'living-room' },
      entities: [
        { id: 'cat', noun: 'cat', asset: 'emoji:1f408', category: 'animal', count, layout: { placement: 'floor', relation: { kind: 'on', target: 'sup' } }, actions: [{ verb: 'sleep', motion: 'sleep' }] },
        { id: 'sup', noun, asset, category: 'object', layout: { placement: 'floor' } },
      ],
    }],
  });
  const sim = simulate(plan);
  return { cats: sim.actors.filter((a) => a.entityId === 'cat'), support: sim.actors.find((a) => a.entityId === 'sup')! };
}

const heightOf = (t: ActorTrack): number => t.size * (t.bounds.bottom - t.bounds.top);
const widthOf = (t: ActorTrack): number => t.size * (t.bounds.right - t.bounds.left);

describe('things on a sofa, a bed, a chair, a table', () => {
  it('two cats on a sofa lie on its seat, over the couch and not the lamp beside it', () => {
    const { cats, support } = onSupport('emoji:1f6cb', 'sofa', 2);
    const seatY = support.y[0]! + heightOf(support) * 0.21;
    const couchRight = support.x[0]! - widthOf(support) / 2 + widthOf(support) * 0.83;
    for (const cat of cats) {
      expect(Math.abs(cat.y[0]! - seatY)).toBeLessThan(heightOf(support) * 0.08);
      expect(cat.x[0]!).toBeLessThan(couchRight);
    }
  });

  it.each([
    ['emoji:1f6cf', 'bed', 0.6, 0.8],
    ['emoji:1fa91', 'chair', 0.45, 0.65],
    ['drawn:table', 'table', 0.9, 1.05],
  ])('a cat on a %s rests on its surface', (asset, noun, lo, hi) => {
    const { cats, support } = onSupport(asset, noun);
    const up = (cats[0]!.y[0]! - support.y[0]!) / heightOf(support);
    expect(up).toBeGreaterThan(lo);
    expect(up).toBeLessThan(hi);
  });

  it('art without a surface measured rests things on its top', () => {
    expect(supportSurface('emoji:1f4e6')).toEqual({ height: 0.9, x: 0.5, width: 1 });
    expect(supportSurface('emoji:1f6cb-fe0f').height).toBeLessThan(0.3);
  });
});
