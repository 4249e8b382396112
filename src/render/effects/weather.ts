import type { Canvas } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { depthToZ, type CameraPose } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import type { Rgb } from '../color.ts';
import type { Light } from '../light.ts';
import type { SettingRecipe } from '../settings/recipes.ts';
import { createFireflies, createFog, createLeaves, createLightning } from './atmosphere.ts';
import { createClouds, type FrameEffect } from './clouds.ts';
import { createDiscoLights } from './disco-lights.ts';
import { createEruption } from './eruption.ts';
import { createRain, createSnow } from './precipitation.ts';
import { createAurora } from './sky-lights.ts';
import { createUnderwater, createWaterMotion } from './water-motion.ts';

/** An effect and where it is drawn: just over the sky (clouds), behind the actors (water, an eruption) or in front (rain, fog). */
export type PlacedEffect = FrameEffect & { readonly place: 'sky' | 'back' | 'front' };

/** Everything that moves in a shot's setting, in drawing order. */
export function createWeather(o: {
  shot: Shot;
  recipe: SettingRecipe;
  light: Light;
  geometry: SettingGeometry;
  width: number;
  height: number;
  wind: number;
  side: -1 | 1;
  strikes: readonly number[];
  random: Random;
  restyle?: (canvas: Canvas) => void;
  /** The camera, when it never moves in the shot. */
  still?: CameraPose | null;
}): PlacedEffect[] {
  const { shot, recipe, light, geometry, width, height, wind, random } = o;
  const weather = shot.setting.weather;
  const effects: PlacedEffect[] = [];
  const sky = (e: FrameEffect | null): void => {
    if (e) effects.push({ draw: e.draw, place: 'sky' });
  };
  const behind = (e: FrameEffect | null): void => {
    if (e) effects.push({ draw: e.draw, place: 'back' });
  };
  const front = (e: FrameEffect | null): void => {
    if (e) effects.push({ draw: e.draw, place: 'front' });
  };
  // A time-lapse races the clouds across the sky (they cross the frame in seconds); slow motion all but stops them.
  const skyPace = shot.timeScale > 1 ? Math.min(160, shot.timeScale * 8) : shot.timeScale;
  // The northern lights hang behind the clouds.
  if (recipe.sky === 'open' && shot.setting.sky?.includes('aurora')) sky(createAurora(light, width, height, random.fork('aurora')));
  if (recipe.sky === 'open' && weather !== 'fog') sky(createClouds(light, (0.25 + wind * 1.5) * skyPace, width, height, random.fork('clouds'), o.side, o.restyle, o.still ?? null));
  if (recipe.water && geometry.water) behind(createWaterMotion(geometry.water, recipe.water.waves * (0.6 + wind), light, shot.setting.kind === 'beach', width, height, random.fork('water')));
  if (shot.setting.kind === 'volcano') behind(createEruption(width, height, light, random.fork('eruption')));
  // A club's spot lights sweep over the dancers: drawn in front of them.
  if (shot.setting.kind === 'club' && geometry.backWall !== null) front(createDiscoLights(depthToZ(geometry.backWall), width, height, random.fork('disco')));
  if (recipe.sky === 'underwater') front(createUnderwater(width, height, random.fork('underwater')));
  const indoors = recipe.sky === 'room' || recipe.sky === 'cave';
  if (!indoors && recipe.sky !== 'underwater' && recipe.sky !== 'space') {
    if (weather === 'rain' || weather === 'storm') front(createRain(width, height, wind, weather === 'storm', geometry.floor !== 'none', random.fork('rain')));
    if (weather === 'snow') front(createSnow(width, height, wind, true, random.fork('snow')));
    if (weather === 'fog') front(createFog(width, height, light, random.fork('fog')));
    if (weather === 'storm') front(createLightning(o.strikes, width, height, random.fork('lightning')));
    const autumn = shot.setting.season === 'autumn';
    if (weather === 'wind' || autumn) {
      const colors: Rgb[] = autumn ? [[214, 120, 40], [190, 70, 40], [232, 178, 60]] : [[110, 160, 60], [140, 180, 70], [90, 140, 50]];
      front(createLeaves(width, height, colors, Math.max(wind, 0.4), autumn ? 34 : 26, random.fork('leaves')));
    }
    const warmNight = light.night > 0.7 && weather === 'clear' && ['meadow', 'forest', 'garden', 'park', 'field', 'jungle', 'lake', 'river'].includes(shot.setting.kind);
    if (warmNight && shot.setting.season !== 'winter') front(createFireflies(width, height, random.fork('fireflies')));
  }
  return effects;
}
