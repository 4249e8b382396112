import { hex, mix, scale, shiftHsl, type Rgb } from '../color.ts';
import { isDark, lit, type Light } from '../light.ts';
import type { AerialLook } from './aerial-land.ts';
import type { SettingRecipe } from './recipes.ts';

/** The colours of one aerial place, lit for the shot's hour. */
export interface Palette {
  readonly ground: Rgb;
  readonly groundFar: Rgb;
  readonly canopy: Rgb;
  readonly crowns: readonly Rgb[];
  readonly fields: readonly Rgb[];
  readonly bank: Rgb;
  readonly shallow: Rgb;
  readonly deep: Rgb;
  readonly foam: Rgb;
  readonly street: Rgb;
  readonly marking: Rgb;
  readonly lot: Rgb;
  readonly roofs: readonly Rgb[];
  readonly haze: Rgb;
  /** Dark enough for lights: lit windows and street lamps. */
  readonly night: boolean;
  readonly lamp: Rgb;
  readonly hazeReach: number;
}

/** A place's colours seen from above: its ground, crowns, fields, water, streets and roofs, and its haze. */
export function paletteFor(recipe: SettingRecipe, look: AerialLook, light: Light): Palette {
  const L = (c: string | Rgb): Rgb => lit(typeof c === 'string' ? hex(c) : c, light);
  const terrainGround: Partial<Record<AerialLook['terrain'], string>> = { snow: '#eef3f8', rock: '#7f7a70', lava: '#3d2e28', city: '#8f8c86' };
  const ground = L(recipe.ground.texture === 'snow' ? '#eef3f8' : (terrainGround[look.terrain] ?? recipe.ground.near));
  const snowy = recipe.ground.texture === 'snow' || look.terrain === 'snow';
  const crownBase = recipe.canopy ? hex(recipe.canopy) : look.terrain === 'pines' ? [45, 80, 68] as Rgb : [58, 110, 52] as Rgb;
  const crowns = [0, 1, 2, 3, 4].map((k) => L(shiftHsl(crownBase, (k - 2) * 0.018, 0.05 * (k % 2), (k - 2) * 0.035)));
  const water = recipe.water ?? { color: '#4d8fb0', deep: '#356f92' };
  const wheat = snowy ? '#e4e9ef' : '#cdb65c';
  return {
    ground,
    groundFar: L(recipe.ground.texture === 'snow' ? '#f7fafd' : (terrainGround[look.terrain] ?? recipe.ground.far)),
    canopy: L(scale(crownBase, 0.62)),
    crowns,
    fields: (snowy ? ['#eef3f8', '#e2e8ef', '#f5f7fa', '#d9e0e8'] : ['#7fae4d', wheat, '#9a7b4f', '#a9c25a', '#5f8f38', '#d6c67e', '#8b6c44']).map(L),
    bank: L(snowy ? '#dfe6ee' : look.terrain === 'sand' ? '#f1dcaa' : '#b9a57a'),
    shallow: L(look.water === 'sea' ? '#5cc3d6' : water.color),
    deep: L(water.deep),
    foam: L([245, 250, 255]),
    street: L('#56585e'),
    marking: L('#f0e7bd'),
    lot: L(look.terrain === 'village' ? recipe.ground.near : '#a19d95'),
    roofs: (look.terrain === 'village' ? ['#b4553a', '#9c4a34', '#c26a45', '#8d8a86'] : ['#8e9096', '#b0aca4', '#6f7379', '#c9c4ba', '#a5603f', '#7d8a94']).map(L),
    haze: mix(light.haze, light.skyHorizon, 0.6),
    night: isDark(light),
    lamp: [255, 214, 140],
    hazeReach: 38 / (1 + 2 * light.hazeAmount),
  };
}

/** How much a point at distance z has faded into the haze (0 clear .. 1 gone). */
export function hazeAt(z: number, palette: Palette): number {
  return 1 - Math.exp(-Math.max(0, z - 2.5) / palette.hazeReach);
}

/** A well-mixed hash of a grid cell: the same cell always gets the same crop, roof or height. */
export function cellHash(a: number, b: number): number {
  let h = (Math.imul(a, 374761393) + Math.imul(b, 668265263)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}
