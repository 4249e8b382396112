import { describe, expect, it } from 'vitest';
import { emojiArtPath } from '../assets/emoji-catalog.ts';
import { drawnArtSvg } from '../assets/drawn-art.ts';
import { planScene } from './planner.ts';
import type { Entity, ScenePlan } from './schema.ts';
import type { SettingKind } from './vocabulary.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string, seed = 1): ScenePlan => planScene({ prompt, seed, output });
const entities = (p: ScenePlan): Entity[] => {
  const seen = new Map<string, Entity>();
  for (const s of p.shots) for (const e of s.entities) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
};
const find = (p: ScenePlan, noun: string): Entity => {
  const e = entities(p).find((x) => x.noun === noun || x.noun.endsWith(` ${noun}`));
  if (!e) throw new Error(`no "${noun}" in ${entities(p).map((x) => x.noun).join(', ')}`);
  return e;
};
const nounOf = (p: ScenePlan, id: string | undefined): string | undefined => entities(p).find((e) => e.id === id)?.noun;

describe('subjects', () => {
  it('draws every concrete noun, through synonyms and broader words, and records the art', () => {
    const p = plan('a poodle, a sedan, an oak, a kitten and a philosopher');
    expect(entities(p).map((e) => [e.noun, e.asset])).toEqual([
      ['poodle', 'emoji:1f429'],
      ['sedan', 'emoji:1f697'],
      ['oak', 'emoji:1f333'],
      ['kitten', 'emoji:1f408'],
      ['philosopher', 'emoji:1f9cd'], // a person, drawn full-body standing
    ]);
    expect(find(p, 'kitten').size).toBeLessThan(1);
    for (const e of entities(p)) expect(emojiArtPath(e.asset) ?? drawnArtSvg(e.asset, 1)).toBeTruthy();
  });

  it('prefers the full-body animal over its face', () => {
    expect(find(plan('a dog'), 'dog').asset).toBe('emoji:1f415');
    expect(find(plan('a tiger'), 'tiger').asset).toBe('emoji:1f405');
  });

  it('makes places settings, not actors', () => {
    const p = plan('a dog on a beach near a kitchen');
    expect(entities(p).map((e) => e.noun)).toEqual(['dog']);
    expect(p.shots[0]!.setting.kind).toBe('beach');
  });
});

describe('quantities', () => {
  it.each([
    ['3 red balloons', 3],
    ['three red balloons', 3],
    ['a pair of swans', 2],
    ['a couple of ducks', 2],
    ['a few clouds drifting', 3],
    ['several boats', 4],
    ['many butterflies', 8],
    ['a flock of birds', 7],
    ['a herd of cows', 6],
    ['a school of fish', 8],
    ['a crowd of people', 12],
    ['a dozen eggs', 12],
    ['puppies playing', 3],
  ])('%s → %i', (prompt, count) => {
    expect(entities(plan(prompt))[0]!.count).toBe(count);
  });

  it('groups flocks and schools', () => {
    expect(find(plan('a flock of birds flying over the hills'), 'birds').layout.arrangement).toBe('flock');
  });
});

describe('attributes', () => {
  it('reads colours, shades and sizes', () => {
    const p = plan('a light blue car, a golden crown, a dark green tractor, a tiny mouse and a huge elephant');
    expect(find(p, 'car').color).toMatch(/^#/);
    expect(find(p, 'car').color).not.toBe(find(plan('a blue car'), 'car').color);
    expect(find(p, 'crown').color).toBe('#e6b422');
    expect(find(p, 'tractor').color).not.toBe('#3fa34d');
    expect(find(p, 'mouse').size).toBeLessThan(0.5);
    expect(find(p, 'elephant').size).toBeGreaterThan(1.5);
  });

  it('picks a state picture where the art has one', () => {
    expect(find(plan('a full moon'), 'moon').asset).toBe('emoji:1f315');
    expect(find(plan('a crescent moon'), 'moon').asset).toBe('emoji:1f319');
    expect(find(plan('a wilted rose'), 'rose').asset).toBe('emoji:1f940');
    expect(find(plan('autumn leaves'), 'leaves').asset).toBe('emoji:1f342');
  });
});

describe('actions', () => {
  it.each([
    'walk', 'run', 'trot', 'gallop', 'fly', 'soar', 'glide', 'swim', 'jump', 'hop', 'bounce', 'roll', 'fall', 'float', 'drift',
    'spin', 'dance', 'sit', 'sleep', 'eat', 'drink', 'chase', 'follow', 'flee', 'ride', 'carry', 'orbit', 'circle', 'grow',
    'shrink', 'melt', 'explode', 'launch', 'land', 'wave', 'sway', 'rise', 'sink',
  ])('a monkey that does "%s" gets that motion', (verb) => {
    const p = plan(`the monkey ${verb === 'fly' ? 'flies' : verb.endsWith('h') || verb.endsWith('s') ? `${verb}es` : `${verb}s`}`);
    expect(find(p, 'monkey').actions.map((a) => a.motion)).toContain(verb);
  });

  it('links agents to targets', () => {
    const chase = plan('a dog chasing a cat across a park');
    expect(nounOf(chase, find(chase, 'dog').actions[0]!.target)).toBe('cat');
    const ride = plan('a girl riding a horse');
    expect(nounOf(ride, find(ride, 'girl').actions[0]!.target)).toBe('horse');
    expect(find(ride, 'girl').layout.relation?.kind).toBe('on');
    const eat = plan('a monkey eating a banana');
    expect(find(eat, 'monkey').actions[0]).toMatchObject({ motion: 'eat' });
    expect(nounOf(eat, find(eat, 'monkey').actions[0]!.target)).toBe('banana');
    const watch = plan('an owl watching a mouse');
    expect(nounOf(watch, find(watch, 'owl').actions[0]!.target)).toBe('mouse');
  });

  it('reads coordinated subjects and verbs, in order', () => {
    const p = plan('a horse and a dog running');
    expect(find(p, 'horse').actions[0]!.motion).toBe('run');
    expect(find(p, 'dog').actions[0]!.motion).toBe('run');
    const seq = plan('the fox spots a rabbit and gives chase');
    const [spot, chase] = find(seq, 'fox').actions;
    expect(spot!.motion).toBe('watch');
    expect(chase!.motion).toBe('chase');
    expect(chase!.start).toBeGreaterThan(spot!.start);
    expect(nounOf(seq, chase!.target)).toBe('rabbit');
  });
});

describe('spatial relations', () => {
  it.each([
    ['a cat on a chair', 'on'],
    ['a dog under a table', 'under'],
    ['a lamp above a bed', 'above'],
    ['a ball below a shelf', 'below'],
    ['a bike beside a tree', 'beside'],
    ['a chair next to a sofa', 'beside'],
    ['a vase to the left of a clock', 'left-of'],
    ['a plant to the right of the sofa', 'right-of'],
    ['a car in front of a house', 'in-front-of'],
    ['a tree behind a fence', 'behind'],
    ['a bench between two trees', 'between'],
    ['children dancing around a bonfire', 'around'],
    ['a goldfish inside a bowl', 'inside'],
    ['a fox jumping over a fence', 'over'],
    ['a cat walking through a door', 'through'],
    ['a duck swimming past a swan', 'across'],
  ])('%s → %s', (prompt, kind) => {
    const p = plan(prompt);
    expect(entities(p).some((e) => e.layout.relation?.kind === kind)).toBe(true);
  });

  it('puts the thing between two separate references', () => {
    const p = plan('a ball bouncing between two trees');
    const relation = find(p, 'ball').layout.relation!;
    expect(relation.secondTarget).not.toBeNull();
    expect(nounOf(p, relation.target)).toBe(nounOf(p, relation.secondTarget!));
  });
});

describe('setting', () => {
  const kinds: Array<[string, SettingKind]> = [
    ['on a beach', 'beach'], ['in a forest', 'forest'], ['in a snowy forest', 'snowy-forest'], ['in the jungle', 'jungle'],
    ['in the desert', 'desert'], ['in the mountains', 'mountains'], ['in a meadow', 'meadow'], ['on the hills', 'hills'],
    ['on a farm', 'farm'], ['on a city street', 'city-street'], ['against the skyline', 'skyline'], ['in a village', 'village'],
    ['in the park', 'park'], ['in a garden', 'garden'], ['by a pond', 'lake'], ['by a river', 'river'], ['on the ocean', 'ocean'],
    ['in a harbor', 'harbor'], ['underwater', 'underwater'], ['in outer space', 'space'], ['under the night sky', 'night-sky'],
    ['in the living room', 'living-room'], ['in a kitchen', 'kitchen'], ['in a classroom', 'classroom'], ['in a café', 'cafe'],
    ['on a stage', 'stage'], ['on a country road', 'road'], ['in a field', 'field'], ['on a volcano', 'volcano'],
    ['in a cave', 'cave'], ['in the arctic', 'arctic'], ['in a junkyard', 'junkyard'],
  ];
  it.each(kinds)('a dog %s', (where, kind) => {
    expect(plan(`a dog ${where}`).shots[0]!.setting.kind).toBe(kind);
  });

  it('reads time of day, weather and season', () => {
    const s = (prompt: string) => plan(prompt).shots[0]!.setting;
    expect(s('a fox at dawn').timeOfDay).toBe('dawn');
    expect(s('a fox at midnight').timeOfDay).toBe('midnight');
    expect(s('a fox at sunset').timeOfDay).toBe('sunset');
    expect(s('a fox in the fog').weather).toBe('fog');
    expect(s('a fox in a thunderstorm').weather).toBe('storm');
    expect(s('a fox on a windy day').weather).toBe('wind');
    expect(s('a fox in heavy snow')).toMatchObject({ weather: 'snow', season: 'winter' });
    expect(s('a fox in autumn').season).toBe('autumn');
    expect(s('a fox under an overcast sky').weather).toBe('cloudy');
    // Once the rain has passed it no longer falls.
    expect(s('a rainbow over a waterfall after the rain').weather).toBe('cloudy');
    expect(s('a forest after a storm').weather).toBe('cloudy');
  });

  it('watches a ship from the shore when someone on foot is there, and sails with those aboard', () => {
    expect(plan('a lighthouse keeper watching a ship in a storm').shots[0]!.setting.kind).toBe('beach');
    expect(plan('a dog watching a sailboat').shots[0]!.setting.kind).toBe('beach');
    expect(plan('a pirate on a ship').shots[0]!.setting.kind).toBe('ocean');
    expect(plan('a whale swimming next to a boat').shots[0]!.setting.kind).toBe('ocean');
  });

  it('slides what cannot fly along the ground, and glides fliers through the air', () => {
    expect(find(plan('a boy sliding on the ice'), 'boy').layout.placement).toBe('ground');
    expect(find(plan('a penguin sliding on its belly across the ice'), 'penguin').layout.placement).toBe('ground');
    expect(find(plan('an eagle gliding over the valley'), 'eagle').layout.placement).toBe('air');
  });

  it('makes a rainbow one arc in the sky unless a number says more', () => {
    const one = plan('a unicorn running through a rainbow meadow');
    expect(find(one, 'rainbow')).toMatchObject({ count: 1 });
    expect(find(one, 'rainbow').layout.placement).toBe('sky');
    expect(find(plan('two rainbows over the sea'), 'rainbows').count).toBe(2);
    expect(find(plan('a rainbow over the hills'), 'rainbow').layout.placement).toBe('sky');
  });
});

describe('camera', () => {
  const cam = (prompt: string) => plan(prompt).shots[0]!;
  it('reads shot sizes, moves, speed and time', () => {
    expect(cam('a close-up of a flower').camera.shot).toBe('close-up');
    expect(cam('a medium shot of a chef').camera.shot).toBe('medium');
    expect(cam("a bird's-eye view of a maze").camera.shot).toBe('aerial');
    expect(cam('the camera pans left across a market').camera.move).toBe('pan-left');
    expect(cam('a slow zoom in on a lighthouse').camera).toMatchObject({ move: 'zoom-in', speed: 0.5 });
    expect(cam('zoom out from a flower').camera.move).toBe('zoom-out');
    expect(cam('a dolly shot of a cabin').camera.move).toBe('dolly-in');
    expect(cam('a tilt up a waterfall').camera.move).toBe('tilt-up');
    expect(cam('handheld footage of a crowd').camera.move).toBe('shake');
    expect(cam('an orbit shot around a statue').camera.move).toBe('orbit');
    expect(cam('slow motion of a droplet falling').timeScale).toBeLessThan(1);
    expect(cam('a time-lapse of a flower blooming').timeScale).toBeGreaterThan(1);
  });

  it('flies forward when a drone or aerial shot is said to fly (the shot is the subject of the verb)', () => {
    for (const prompt of ['a drone shot flying over a forest at sunrise', 'drone footage flying over the mountains', 'an aerial shot flying over a city']) {
      const p = plan(prompt);
      expect(p.shots[0]!.camera, prompt).toMatchObject({ shot: 'aerial', move: 'dolly-in' });
      expect(p.unresolved, prompt).toEqual([]);
    }
  });

  it('reads low and high camera angles, and leaves the angle out at eye level', () => {
    expect(cam('a low angle shot of a giant robot walking through the city').camera.angle).toBe('low');
    expect(cam("a worm's-eye view of a tall tree").camera.angle).toBe('low');
    expect(cam('a high angle shot of a dog in a park').camera.angle).toBe('high');
    expect(cam('a dog in a park').camera).not.toHaveProperty('angle');
    expect(plan('a low angle shot of a robot').unresolved).toEqual([]);
  });

  it('tracks the entity it follows', () => {
    const p = plan('a tracking shot following a running deer');
    expect(p.shots[0]!.camera).toMatchObject({ move: 'track', target: find(p, 'deer').id });
    expect(find(p, 'deer').actions[0]!.motion).toBe('run');
  });
});

describe('style', () => {
  it.each([
    ['a fox, natural', 'natural'], ['a fox in watercolor', 'watercolor'], ['a fox as an oil painting', 'oil-paint'],
    ['a fox in the style of Van Gogh', 'oil-paint'], ['a pencil sketch of a fox', 'pencil-sketch'], ['a fox, pixel art', 'pixel-art'],
    ['a neon cyberpunk fox', 'neon'], ['a black and white film of a fox', 'film-noir'], ['a fox, film noir', 'film-noir'],
    ['a vintage film of a fox', 'vintage-film'], ['a comic book fox', 'comic'],
  ])('%s → %s', (prompt, style) => {
    expect(plan(prompt).style.name).toBe(style);
  });

  it('keeps "black and white" as colours when they describe a thing', () => {
    const p = plan('a black and white cat');
    expect(p.style.name).toBe('natural');
    expect(find(p, 'cat').color).toBe('#222222');
  });
});

describe('text', () => {
  it('puts quoted strings on screen with a role', () => {
    const sign = plan('a sign that says "Open"').shots[0]!.texts[0]!;
    expect(sign).toMatchObject({ text: 'Open', role: 'sign' });
    const title = plan('a title card that says "Chapter One" over a misty forest').shots[0]!.texts[0]!;
    expect(title).toMatchObject({ text: 'Chapter One', role: 'title', position: 'center' });
    const words = plan('a birthday cake with the words "Happy Birthday"');
    expect(words.shots[0]!.texts.map((t) => t.text)).toEqual(['Happy Birthday']);
    expect(words.unresolved).toEqual([]);
  });
});

describe('stories', () => {
  const story = plan('A fox looks for food in the snow. It spots a rabbit and gives chase. The rabbit escapes into its burrow.');

  it('makes one shot per sentence that tiles the video', () => {
    expect(story.shots).toHaveLength(3);
    expect(story.shots.map((s) => s.start)).toEqual([0, 2, 4]);
    expect(story.shots.reduce((sum, s) => sum + s.duration, 0)).toBeCloseTo(6);
  });

  it('resolves pronouns and "the rabbit" to the entity already met', () => {
    const foxIds = story.shots.map((s) => s.entities.find((e) => e.noun === 'fox')?.id);
    expect(foxIds[0]).toBeDefined();
    expect(foxIds[1]).toBe(foxIds[0]);
    const rabbitIds = story.shots.slice(1).map((s) => s.entities.find((e) => e.noun === 'rabbit')?.id);
    expect(rabbitIds[0]).toBeDefined();
    expect(rabbitIds[1]).toBe(rabbitIds[0]);
    expect(story.shots[1]!.entities.find((e) => e.noun === 'fox')!.actions.map((a) => a.motion)).toEqual(['watch', 'chase']);
  });

  it('reads a fairy tale: no hourglass for "once upon a time", "one night" is night, and "chased it" is the one met before', () => {
    const tale = plan('Once upon a time a little mouse lived in a big house. One night it found a piece of cheese. The cat woke up and chased it.');
    expect(tale.unresolved).toEqual([]);
    expect(tale.shots.flatMap((s) => s.entities.map((e) => e.noun))).not.toContain('time');
    expect(tale.shots[1]!.setting.timeOfDay).toBe('night');
    const mouse = tale.shots[0]!.entities.find((e) => e.noun === 'mouse')!;
    const cat = tale.shots[2]!.entities.find((e) => e.noun === 'cat')!;
    expect(cat.actions.find((a) => a.motion === 'chase')?.target).toBe(mouse.id);
    expect(tale.shots[2]!.entities.map((e) => e.noun).sort()).toEqual(['cat', 'mouse']);
    // An object pronoun still finds what its own sentence named.
    const seen = plan('A cat sees a mouse and chases it.').shots[0]!;
    expect(seen.entities.find((e) => e.noun === 'cat')!.actions.find((a) => a.motion === 'chase')?.target).toBe(seen.entities.find((e) => e.noun === 'mouse')!.id);
  });

  it('keeps the setting across shots unless a sentence changes it', () => {
    expect(story.shots.every((s) => s.setting.weather === 'snow')).toBe(true);
  });
});

describe('captions', () => {
  it('describe what the plan shows in full sentences', () => {
    const p = plan('two small yellow ducks swimming in a pond at sunset');
    const caption = p.shots[0]!.caption;
    expect(caption).toMatch(/^Two small yellow ducks swim\./);
    expect(caption).toContain('The scene is a lake at sunset.');
    expect(caption).toMatch(/[.]$/);
  });

  it('say when the art stands in for the noun', () => {
    expect(plan('a philosopher thinking').shots[0]!.caption).toContain('(shown as a person)');
  });
});

describe('honesty', () => {
  it('lists content words it does not show', () => {
    expect(plan('a quantum computer solving a puzzle').unresolved).toEqual(expect.arrayContaining(['quantum', 'solving']));
    expect(plan('the meaning of life').unresolved).toEqual(expect.arrayContaining(['meaning']));
  });

  it('does not list words it shows', () => {
    expect(plan('a red fox trotting through a snowy pine forest at dusk').unresolved).toEqual([]);
    expect(plan('a dog chasing a cat across a park').unresolved).toEqual([]);
  });

  it('does not draw what the prompt rules out', () => {
    const p = plan('a park without any dogs');
    expect(entities(p).map((e) => e.noun)).not.toContain('dogs');
  });
});

describe('determinism', () => {
  it('gives the same plan for the same prompt and seed', () => {
    const prompt = 'A little robot wakes up in a junkyard. It finds a flower growing between the metal. It waters the flower as the sun sets.';
    expect(planScene({ prompt, seed: 42, output })).toEqual(planScene({ prompt, seed: 42, output }));
  });
});

describe('people and babies', () => {
  it('draws a baby as a baby, and "baby" before a noun as a young, small one', () => {
    expect(find(plan('a baby'), 'baby').asset).toBe('emoji:1f476');
    expect(plan('a baby').unresolved).toEqual([]);
    expect(find(plan('a baby crawling on the floor'), 'baby').asset).toBe('emoji:1f476');
    const calf = find(plan('a baby elephant walking'), 'elephant');
    expect(calf.asset).toBe('emoji:1f418');
    expect(calf.size).toBeLessThan(1);
  });

  it('shows a whole person walking or standing on something, and keeps sitters and riders as they were', () => {
    expect(find(plan('a man walking on a bridge'), 'man').asset).toBe('emoji:1f6b6-200d-2642');
    expect(find(plan('a boy standing on a rock'), 'boy').asset).toBe('emoji:1f9cd-200d-2642');
    expect(find(plan('a man sitting on a bench'), 'man').asset).toBe('emoji:1f468');
    expect(find(plan('a girl riding a horse'), 'girl').asset).toBe('emoji:1f467');
  });
});

describe('bridges', () => {
  it('crosses a bridge on its deck, over a river when no place is named', () => {
    for (const prompt of ['a train crossing a bridge', 'a car driving over a bridge at night', 'a man walking across a bridge']) {
      const p = plan(prompt);
      const bridge = find(p, 'bridge');
      const traveller = entities(p).find((e) => e !== bridge)!;
      expect(traveller.layout.relation).toMatchObject({ kind: 'on', target: bridge.id });
      expect(p.shots[0]!.setting.kind).toBe('river');
    }
    // Under a bridge stays under it.
    expect(find(plan('a boat sailing under a bridge'), 'boat').layout.relation).toMatchObject({ kind: 'under' });
  });
});
