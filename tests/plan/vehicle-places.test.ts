import { describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/core/request.ts';
import { planScene } from '../../src/plan/planner.ts';

function plan(prompt: string) {
  return planScene({ prompt, seed: defaultSeed(prompt), output: { width: 320, height: 180, fps: 12, seconds: 5, format: 'mp4' } });
}

describe('places vehicles leave from and arrive at', () => {
  it('an airport is the tarmac the plane rolls along, not a second plane', () => {
    for (const prompt of ['an airplane taking off from an airport', 'a plane landing at an airport']) {
      const shot = plan(prompt).shots[0]!;
      expect(shot.setting.kind).toBe('road');
      expect(shot.entities.filter((e) => e.category === 'aircraft')).toHaveLength(1);
      expect(shot.entities[0]!.actions[0]!.motion).toBe(prompt.includes('taking off') ? 'launch' : 'land');
    }
  });

  it('a station is a drawn station with a platform, not another train, and the train is seen side-on', () => {
    for (const prompt of ['a train arriving at a station in the snow', 'a train arriving at the train station', 'a train leaving the station']) {
      const shot = plan(prompt).shots[0]!;
      const station = shot.entities.find((e) => /station/.test(e.noun))!;
      expect(station).toMatchObject({ asset: 'drawn:station', category: 'building' });
      expect(shot.entities.filter((e) => e.category === 'vehicle').map((e) => e.asset)).toEqual(['emoji:1f685']);
    }
    // A space station is still the satellite picture.
    expect(plan('an astronaut floating near a space station').shots[0]!.entities.find((e) => e.noun === 'space station')!.asset).not.toBe('drawn:station');
  });

  it('a skate park is a park, not a shoal of skates', () => {
    const shot = plan('a skateboarder doing tricks in a skate park').shots[0]!;
    expect(shot.setting.kind).toBe('park');
    expect(shot.entities.some((e) => e.noun === 'skate' || e.category === 'fish')).toBe(false);
  });

  it('a skateboarder rides a skateboard of their own, which jumps when they do tricks', () => {
    const shot = plan('a skateboarder doing tricks in a skate park').shots[0]!;
    const person = shot.entities.find((e) => e.category === 'person')!;
    const board = shot.entities.find((e) => e.noun === 'skateboard')!;
    expect(shot.entities).toHaveLength(2);
    expect(person.count).toBe(1);
    expect(board.asset).toBe('emoji:1f6f9');
    expect(person.layout.relation).toMatchObject({ kind: 'on', target: board.id });
    expect(person.actions.map((a) => [a.motion, a.target])).toEqual([['ride', board.id]]);
    expect(board.actions.map((a) => a.motion)).toEqual(['jump']);
    expect(plan('a skateboarder doing tricks in a skate park').unresolved).not.toContain('tricks');
    // Without tricks the board just rolls; a board already said is not doubled.
    expect(plan('a skateboarder in the street').shots[0]!.entities.find((e) => e.noun === 'skateboard')!.actions.map((a) => a.motion)).toEqual(['drive']);
    expect(plan('a boy riding a skateboard down the street').shots[0]!.entities.filter((e) => e.noun === 'skateboard')).toHaveLength(1);
  });
});
