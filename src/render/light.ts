import type { Season, TimeOfDay, Weather } from '../plan/vocabulary.ts';
import { hex, luminance, mix, scale, type Rgb } from './color.ts';

/**
 * The light of a shot: sky colours, the sun or moon, stars, the colour light
 * gives surfaces, and the haze distant things fade into. Painters bake it into
 * the static layers and sprites once per shot, so grading costs nothing per
 * frame.
 */
export interface Light {
  readonly skyTop: Rgb;
  readonly skyHorizon: Rgb;
  /** A warm or cool band just above the horizon (sunrise glow), with its strength. */
  readonly horizonGlow: Rgb;
  readonly glowStrength: number;
  readonly body: {
    readonly kind: 'sun' | 'moon';
    /** Across the sky, 0 left to 1 right. */
    readonly across: number;
    /** Above the horizon, 0 at it to 1 high. */
    readonly height: number;
    readonly color: Rgb;
    readonly glow: Rgb;
    /** How visible (clouds dim it). */
    readonly strength: number;
  } | null;
  /** Star density 0..1. */
  readonly stars: number;
  /** What light does to surface colours (multiply), and how bright it is overall. */
  readonly ambient: Rgb;
  /** Distant things fade towards this colour. */
  readonly haze: Rgb;
  /** 0..1: how much the far layers fade (fog raises it). */
  readonly hazeAmount: number;
  /** Opacity of contact shadows. */
  readonly shadow: number;
  /** Lit windows and lamps (evening and night). */
  readonly lamps: boolean;
  /** Cloud colour (lit side) and how many clouds, 0..1. */
  readonly cloud: Rgb;
  readonly cloudCover: number;
  /** 0 day .. 1 night: drives glowing things. */
  readonly night: number;
}

interface TimeLook {
  top: string;
  horizon: string;
  glow: string;
  glowStrength: number;
  body: 'sun' | 'moon';
  across: number;
  height: number;
  bodyColor: string;
  bodyGlow: string;
  stars: number;
  ambient: string;
  night: number;
}

const TIMES: Record<TimeOfDay, TimeLook> = {
  dawn: { top: '#3a4a7e', horizon: '#f0a7a0', glow: '#ffb59a', glowStrength: 0.6, body: 'sun', across: 0.28, height: 0.02, bodyColor: '#ffd9b0', bodyGlow: '#ffb08a', stars: 0.25, ambient: '#b9a8c8', night: 0.35 },
  sunrise: { top: '#5b86c9', horizon: '#ffc27e', glow: '#ffab5e', glowStrength: 0.7, body: 'sun', across: 0.3, height: 0.1, bodyColor: '#fff0c0', bodyGlow: '#ffbe70', stars: 0, ambient: '#f2d2b4', night: 0.1 },
  morning: { top: '#4a90e2', horizon: '#cfe6fb', glow: '#fff1d6', glowStrength: 0.25, body: 'sun', across: 0.32, height: 0.45, bodyColor: '#fffbea', bodyGlow: '#fff5d0', stars: 0, ambient: '#fbf3e6', night: 0 },
  noon: { top: '#2d7fe0', horizon: '#bfe0ff', glow: '#ffffff', glowStrength: 0.1, body: 'sun', across: 0.55, height: 0.85, bodyColor: '#ffffff', bodyGlow: '#fffbe0', stars: 0, ambient: '#ffffff', night: 0 },
  afternoon: { top: '#3c88dc', horizon: '#d3eafe', glow: '#fff4dc', glowStrength: 0.2, body: 'sun', across: 0.7, height: 0.6, bodyColor: '#fffbe6', bodyGlow: '#fff2c8', stars: 0, ambient: '#fff8ee', night: 0 },
  sunset: { top: '#4a4f9c', horizon: '#ff9650', glow: '#ff7a3c', glowStrength: 0.85, body: 'sun', across: 0.7, height: 0.06, bodyColor: '#ffc27a', bodyGlow: '#ff8a48', stars: 0.05, ambient: '#f4b890', night: 0.2 },
  dusk: { top: '#222a57', horizon: '#c27592', glow: '#e08aa0', glowStrength: 0.55, body: 'moon', across: 0.75, height: 0.45, bodyColor: '#f6f2e2', bodyGlow: '#c9c8f0', stars: 0.45, ambient: '#8e86b4', night: 0.6 },
  evening: { top: '#171d45', horizon: '#5f5590', glow: '#8a6aa8', glowStrength: 0.35, body: 'moon', across: 0.72, height: 0.55, bodyColor: '#f6f2e2', bodyGlow: '#b8bbf0', stars: 0.7, ambient: '#6e76a8', night: 0.8 },
  night: { top: '#060a1e', horizon: '#1c2a55', glow: '#2c3a70', glowStrength: 0.3, body: 'moon', across: 0.72, height: 0.62, bodyColor: '#f8f5e6', bodyGlow: '#a9b6f0', stars: 1, ambient: '#5662a0', night: 1 },
  midnight: { top: '#02040d', horizon: '#101838', glow: '#1a2450', glowStrength: 0.25, body: 'moon', across: 0.6, height: 0.8, bodyColor: '#f8f5e6', bodyGlow: '#9aa8e8', stars: 1, ambient: '#48538e', night: 1 },
};

/** The light for a time of day, weather and season. */
export function lightFor(time: TimeOfDay, weather: Weather, season: Season | null): Light {
  const t = TIMES[time];
  let top = hex(t.top);
  let horizon = hex(t.horizon);
  let glow = hex(t.glow);
  let glowStrength = t.glowStrength;
  let ambient = hex(t.ambient);
  let bodyStrength = 1;
  let stars = t.stars;
  let hazeAmount = 0.35;
  let cloudCover = 0.3;
  let shadow = 0.3;
  const overcast = { clear: 0, wind: 0.1, cloudy: 0.45, fog: 0.6, rain: 0.65, storm: 0.85, snow: 0.6 }[weather];
  const grey: Rgb = weather === 'storm' ? [58, 64, 76] : weather === 'snow' || weather === 'fog' ? [196, 202, 212] : [134, 142, 154];
  const dark = t.night;
  const greyAtTime = mix(grey, scale(grey, 0.3), dark);
  top = mix(top, greyAtTime, overcast * 0.9);
  horizon = mix(horizon, mix(greyAtTime, [255, 255, 255], weather === 'fog' || weather === 'snow' ? 0.25 : 0.08), overcast * 0.85);
  glowStrength *= 1 - overcast * 0.8;
  bodyStrength = 1 - Math.min(1, overcast * 1.3);
  stars *= 1 - Math.min(1, overcast * 2);
  ambient = mix(ambient, mix(ambient, [170, 176, 186], 0.6), overcast);
  ambient = scale(ambient, 1 - overcast * 0.22);
  shadow *= 1 - overcast * 0.7;
  cloudCover = weather === 'clear' ? 0.18 : weather === 'wind' ? 0.35 : 0.5 + overcast * 0.5;
  if (weather === 'fog') hazeAmount = 0.8;
  else if (weather === 'snow' || weather === 'rain') hazeAmount = 0.55;
  else if (weather === 'storm') hazeAmount = 0.5;
  if (season === 'winter') ambient = mix(ambient, [214, 226, 246], 0.2);
  if (season === 'autumn') ambient = mix(ambient, [255, 226, 190], 0.15);
  if (season === 'summer') ambient = mix(ambient, [255, 246, 214], 0.22);
  const cloud = mix(mix([255, 255, 255], glow, glowStrength * 0.5), scale(greyAtTime, 1.1), Math.min(1, overcast * 1.1));
  return {
    skyTop: top,
    skyHorizon: horizon,
    horizonGlow: glow,
    glowStrength,
    body: bodyStrength > 0.05 ? { kind: t.body, across: t.across, height: t.height, color: hex(t.bodyColor), glow: hex(t.bodyGlow), strength: bodyStrength } : null,
    stars,
    ambient,
    haze: mix(horizon, top, 0.15),
    hazeAmount,
    shadow: shadow * (0.6 + 0.4 * (1 - dark)),
    lamps: dark >= 0.55 || (weather === 'storm' && dark > 0.1),
    cloud: mix(cloud, scale(cloud, 0.45), dark * 0.85),
    cloudCover,
    night: dark,
  };
}

/**
 * Rooms, stages and caves are lit by lamps, not the sky: a warm, even light
 * that dims a little at night; windows still show the time of day outside.
 */
export function indoorLight(outside: Light, kind: 'room' | 'stage' | 'cave' | 'club'): Light {
  // A club is a dark room whatever the hour outside: its coloured spot lights do the lighting.
  if (kind === 'club') return { ...outside, ambient: [150, 132, 190], haze: [30, 20, 50], hazeAmount: 0.1, shadow: 0.2, lamps: true, cloudCover: 0, stars: 0, night: 1 };
  const lamp: Rgb = kind === 'stage' ? [255, 236, 205] : kind === 'cave' ? [200, 186, 172] : [255, 242, 222];
  const dim = kind === 'cave' ? 1 : 1 - outside.night * 0.18;
  return {
    ...outside,
    ambient: scale(mix(lamp, outside.ambient, kind === 'cave' ? 0.2 : 0.15 * (1 - outside.night)), dim),
    haze: kind === 'cave' ? [40, 34, 30] : [200, 190, 175],
    hazeAmount: 0.1,
    shadow: 0.35,
    lamps: true,
    cloudCover: 0,
  };
}

/** Light falling on a surface colour: multiplied by the ambient light. */
export function lit(color: Rgb, light: Light): Rgb {
  return [(color[0] * light.ambient[0]) / 255, (color[1] * light.ambient[1]) / 255, (color[2] * light.ambient[2]) / 255];
}

/** A lit colour faded towards the haze by distance (0 near .. 1 at the far layers). */
export function distant(color: Rgb, light: Light, distance: number): Rgb {
  return mix(lit(color, light), light.haze, Math.min(0.92, distance * light.hazeAmount * 1.6));
}

/** Whether the light is dark enough that emissive things should glow. */
export function isDark(light: Light): boolean {
  return luminance(light.ambient) < 0.5;
}
