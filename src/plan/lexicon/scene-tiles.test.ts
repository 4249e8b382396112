import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { canonicalHexcode, emojiArtPath, emojiAssetId } from '../../assets/emoji-catalog.ts';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';
import { lexicon } from './lexicon.ts';
import { KEPT_TILES, SCENE_TILES } from './scene-tiles.ts';

const require = createRequire(import.meta.url);
const emojiData = require('emojibase-data/en/data.json') as Array<{ hexcode: string; label: string; group?: number; subgroup?: number }>;
const emojiGroups = require('emojibase-data/meta/groups.json') as { groups: Record<string, string>; subgroups: Record<string, string> };

/** Emoji groups that picture places, skies and events: where scene tiles live (objects and symbols are things, whatever their shape). */
const SCENERY_SUBGROUPS = new Set(['place-map', 'place-geographic', 'place-other', 'sky-weather', 'transport-ground', 'event']);
/** A thing drawn edge to edge in its square, not a scene. */
const SQUARE_THINGS = new Set(['1f9e7']); // red envelope

/** Whether the art fills an opaque (rounded) square: the middle half of every side, a tenth in from the edge, is solid. */
async function fillsSquare(file: string): Promise<boolean> {
  const image = await loadImage(file);
  const { width: w, height: h } = image;
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.drawImage(image, 0, 0);
  const alpha = g.getImageData(0, 0, w, h).data;
  const inset = Math.round(w * 0.1);
  let solid = 0;
  let total = 0;
  for (let t = Math.round(w * 0.25); t < w - Math.round(w * 0.25); t++) {
    for (const [x, y] of [[t, inset], [t, h - 1 - inset], [inset, t], [w - 1 - inset, t]] as const) {
      total++;
      if (alpha[(y * w + x) * 4 + 3]! > 200) solid++;
    }
  }
  return solid / total > 0.98;
}

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const tileAssets = new Set(Object.keys(SCENE_TILES).map((hex) => emojiAssetId(hex)));

describe('scene tiles', () => {
  it('lists exactly the place, sky and event emoji whose art is a whole square picture', async () => {
    const found: string[] = [];
    for (const e of emojiData) {
      const subgroup = e.subgroup === undefined ? '' : emojiGroups.subgroups[String(e.subgroup)];
      if (!subgroup || !SCENERY_SUBGROUPS.has(subgroup)) continue;
      const hex = canonicalHexcode(e.hexcode);
      const file = emojiArtPath(emojiAssetId(hex));
      if (file && !SQUARE_THINGS.has(hex) && (await fillsSquare(file))) found.push(hex);
    }
    expect(found.sort()).toEqual([...Object.keys(SCENE_TILES), ...KEPT_TILES].sort());
  });

  it('never gives a noun a scene tile as its art', () => {
    const lex = lexicon();
    const data = require('./lexicon-data.json') as { nouns: Record<string, unknown> };
    const offenders = Object.keys(data.nouns).filter((key) => tileAssets.has(lex.noun(key)?.asset ?? ''));
    expect(offenders).toEqual([]);
  });

  it('reads the words of a tile as the setting and hour it pictures', () => {
    const dusk = plan('a cityscape at dusk');
    expect(dusk.shots[0]!.entities).toEqual([]);
    expect(dusk.shots[0]!.setting).toMatchObject({ kind: 'skyline', timeOfDay: 'dusk' });
    const milkyWay = plan('the milky way over a desert');
    expect(milkyWay.shots[0]!.entities).toEqual([]);
    expect(milkyWay.shots[0]!.setting).toMatchObject({ kind: 'desert', timeOfDay: 'night' });
    expect(milkyWay.unresolved).toEqual([]);
    expect(plan('a national park').shots[0]!.setting.kind).toBe('lake');
    expect(plan('mist over a lake').shots[0]!.setting).toMatchObject({ kind: 'lake', weather: 'fog' });
  });

  it('reads a typed tile emoji as a setting and leaves the actors to the other emoji', () => {
    const p = plan('🌃 with a 🦉');
    expect(p.shots[0]!.setting).toMatchObject({ kind: 'night-sky', timeOfDay: 'night' });
    expect(p.shots[0]!.entities.map((e) => e.asset)).toEqual(['emoji:1f989']);
  });

  it('draws a shooting star as a comet at night, and a setting sun as the sun at sunset', () => {
    const star = plan('a shooting star over the mountains');
    expect(star.shots[0]!.entities.map((e) => e.asset)).toEqual(['emoji:2604']);
    expect(star.shots[0]!.setting.timeOfDay).toBe('night');
    const sun = plan('a setting sun over the sea');
    expect(sun.shots[0]!.entities.map((e) => e.asset)).toEqual(['emoji:2600']);
    expect(sun.shots[0]!.setting.timeOfDay).toBe('sunset');
    expect(sun.unresolved).toEqual([]);
  });

  it('keeps fireworks and sparklers, which the renderer draws as light', () => {
    expect(plan('fireworks').shots[0]!.entities[0]!.asset).toBe('emoji:1f386');
    expect(plan('a sparkler').shots[0]!.entities[0]!.asset).toBe('emoji:1f387');
  });

  it('draws bridges with the drawn bridge, never the bridge-at-night tile, and keeps the night', () => {
    const night = plan('a car driving over a bridge at night');
    expect(night.shots[0]!.entities.map((e) => e.asset)).toEqual(['emoji:1f697', 'drawn:bridge']);
    expect(night.shots[0]!.setting.timeOfDay).toBe('night');
    expect(night.unresolved).toEqual([]);
    expect(plan('a drawbridge over a moat').shots[0]!.entities[0]!.asset).toBe('drawn:bridge');
    expect(plan('🌉').shots[0]!.entities[0]!.asset).toBe('drawn:bridge');
  });
});
