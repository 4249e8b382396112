import { describe, expect, it } from 'vitest';
import { overridePlan } from '../../src/plan/override-plan.ts';
import { parseScenePlan, parseScenePlanJson } from '../../src/plan/parse-plan.ts';
import { InvalidRequestError } from '../../src/util/errors.ts';

/** The smallest hand-written plan: everything with a default is left out. */
const minimal = {
  version: 1,
  prompt: 'a cat',
  seed: 1,
  output: { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' },
  shots: [
    { id: 's1', start: 0, duration: 1, entities: [{ id: 'cat', noun: 'cat', asset: 'emoji:1f408' }] },
    { id: 's2', start: 1, duration: 1 },
  ],
};

describe('scene plan contract', () => {
  it('fills defaults for a hand-written plan and freezes it', () => {
    const plan = parseScenePlan(minimal);
    expect(plan.style.name).toBe('natural');
    expect(plan.unresolved).toEqual([]);
    const cat = plan.shots[0]!.entities[0]!;
    expect(cat.count).toBe(1);
    expect(cat.color).toBeNull();
    expect(cat.actions).toEqual([]);
    expect(plan.shots[1]!.setting.kind).toBe('plain');
    expect(Object.isFrozen(plan.shots[0]!.entities[0]!.layout)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const plan = parseScenePlan(minimal);
    expect(parseScenePlanJson(JSON.stringify(plan))).toEqual(plan);
  });

  it.each([
    [{ ...minimal, version: 2 }, /version/],
    [{ ...minimal, output: { ...minimal.output, width: 321 } }, /output.width/],
    [{ ...minimal, shots: [] }, /shots/],
    [{ ...minimal, shots: [{ ...minimal.shots[0], duration: 1.5 }] }, /shots last 1.5s but output.seconds is 2/],
    [{ ...minimal, shots: [minimal.shots[0], { ...minimal.shots[1], start: 1.2 }] }, /previous one ends at 1s/],
    [{ ...minimal, shots: [minimal.shots[0], { ...minimal.shots[1], id: 's1' }] }, /duplicate shot id/],
    [
      {
        ...minimal,
        shots: [
          { ...minimal.shots[0], entities: [{ id: 'cat', noun: 'cat', asset: 'emoji:1f408', actions: [{ verb: 'chase', motion: 'chase', target: 'dog' }] }] },
          minimal.shots[1],
        ],
      },
      /refers to entity "dog"/,
    ],
    [{ ...minimal, shots: [{ ...minimal.shots[0], camera: { move: 'barrel-roll' } }, minimal.shots[1]] }, /camera.move/],
    [{ ...minimal, extra: true }, /Unrecognized key/],
  ])('rejects a broken plan (%#)', (plan, message) => {
    expect(() => parseScenePlan(plan)).toThrow(InvalidRequestError);
    expect(() => parseScenePlan(plan)).toThrow(message);
  });

  it('reports bad JSON as bad input', () => {
    expect(() => parseScenePlanJson('{"version":')).toThrow(/not valid JSON/);
  });

  it('stretches shots, actions and texts when the length changes', () => {
    const plan = parseScenePlan({
      ...minimal,
      shots: [
        {
          ...minimal.shots[0],
          texts: [{ text: 'Hi', start: 0.5 }],
          entities: [{ id: 'cat', noun: 'cat', asset: 'emoji:1f408', actions: [{ verb: 'walk', motion: 'walk', start: 0.5, end: 1 }] }],
        },
        minimal.shots[1],
      ],
    });
    const longer = overridePlan(plan, { seconds: 4, width: 640, height: 360, seed: 9 });
    expect(longer.output).toMatchObject({ seconds: 4, width: 640, height: 360 });
    expect(longer.seed).toBe(9);
    expect(longer.shots.map((s) => [s.start, s.duration])).toEqual([
      [0, 2],
      [2, 2],
    ]);
    expect(longer.shots[0]!.entities[0]!.actions[0]).toMatchObject({ start: 1, end: 2 });
    expect(longer.shots[0]!.texts[0]!.start).toBe(1);
  });
});
