import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const shot = (p: ScenePlan, i = 0) => p.shots[i]!;
const entity = (p: ScenePlan, noun: string, i = 0) => shot(p, i).entities.find((e) => e.noun === noun);

describe('size words said of a place the picture already shows that way', () => {
  it('reads "a small village" and "a big lake" as how those places are drawn', () => {
    expect(plan('a small village in winter').unresolved).toEqual([]);
    expect(plan('stars above a small village').unresolved).toEqual([]);
    const lake = plan('a small boat on a big lake');
    expect(lake.unresolved).toEqual([]);
    expect(shot(lake).setting.kind).toBe('lake');
    // The boat's size is still its own.
    expect(entity(lake, 'boat')?.size).toBeLessThan(1);
    expect(plan('a dense forest in the morning fog').unresolved).toEqual([]);
  });

  it('keeps a size the picture does not show unresolved', () => {
    // The underwater scene fills the frame: nothing shows the aquarium small.
    expect(plan('many fish in a small aquarium').unresolved).toContain('small');
    expect(plan('a tiny desert').unresolved).toContain('tiny');
  });
});

describe('age that shows as size', () => {
  it('draws an old or ancient tree bigger', () => {
    const old = plan('an old oak tree in a meadow');
    expect(old.unresolved).toEqual([]);
    expect(entity(old, 'oak tree')?.size).toBeGreaterThan(1.2);
    expect(entity(plan('an ancient tree in the forest'), 'tree')?.size).toBeGreaterThan(entity(old, 'oak tree')!.size);
  });

  it('leaves "old" alone where it does not mean size', () => {
    const man = plan('an old man under a tree');
    expect(man.shots[0]!.entities.every((e) => e.size === 1)).toBe(true);
    // Old cars look like any cars: the word stays unresolved.
    expect(plan('a junkyard full of old cars').unresolved).toContain('old');
  });
});

describe('places', () => {
  it('reads a river delta and an estuary as a river', () => {
    const delta = plan('a wide aerial shot of a river delta');
    expect(shot(delta).setting.kind).toBe('river');
    expect(delta.unresolved).toEqual([]);
    expect(shot(plan('birds over the estuary')).setting.kind).toBe('river');
  });

  it('reads a coastal road as a road by the sea', () => {
    const road = plan('A car drives along a coastal road. It stops at a lighthouse.');
    expect(shot(road).setting.kind).toBe('beach');
    expect(road.unresolved).toEqual([]);
  });

  it('reads a hospital as an indoor place, and as a building when something stands outside it', () => {
    const hallway = plan('a doctor walking down a hospital hallway');
    expect(shot(hallway).setting.kind).toBe('living-room');
    expect(hallway.unresolved).toEqual([]);
    expect(shot(plan('a nurse in a hospital')).setting.kind).toBe('living-room');
    const outside = plan('an ambulance parked outside a hospital');
    expect(shot(outside).setting.kind).not.toBe('living-room');
    expect(entity(outside, 'hospital')?.asset).toBe('emoji:1f3e5');
  });
});

describe('actions', () => {
  it('reads stretching as an action of its subject, and planting as a person drawn planting', () => {
    // A planter is drawn as a farmer at work; a motion for "plant" would replace that picture with a standing person.
    const girl = plan('A girl plants a tree.');
    expect(girl.unresolved).toEqual([]);
    expect(entity(girl, 'girl')?.asset).toBe('drawn:farmer-woman');
    // An astronaut has no planting picture: the word stays unresolved.
    expect(plan('an astronaut planting a flag on the moon').unresolved).toContain('planting');
    const cat = plan('A cat wakes up on a sofa. It stretches and jumps to the floor.');
    expect(cat.unresolved).toEqual([]);
    expect(entity(cat, 'cat', 1)?.actions.map((a) => a.verb)).toEqual(['stretch', 'jump']);
  });

  it('reads breathing fire as the fire flying from the dragon', () => {
    const p = plan('a dragon breathing fire on a castle');
    expect(p.unresolved).toEqual([]);
    expect(entity(p, 'fire')?.actions).toEqual([expect.objectContaining({ verb: 'breathe', motion: 'fly' })]);
    // Breathing with nothing breathed out shows nothing.
    expect(plan('a man breathing').unresolved).toContain('breathing');
  });

  it('reads the sun heating the sea as the sun shining', () => {
    const p = plan('the water cycle: the sun heats the sea, clouds form, and rain falls on the mountains');
    expect(p.unresolved).not.toContain('heats');
    expect(shot(p).entities.map((e) => e.noun)).toContain('sun');
  });
});

describe('parts of things named before', () => {
  it('reads "the mast" after a ship as the ship\'s', () => {
    const p = plan('A ship sails into a storm. Lightning strikes the mast. The ship reaches the harbor at dawn.');
    expect(p.unresolved).toEqual([]);
    expect(p.shots.flatMap((s) => s.entities.map((e) => e.noun))).not.toContain('mast');
  });

  it('reads "the walls" after a castle as the castle, so what happens at the part happens at the thing', () => {
    const p = plan('A knight rides to a castle. A dragon flies over the walls.');
    expect(p.shots.flatMap((s) => s.entities.map((e) => e.noun))).not.toContain('walls');
    expect(p.unresolved).toEqual([]);
    const castle = entity(p, 'castle', 1)!;
    expect(entity(p, 'dragon', 1)?.layout.relation).toMatchObject({ kind: 'over', target: castle.id });
    const roof = plan('a house in the snow. a cat sleeps on the roof');
    expect(entity(roof, 'cat', 1)?.layout.relation).toMatchObject({ kind: 'on', target: entity(roof, 'house', 1)!.id });
  });

  it('reads "its mast" and "its headlights" as parts drawn with their owner', () => {
    const ship = plan('a ship in a storm, lightning strikes its mast');
    expect(ship.unresolved).toEqual([]);
    expect(shot(ship).entities.map((e) => e.noun)).toEqual(['ship']);
    expect(shot(plan('a car with its headlights on at night')).entities.map((e) => e.noun)).toEqual(['car']);
  });

  it('needs the owner first and a word pointing back at it', () => {
    // No ship: "a mast" is no ship's part.
    expect(plan('lightning strikes a mast').unresolved).toContain('mast');
    // "a tower" beside a castle is a second building.
    expect(shot(plan('a castle and a tower')).entities.map((e) => e.noun)).toEqual(['castle', 'tower']);
  });
});

describe('wheels', () => {
  it('reads "big wheels" of a vehicle as the vehicle\'s wheels, drawn with it, not as a person', () => {
    for (const vehicle of ['truck', 'tractor', 'bicycle']) {
      const p = plan(`a ${vehicle} with big wheels`);
      expect(shot(p).entities.map((e) => e.noun), vehicle).toEqual([vehicle]);
      expect(p.unresolved, vehicle).toEqual([]);
    }
    expect(shot(plan('a truck with wheels')).entities.map((e) => e.noun)).toEqual(['truck']);
  });

  it('gives a verb after a part drawn with its owner to the owner', () => {
    const car = plan('a car with shiny wheels driving at night');
    expect(car.unresolved).toEqual([]);
    expect(entity(car, 'car')?.actions.map((a) => a.verb)).toEqual(['drive']);
    const ship = plan('a pirate ship with a pirate flag sailing at night');
    expect(ship.unresolved).toEqual([]);
    expect(shot(ship).entities.map((e) => e.noun)).toEqual(['pirate ship']);
    expect(entity(ship, 'pirate ship')?.actions.map((a) => a.verb)).toEqual(['sail']);
  });

  it('draws a wheel on its own as a wheel', () => {
    const p = plan('a wheel rolling down a hill');
    expect(entity(p, 'wheel')).toMatchObject({ asset: 'emoji:1f6de', actions: [{ verb: 'roll' }] });
    expect(entity(plan('big wheels rolling down a hill'), 'wheels')?.asset).toBe('emoji:1f6de');
  });
});

describe('flags', () => {
  it('draws "a flag waving in the wind" as a flag on its pole, waving', () => {
    const p = plan('a flag waving in the wind');
    expect(p.unresolved).toEqual([]);
    expect(entity(p, 'flag')).toMatchObject({ asset: 'emoji:1f6a9', count: 1, actions: [{ verb: 'wave' }] });
    expect(shot(p).setting.weather).toBe('wind');
    expect(entity(plan('a row of flags'), 'flags')?.asset).toBe('emoji:1f6a9');
    expect(entity(plan('a flag on a castle tower'), 'flag')?.asset).toBe('emoji:1f6a9');
  });

  it('keeps the black, white and pirate flags, and no flag where the words mean something else', () => {
    // The drawn pirate ship flies its black flag already; a plain ship gets a flag of its own.
    expect(shot(plan('a pirate ship with a black flag')).entities.map((e) => e.noun)).toEqual(['pirate ship']);
    expect(shot(plan('a ship with a flag')).entities.map((e) => e.asset)).toEqual(['emoji:1f6a2', 'emoji:1f6a9']);
    expect(entity(plan('a pirate flag on a ship'), 'pirate flag')?.asset).toBe('emoji:1f3f4-200d-2620');
    expect(entity(plan('a white flag'), 'white flag')?.asset).toBe('emoji:1f3f3');
    for (const prompt of ['a sky full of colors', 'streamers at a party']) {
      expect(shot(plan(prompt)).entities.map((e) => e.asset), prompt).not.toContain('emoji:1f6a9');
    }
  });
});
