import { describe, expect, it } from 'vitest';
import { vehicleSeat } from '../assets/vehicle-seats.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { deckTop } from './board-geometry.ts';
import { OLLIE_APEX } from './motion-pose.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

function run(entities: Entities): Simulation {
  return simulate(
    parseScenePlan({
      version: 1,
      prompt: 'test',
      seed: 5,
      output: { width: 320, height: 180, fps: 12, seconds: 5, format: 'mp4' },
      shots: [{ id: 's1', start: 0, duration: 5, setting: { kind: 'city-street' }, entities }],
    }),
  );
}

function track(sim: Simulation, entityId: string): ActorTrack {
  const t = sim.actors.find((a) => a.entityId === entityId);
  if (!t) throw new Error(`no track for ${entityId}`);
  return t;
}

const BOARD = 'emoji:1f6f9';
const rider = (asset: string, noun: string, category: 'person' | 'animal' = 'person') => ({
  id: 'p',
  noun,
  asset,
  category,
  layout: { relation: { kind: 'on' as const, target: 'b' } },
  actions: [{ verb: 'ride', motion: 'ride' as const, target: 'b' }],
});

describe('riding a skateboard', () => {
  const seat = vehicleSeat(BOARD);

  it('the skateboard has a deck to stand on', () => {
    expect(seat?.kind).toBe('board');
  });

  it('a boy stands on the deck as a whole figure about twice the board long, and the board rolls level on its wheels', () => {
    const sim = run([rider('emoji:1f466', 'boy'), { id: 'b', noun: 'skateboard', asset: BOARD, category: 'vehicle' }]);
    const boy = track(sim, 'p');
    const board = track(sim, 'b');
    if (seat?.kind !== 'board') throw new Error('no board seat');
    // The head-only boy picture becomes a standing figure, sized by the board.
    expect(boy.asset).not.toBe('emoji:1f466');
    expect(boy.size * (boy.bounds.bottom - boy.bounds.top)).toBeCloseTo(seat.rider * board.size, 5);
    const last = board.length - 1;
    expect(Math.abs(board.x[last]! - board.x[0]!)).toBeGreaterThan(0.3);
    for (const i of [3, 20, last]) {
      const top = deckTop(board, i, seat.deck);
      expect(boy.x[i]!).toBeCloseTo(top.x, 5);
      expect(boy.y[i]!).toBeCloseTo(top.y, 5);
      // Rolling, the board is level and its rider upright.
      expect(Math.abs(top.tilt)).toBeLessThan(0.05);
      expect(Math.abs(boy.rotation[i]!)).toBeLessThan(0.05);
      // The feet are above the ground, at most a board's height up.
      expect(boy.y[i]!).toBeGreaterThan(0);
      expect(boy.y[i]!).toBeLessThan(board.size * 0.6);
    }
  });

  it('a board doing tricks pops up now and then, a little, nose first, with its rider on it', () => {
    const sim = run([rider('emoji:1f9cd', 'skateboarder'), { id: 'b', noun: 'skateboard', asset: BOARD, category: 'vehicle', actions: [{ verb: 'jump', motion: 'jump' }] }]);
    const board = track(sim, 'b');
    const boy = track(sim, 'p');
    const rest = Math.min(...board.y);
    const height = board.size * (board.bounds.bottom - board.bounds.top);
    const lifts = [...board.y].map((y) => y - rest);
    const up = lifts.filter((l) => l > height * 0.05).length;
    // Now and then: in the air for some frames, rolling for most.
    expect(up).toBeGreaterThan(3);
    expect(up).toBeLessThan(board.length * 0.5);
    expect(Math.max(...lifts)).toBeLessThanOrEqual(height * OLLIE_APEX * 1.05);
    // Its rider goes up with it.
    const top = board.y.indexOf(Math.max(...board.y));
    expect(boy.y[top]! - boy.y[0]!).toBeGreaterThan(height * 0.1);
  });

  it('a dog on a skateboard stands on the deck', () => {
    const sim = run([rider('emoji:1f415', 'dog', 'animal'), { id: 'b', noun: 'skateboard', asset: BOARD, category: 'vehicle' }]);
    const dog = track(sim, 'p');
    const board = track(sim, 'b');
    if (seat?.kind !== 'board') throw new Error('no board seat');
    const top = deckTop(board, 10, seat.deck);
    expect(dog.y[10]!).toBeCloseTo(top.y, 5);
    expect(dog.x[10]!).toBeCloseTo(top.x, 5);
  });
});
