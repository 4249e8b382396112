import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLOR_WORDS } from '../words/color-words.ts';
import { parseLabelledSet } from './labelled-set.ts';

const colours = new Set(Object.keys(COLOR_WORDS));
const here = path.dirname(fileURLToPath(import.meta.url));

describe('parseLabelledSet', () => {
  it('reads prompts with entities, counts, art, colours, actions, relations and scene fields', () => {
    const [first] = parseLabelledSet(
      [
        '# comment',
        'prompt: two red foxes chasing a rabbit',
        'entities: 2 fox @🦊 (red, chase>rabbit); rabbit',
        'relations: fox beside rabbit',
        'setting: forest, dusk, snow, winter',
        'camera: close-up, zoom-in, slow-motion',
        'style: watercolor',
        'text: Hello | World',
        'shots: 2',
      ].join('\n'),
      colours,
    );
    expect(first).toEqual({
      prompt: 'two red foxes chasing a rabbit',
      line: 2,
      entities: [
        { noun: 'fox', count: 2, art: '1f98a', color: 'red', actions: [{ motion: 'chase', target: 'rabbit' }] },
        { noun: 'rabbit', count: null, art: null, color: null, actions: [] },
      ],
      relations: [{ subject: 'fox', kind: 'beside', target: 'rabbit' }],
      setting: { kind: 'forest', timeOfDay: 'dusk', weather: 'snow', season: 'winter' },
      camera: { shot: 'close-up', move: 'zoom-in', timeScale: 'slow-motion' },
      style: 'watercolor',
      texts: ['Hello', 'World'],
      shots: 2,
    });
  });

  it('reads drawn art as its asset id and emoji as their hexcode', () => {
    const [first] = parseLabelledSet('prompt: a wolf and a dog\nentities: wolf @drawn:wolf; dog @🐕', colours);
    expect(first!.entities!.map((e) => e.art)).toEqual(['drawn:wolf', '1f415']);
  });

  it.each([
    ['entities: fox', /before any prompt/],
    ['prompt: x\nentities: fox (purpleish)', /neither a motion nor a colour/],
    ['prompt: x\nsetting: moon base', /not a setting kind/],
    ['prompt: x\nrelations: fox likes rabbit', /cannot read relation/],
    ['prompt: x\ncolour: red', /unknown field/],
    ['prompt: x\nshots: two', /positive integer/],
  ])('rejects a malformed line (%s)', (text, message) => {
    expect(() => parseLabelledSet(text, colours)).toThrow(message);
  });

  it('the committed set is well formed and has at least 300 prompts', () => {
    const set = parseLabelledSet(readFileSync(path.resolve(here, '../../../eval/plan/labelled.txt'), 'utf8'), colours);
    expect(set.length).toBeGreaterThanOrEqual(300);
    expect(new Set(set.map((c) => c.prompt)).size).toBe(set.length);
  });
});
