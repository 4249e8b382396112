import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack } from './simulation.ts';

type Entity = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** A two-second shot in a living room with these entities, simulated. */
function inLivingRoom(entities: Entity[]) {
  return simulate(
    parseScenePlan({
      version: 1,
      prompt: 'test',
      seed: 4,
      output: { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' },
      shots: [{ id: 's1', start: 0, duration: 2, setting: { kind: 'living-room' }, entities }],
    }),
  );
}

function sitting(person: Partial<Entity>, supportAsset: string, supportNoun: string) {
  const sim = inLivingRoom([
    { id: 'p', noun: 'woman', asset: 'emoji:1f469', category: 'person', layout: { placement: 'floor', relation: { kind: 'on', target: 's' } }, actions: [{ verb: 'sit', motion: 'sit' }], ...person } as Entity,
    { id: 's', noun: supportNoun, asset: supportAsset, category: 'object', layout: { placement: 'floor' } },
  ]);
  return { person: sim.actors.find((a) => a.entityId === 'p')!, support: sim.actors.find((a) => a.entityId === 's')! };
}

const heightOf = (t: ActorTrack): number => t.size * (t.bounds.bottom - t.bounds.top);

describe('people sitting on a couch, a chair or a bed', () => {
  it('a woman on a sofa is a whole figure from the hips up on its seat, not a head as big as the couch', () => {
    const { person, support } = sitting({}, 'emoji:1f6cb', 'sofa');
    expect(person.asset).toBe('emoji:1f9cd-200d-2640');
    expect(person.hiddenBelow).toBeGreaterThan(0.3);
    expect(person.y[0]! - support.y[0]!).toBeCloseTo(heightOf(support) * 0.21 * support.scaleY[0]!, 4);
    expect(person.depth[0]).toBeLessThan(support.depth[0]!);
    // Her head is above the couch's back but below its lamp's top.
    const top = person.y[0]! + heightOf(person) * (1 - person.hiddenBelow!);
    expect(top - support.y[0]!).toBeGreaterThan(heightOf(support) * 0.5);
    expect(top - support.y[0]!).toBeLessThan(heightOf(support) * 0.9);
  });

  it('keeps a drawn full figure (a grandfather on a bench) and seats a child smaller than an adult', () => {
    const elder = sitting({ noun: 'old man', asset: 'drawn:elder' }, 'emoji:1fa91', 'bench').person;
    expect(elder.asset).toBe('drawn:elder');
    const adult = sitting({ noun: 'woman' }, 'emoji:1fa91', 'chair').person;
    const child = sitting({ noun: 'girl', asset: 'emoji:1f467' }, 'emoji:1fa91', 'chair').person;
    expect(heightOf(child)).toBeLessThan(heightOf(adult) * 0.85);
  });

  it('leaves alone someone who does something else there, and tables (not seats)', () => {
    expect(sitting({ actions: [{ verb: 'jump', motion: 'jump' }] }, 'emoji:1f6cb', 'sofa').person.hiddenBelow).toBeUndefined();
    expect(sitting({}, 'drawn:table', 'table').person.hiddenBelow).toBeUndefined();
  });

  it('two cats on a sofa are made to fit along its seat', () => {
    const plan = parseScenePlan({
      version: 1, prompt: 'test', seed: 4,
      output: { width: 320, height: 180, fps: 10, seconds: 1, format: 'mp4' },
      shots: [{ id: 's1', start: 0, duration: 1, setting: { kind: 'living-room' }, entities: [
        { id: 'c', noun: 'cats', asset: 'emoji:1f408', category: 'animal', count: 2, layout: { placement: 'floor', relation: { kind: 'on', target: 's' } } },
        { id: 's', noun: 'sofa', asset: 'emoji:1f6cb', category: 'object', layout: { placement: 'floor' } },
      ] }],
    });
    const sim = simulate(plan);
    const sofa = sim.actors.find((a) => a.entityId === 's')!;
    const couchLeft = sofa.x[0]! - (sofa.size * (sofa.bounds.right - sofa.bounds.left)) / 2;
    const couchRight = couchLeft + sofa.size * 0.73;
    for (const cat of sim.actors.filter((a) => a.entityId === 'c')) {
      const half = (cat.size * (cat.bounds.right - cat.bounds.left)) / 2;
      expect(cat.x[0]! - half).toBeGreaterThan(couchLeft - 0.02);
      expect(cat.x[0]! + half).toBeLessThan(couchRight + 0.04);
      // In front of its back, every one of them (a row's staggered depths would put one behind the couch).
      expect(cat.depth[0]).toBeLessThan(sofa.depth[0]!);
    }
  });
});

describe('people at a table', () => {
  function atTable(people: Array<Partial<Entity>>) {
    const sim = inLivingRoom([
      ...people.map((p, i) => ({ id: `p${i}`, noun: 'woman', asset: 'emoji:1f469', category: 'person', layout: { placement: 'floor', relation: { kind: 'behind', target: 't' } }, actions: [], ...p }) as Entity),
      { id: 'f', noun: 'dinner', asset: 'emoji:1f35d', category: 'food', layout: { placement: 'floor', relation: { kind: 'on', target: 't' } } },
      { id: 't', noun: 'table', asset: 'drawn:table', category: 'object', layout: { placement: 'floor' } },
    ]);
    return { sim, of: (id: string) => sim.actors.find((a) => a.entityId === id)! };
  }
  const top = (t: ActorTrack) => t.y[0]! + t.size * (t.bounds.bottom - t.bounds.top);

  it('seats diners as whole figures just behind the table, cut at its top, spread along it', () => {
    const { of } = atTable([{ noun: 'man', asset: 'emoji:1f468' }, {}, { noun: 'boy', asset: 'emoji:1f466' }]);
    const table = of('t');
    const tableTop = top(table);
    const xs = ['p0', 'p1', 'p2'].map((id) => of(id).x[0]!);
    for (const id of ['p0', 'p1', 'p2']) {
      const p = of(id);
      expect(p.asset).toMatch(/^emoji:1f9cd/);
      expect(p.y[0]).toBeCloseTo(tableTop, 5);
      expect(p.depth[0]).toBeGreaterThan(table.depth[0]!);
      expect(p.hiddenBelow).toBeGreaterThan(0.4);
    }
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // The boy is smaller than the man.
    expect(of('p2').size).toBeLessThan(of('p0').size);
  });

  it('rests the meal on the table top, not in the air', () => {
    const { of } = atTable([{}]);
    expect(of('f').y[0]).toBeCloseTo(top(of('t')), 1);
    expect(of('f').y[of('f').length - 1]).toBeCloseTo(of('f').y[0]!, 5);
  });

  it('leaves someone walking away from the table on their feet', () => {
    const { of } = atTable([{ actions: [{ verb: 'walk', motion: 'walk', start: 0, end: null }] }]);
    expect(of('p0').hiddenBelow).toBeUndefined();
  });
});
