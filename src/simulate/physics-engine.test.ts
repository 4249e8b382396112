import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { physicsEngine } from './physics-engine.ts';
import { preparePhysics, simulate } from './simulate.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

function plan(entities: Entities) {
  return parseScenePlan({
    version: 1,
    prompt: 'physics on demand',
    seed: 3,
    output: { width: 160, height: 90, fps: 12, seconds: 1, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: 1, setting: { kind: 'meadow' }, entities }],
  });
}

const fox: Entities[number] = { id: 'f', noun: 'fox', asset: 'emoji:1f98a', category: 'animal', actions: [{ verb: 'walk', motion: 'walk' }] };
const ball: Entities[number] = { id: 'b', noun: 'ball', asset: 'emoji:26bd', category: 'object', actions: [{ verb: 'bounce', motion: 'bounce' }] };

// One process-wide engine: these run in order, in this file's own module instance.
describe('the physics engine, loaded on demand', () => {
  it('is not loaded by a plan with nothing physical, which simulates without it', async () => {
    const walker = plan([fox]);
    await preparePhysics(walker);
    expect(() => physicsEngine()).toThrow(/not loaded/);
    expect(simulate(walker).actors).toHaveLength(1);
  });

  it('stops a physical plan simulated before loading with a clear error', () => {
    expect(() => simulate(plan([ball]))).toThrow(/await loadPhysicsEngine\(\)/);
  });

  it('is loaded by a plan with something physical, which then simulates', async () => {
    const bouncing = plan([ball]);
    await preparePhysics(bouncing);
    expect(physicsEngine().World).toBeTypeOf('function');
    const events = simulate(bouncing).events;
    expect(events.some((e) => e.kind === 'bounce' || e.kind === 'land')).toBe(true);
  });
});
