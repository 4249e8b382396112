import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });

describe('far places behind a shot\'s own', () => {
  it('draws the mountains a wolf howls in behind the sea the sun sets over', () => {
    const p = plan('the sun sets over the ocean while a wolf howls in the mountains');
    expect(p.unresolved).toEqual([]);
    expect(p.shots[0]!.setting).toMatchObject({ kind: 'ocean', backdrop: ['mountains'] });
  });

  it('reads "mountains in the distance" as a backdrop, the words that put them far away included', () => {
    const sea = plan('a sailboat on the sea with mountains in the distance');
    expect(sea.unresolved).toEqual([]);
    expect(sea.shots[0]!.setting).toMatchObject({ kind: 'ocean', backdrop: ['mountains'] });
    expect(plan('a camel in the desert with mountains in the distance').shots[0]!.setting).toMatchObject({ kind: 'desert', backdrop: ['mountains'] });
    expect(plan('a beach with mountains in the background').unresolved).toEqual([]);
  });

  it('adds nothing where the kind already shows the place, or indoors', () => {
    // A lake's picture has its mountains; a mountain shot is the mountains.
    expect(plan('a lake in the mountains').shots[0]!.setting.backdrop).toBeUndefined();
    expect(plan('a flock of birds flying over the mountains').shots[0]!.setting).toMatchObject({ kind: 'mountains' });
    expect(plan('a flock of birds flying over the mountains').shots[0]!.setting.backdrop).toBeUndefined();
    expect(plan('a cozy cabin in the mountains during heavy snow').shots[0]!.setting.backdrop).toBeUndefined();
    const room = plan('a cat in the living room dreaming of the mountains');
    expect(room.shots[0]!.setting.backdrop).toBeUndefined();
  });

  it('keeps the backdrop in a later shot that names no place, and drops it where a new place is named', () => {
    const p = plan('A whale swims in the ocean near the mountains. It dives deep. A fox walks in the forest.');
    expect(p.shots.map((s) => s.setting.backdrop ?? [])).toEqual([['mountains'], ['mountains'], []]);
  });
});

describe('places a prompt implies or names in passing', () => {
  const setting = (prompt: string): ScenePlan['shots'][number]['setting'] => plan(prompt).shots[0]!.setting;
  const nouns = (prompt: string): string[] => plan(prompt).shots[0]!.entities.map((e) => e.noun);

  it('sets the savanna as its own golden grassland, named or implied by acacias', () => {
    expect(setting('an elephant walking through the savanna at sunset')).toMatchObject({ kind: 'savanna', timeOfDay: 'sunset' });
    expect(setting('zebras grazing on the savannah').kind).toBe('savanna');
    expect(setting('giraffes eating from acacia trees').kind).toBe('savanna');
    // A crop field stays a field.
    expect(setting('a tractor in a wheat field').kind).toBe('field');
  });

  it('puts snowmen, skiers and sleds in winter unless the prompt says otherwise', () => {
    expect(setting('children building a snowman')).toMatchObject({ season: 'winter' });
    expect(setting('a snowboarder going down a mountain')).toMatchObject({ kind: 'mountains', season: 'winter' });
    expect(setting('a kid riding a sled down a hill').season).toBe('winter');
    expect(setting('a snowman melting in spring').season).toBe('spring');
    expect(setting('a fox trotting through a meadow').season).toBeNull();
  });

  it('takes a floor, a windowsill, a rug or a fireplace indoors', () => {
    expect(setting('a baby crawling on the floor').kind).toBe('living-room');
    expect(setting('a cat sitting on a windowsill watching the rain')).toMatchObject({ kind: 'living-room', weather: 'rain' });
    expect(setting('an orange cat sleeping on a windowsill').kind).toBe('living-room');
    expect(setting('a clock above a fireplace').kind).toBe('living-room');
    // The room draws its rug: "on the rug" is in the room, with nothing left over.
    expect(setting('a cat playing with yarn on the rug').kind).toBe('living-room');
    expect(plan('a cat playing with yarn on the rug').unresolved).toEqual([]);
    // A floor in a named place is that place's.
    expect(setting('a dancer spinning on the floor of the stage').kind).toBe('stage');
  });

  it('sinks a sunken ship to the sea floor', () => {
    const p = plan('a shark swimming past a sunken ship');
    expect(p.shots[0]!.setting.kind).toBe('underwater');
    expect(p.unresolved).toEqual([]);
    expect(p.shots[0]!.entities.map((e) => e.noun)).toContain('ship');
    expect(setting('divers exploring a sunken ship').kind).toBe('underwater');
    // A ship afloat stays on the sea.
    expect(setting('a ship sailing across the sea').kind).toBe('ocean');
  });

  it('plays on a sports ground, not in a courtroom or a crop field', () => {
    for (const prompt of ['a tennis player serving on a court', 'kids playing basketball on a court', 'a football match in a stadium', 'a soccer player kicking a ball into a goal']) {
      expect(setting(prompt).kind, prompt).toBe('sports-ground');
    }
    expect(nouns('a tennis player serving on a court')).toEqual(['tennis player']);
    // The goal is a goal net.
    expect(plan('a soccer player kicking a ball into a goal').shots[0]!.entities.find((e) => e.noun === 'goal')?.asset).toBe('emoji:1f945');
    expect(setting('a judge speaking in a courtroom').kind).toBe('classroom');
  });

  it('draws a cart or wagon as a wheeled cart, never a bicycle', () => {
    for (const prompt of ['a horse pulling a cart on a dirt road', 'a horse pulling a wagon']) {
      const assets = plan(prompt).shots[0]!.entities.map((e) => e.asset);
      expect(assets, prompt).toContain('emoji:1f6d2');
      expect(assets, prompt).not.toContain('emoji:1f6b2');
    }
  });
});
