import type { TimeOfDay, Weather } from '../plan/vocabulary.ts';

/** Colours and lights of the sky for a time of day. */
export interface SkyPalette {
  readonly top: string;
  readonly horizon: string;
  /** A colour laid over the whole frame to unify its light; alpha carries strength. */
  readonly grade: string;
  /** Sun or moon, with its height above the horizon (0..1 of the sky). */
  readonly body: { kind: 'sun' | 'moon'; height: number; color: string; glow: string } | null;
  readonly stars: number;
  /** Multiplier on scenery brightness. */
  readonly light: number;
}

const PALETTES: Record<TimeOfDay, SkyPalette> = {
  dawn: { top: '#3b4a7a', horizon: '#f2a9a0', grade: 'rgba(120,110,200,0.16)', body: { kind: 'sun', height: 0.04, color: '#ffd2a6', glow: 'rgba(255,170,150,0.5)' }, stars: 30, light: 0.75 },
  sunrise: { top: '#5a7fc0', horizon: '#ffc07a', grade: 'rgba(255,170,90,0.14)', body: { kind: 'sun', height: 0.12, color: '#ffe3a0', glow: 'rgba(255,190,100,0.55)' }, stars: 0, light: 0.85 },
  morning: { top: '#4f93e0', horizon: '#cfe8ff', grade: 'rgba(255,240,210,0.06)', body: { kind: 'sun', height: 0.45, color: '#fff6d8', glow: 'rgba(255,250,220,0.5)' }, stars: 0, light: 1 },
  noon: { top: '#2f7fe0', horizon: '#bfe1ff', grade: 'rgba(255,255,255,0.0)', body: { kind: 'sun', height: 0.8, color: '#fffbe8', glow: 'rgba(255,255,230,0.5)' }, stars: 0, light: 1.05 },
  afternoon: { top: '#3d88dd', horizon: '#d5ebff', grade: 'rgba(255,230,180,0.05)', body: { kind: 'sun', height: 0.6, color: '#fff3c8', glow: 'rgba(255,240,200,0.5)' }, stars: 0, light: 1 },
  sunset: { top: '#4a4f9a', horizon: '#ff9a52', grade: 'rgba(255,120,60,0.2)', body: { kind: 'sun', height: 0.08, color: '#ffb36b', glow: 'rgba(255,130,60,0.6)' }, stars: 0, light: 0.8 },
  dusk: { top: '#23284f', horizon: '#c0708a', grade: 'rgba(90,70,160,0.25)', body: { kind: 'moon', height: 0.55, color: '#f4f1e0', glow: 'rgba(220,220,255,0.25)' }, stars: 40, light: 0.6 },
  evening: { top: '#1a1f45', horizon: '#6a5a8e', grade: 'rgba(60,60,150,0.28)', body: { kind: 'moon', height: 0.6, color: '#f4f1e0', glow: 'rgba(220,220,255,0.25)' }, stars: 80, light: 0.5 },
  night: { top: '#070b1f', horizon: '#1d2a52', grade: 'rgba(20,40,110,0.38)', body: { kind: 'moon', height: 0.7, color: '#f6f3e4', glow: 'rgba(200,210,255,0.3)' }, stars: 160, light: 0.38 },
  midnight: { top: '#03050f', horizon: '#121a38', grade: 'rgba(10,20,80,0.45)', body: { kind: 'moon', height: 0.85, color: '#f6f3e4', glow: 'rgba(200,210,255,0.3)' }, stars: 220, light: 0.3 },
};

/** The sky palette for a time of day, dimmed and greyed by weather. */
export function skyPalette(time: TimeOfDay, weather: Weather): SkyPalette {
  const base = PALETTES[time];
  if (weather === 'clear' || weather === 'wind') return base;
  const overcast = weather === 'storm' ? 0.7 : weather === 'fog' ? 0.55 : weather === 'cloudy' ? 0.35 : 0.5;
  const grey = weather === 'storm' ? '#3a3f48' : weather === 'snow' || weather === 'fog' ? '#c9ced6' : '#8a919c';
  return {
    ...base,
    top: mix(base.top, grey, overcast),
    horizon: mix(base.horizon, grey, overcast),
    body: weather === 'cloudy' ? base.body : null,
    stars: 0,
    light: base.light * (1 - overcast * 0.3),
  };
}

/** Linear mix of two #rrggbb colours. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  const c = pa.map((v, i) => Math.round(v + (pb[i]! - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Scales a #rrggbb colour's brightness. */
export function shade(color: string, factor: number): string {
  const c = parseHex(color).map((v) => Math.max(0, Math.min(255, Math.round(v * factor))));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
