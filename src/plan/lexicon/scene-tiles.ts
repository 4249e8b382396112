import type { SettingKind, TimeOfDay, Weather } from '../vocabulary.ts';

/**
 * What a scene-tile emoji means to the planner. Some Fluent emoji are not
 * things but whole square pictures with their own sky (🌃 night with stars,
 * 🏙 cityscape, 🌅 sunrise): drawn as an actor they float in the scene as a
 * framed postcard. Their words name a setting, an hour or a weather instead,
 * or a thing that has its own freestanding art (a shooting star is a comet).
 */
export interface SceneTile {
  readonly setting?: SettingKind;
  readonly time?: TimeOfDay;
  readonly weather?: Weather;
  /** Freestanding art (an emoji hexcode) that shows the thing the tile is named after. */
  readonly instead?: string;
  /** Or Diorama's drawn art (its name, as in `drawn:<name>`) that shows it. */
  readonly drawn?: string;
}

/**
 * Every bundled scene tile, by hexcode. The list is measured, not
 * remembered: `scene-tiles.test.ts` finds every emoji of the place, sky and
 * event groups whose art fills an opaque rounded square, and checks it
 * matches these keys plus `KEPT_TILES`.
 */
export const SCENE_TILES: Readonly<Record<string, SceneTile>> = {
  '1f301': { weather: 'fog' }, // foggy (a city in fog)
  '1f303': { setting: 'night-sky', time: 'night' }, // night with stars
  '1f304': { setting: 'mountains', time: 'sunrise' }, // sunrise over mountains
  '1f305': { time: 'sunrise' }, // sunrise over the sea
  '1f306': { setting: 'skyline', time: 'dusk' }, // cityscape at dusk
  '1f307': { setting: 'skyline', time: 'sunset' }, // sunset over buildings
  '1f309': { time: 'night', drawn: 'bridge' }, // bridge at night: the drawn bridge
  '1f30c': { setting: 'night-sky', time: 'night' }, // milky way
  '1f320': { instead: '2604' }, // shooting star: the comet is a lone star with its trail
  '1f32b': { weather: 'fog' }, // fog
  '1f391': { time: 'night', instead: '1f315' }, // moon viewing ceremony: the full moon
  '1f3d9': { setting: 'skyline' }, // cityscape
  '1f3dc': { setting: 'desert' }, // desert
  '1f3de': { setting: 'lake' }, // national park: a lake below mountains
  '1f6e3': { setting: 'road' }, // motorway
  '1f6e4': {}, // railway track: no setting draws rails
};

/** Tiles that stay actors: the renderer draws fireworks and sparklers as light (it recognises their ids). */
export const KEPT_TILES: ReadonlySet<string> = new Set(['1f386', '1f387']);

/** The scene tile an emoji hexcode is, or null for art that can stand in a scene. */
export function sceneTile(hex: string): SceneTile | null {
  return Object.hasOwn(SCENE_TILES, hex) ? SCENE_TILES[hex]! : null;
}
