import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import { css, mix, type Rgb } from '../color.ts';

/** Shell patterns: a sphere of stars, one that leaves long streaks, gold falling like a willow, a flat ring. */
export type BurstKind = 'peony' | 'chrysanthemum' | 'willow' | 'ring';

/** One firework shell: its flight, where it bursts (world units) and its stars. */
export interface Burst {
  readonly kind: BurstKind;
  /** Shot seconds when the shell leaves the ground and how long it climbs. */
  readonly launch: number;
  readonly rise: number;
  /** Where the climb comes into view and where the shell bursts (same distance z). */
  readonly fromX: number;
  readonly fromY: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** How far the stars fly before gravity wins, world units. */
  readonly radius: number;
  readonly star: Rgb;
  readonly accent: Rgb;
  /** Star directions as (x, y) pairs, about unit length. */
  readonly stars: Float32Array;
  readonly seed: number;
  /** Whether water lies under the shell to mirror its light. */
  readonly overWater: boolean;
}

/** How each pattern moves: drag (1/s), gravity (radii/s²), how long stars burn and how long a streak they leave (s). */
const PHYSICS: Record<BurstKind, { drag: number; gravity: number; life: number; trail: number }> = {
  peony: { drag: 2.4, gravity: 0.55, life: 1.9, trail: 0.08 },
  chrysanthemum: { drag: 2.1, gravity: 0.5, life: 2.1, trail: 0.32 },
  willow: { drag: 3.2, gravity: 1.25, life: 3.0, trail: 0.8 },
  ring: { drag: 2.6, gravity: 0.45, life: 1.6, trail: 0.06 },
};
const WHITE: Rgb = [255, 255, 255];
const ROCKET: Rgb = [255, 214, 150];
/** Stars twinkle in a few groups, each one stroke: per-star alpha would cost a draw call per star. */
const GROUPS = 3;

/** Seconds after the burst that anything of the shell still shows (stars, glow). */
function lastsFor(burst: Burst): number {
  const physics = PHYSICS[burst.kind];
  return physics.life + physics.trail;
}

/** Outward travel (radii) and sag (radii) of a star `age` seconds after the burst: drag slows it, gravity pulls it down. */
function flight(kind: BurstKind, age: number): [number, number] {
  const { drag, gravity } = PHYSICS[kind];
  const a = Math.max(0, age);
  const spread = 1 - Math.exp(-drag * a);
  return [spread, (gravity / drag) * (a - spread / drag)];
}

/** Draws a shell at shot time t: its rising trail, then the burst, glow and smoke. */
export function drawBurst(ctx: SKRSContext2D, burst: Burst, camera: CameraPose, t: number, width: number, height: number, night: number, p: ScreenPoint): void {
  const age = t - burst.launch - burst.rise;
  if (t < burst.launch || age > lastsFor(burst) + 2.5) return;
  if (age < 0) {
    drawRocket(ctx, burst, camera, t, width, height, night, p);
    return;
  }
  projectZ(burst.x, burst.y, burst.z, camera, width, height, p);
  const cx = p.x;
  const cy = p.y;
  const unit = p.unit;
  const r = burst.radius * unit;
  if (cx < -r * 2 || cx > width + r * 2 || cy < -r * 2 || cy > height + r * 3) return;
  const physics = PHYSICS[burst.kind];
  drawSmoke(ctx, burst, cx, cy, r, age, night);
  if (age < 1.4 && night > 0.2) {
    // The burst lights the sky (and whatever stands under it) for a moment.
    const glow = 0.32 * Math.exp(-age * 2.8) * night;
    const reach = r * 3.6;
    const g = ctx.createRadialGradient(cx, cy, 0, cx, cy, reach);
    g.addColorStop(0, css(burst.star, glow));
    g.addColorStop(0.25, css(burst.star, glow * 0.4));
    g.addColorStop(1, css(burst.star, 0));
    ctx.fillStyle = g;
    ctx.fillRect(cx - reach, cy - reach, reach * 2, reach * 2);
  }
  if (burst.overWater && age < PHYSICS[burst.kind].life && night > 0.2) reflect(ctx, burst, camera, age, width, height, night, p);
  if (age < 0.16) {
    // The white flash of the bursting charge.
    ctx.fillStyle = css(WHITE, 0.9 * (1 - age / 0.16));
    ctx.beginPath();
    ctx.arc(cx, cy, Math.max(2, r * (0.06 + age * 0.9)), 0, Math.PI * 2);
    ctx.fill();
  }
  if (age > physics.life + physics.trail) return;
  const [spread, sag] = flight(burst.kind, age);
  const tail = Math.max(0, age - physics.trail);
  const [tailSpread, tailSag] = flight(burst.kind, tail);
  const burn = age < physics.life * 0.55 ? 1 : Math.max(0, 1 - (age - physics.life * 0.55) / (physics.life * 0.45));
  const headBurn = age < physics.life ? 1 : 0;
  const hot = Math.max(0, 1 - age / 0.35);
  // Stars twinkle as they burn out.
  const twinkle = age > physics.life * 0.4 ? 0.75 : 0;
  const baseWidth = Math.min(4, Math.max(1.2, r * 0.022)) * (1 - (0.35 * Math.min(age, physics.life)) / physics.life) * (night > 0.45 ? 1 : 1.4);
  const [headSpread, headSag] = flight(burst.kind, Math.max(0, age - 0.035));
  ctx.lineCap = 'round';
  const stars = burst.stars;
  const count = stars.length / 2;
  for (let colour = 0; colour < 2; colour++) {
    const rgb = mix(colour === 0 ? burst.star : burst.accent, WHITE, hot * 0.7);
    const head = mix(rgb, WHITE, 0.45);
    for (let group = 0; group < GROUPS; group++) {
      const flicker = 1 - twinkle * (0.5 + 0.5 * Math.sin(age * 23 + group * 2.1 + burst.seed));
      const alpha = burn * flicker;
      if (alpha < 0.02) continue;
      // The streak each star leaves, then the star itself, brighter, at its head.
      for (const pass of headBurn > 0 ? [0, 1] : [0]) {
        const [from, fromSag] = pass === 0 ? [tailSpread, tailSag] : [headSpread, headSag];
        ctx.strokeStyle = css(pass === 0 ? rgb : head, Math.min(1, alpha * (pass === 0 ? 0.6 : 1)));
        ctx.lineWidth = baseWidth * (pass === 0 ? 0.75 : 1.5) * (colour === 1 && burst.kind === 'chrysanthemum' ? 0.7 : 1);
        ctx.beginPath();
        for (let k = group; k < count; k += GROUPS) {
          if (starColour(burst.kind, k) !== colour) continue;
          const reach = burst.kind === 'peony' && colour === 1 ? 0.5 : 1;
          const dx = stars[k * 2]! * r * reach;
          const dy = stars[k * 2 + 1]! * r * reach;
          ctx.moveTo(cx + dx * from, cy - dy * from + fromSag * r);
          ctx.lineTo(cx + dx * spread + 0.01, cy - dy * spread + sag * r);
        }
        ctx.stroke();
      }
    }
  }
}

/**
 * The burst's light mirrored in the water: a soft streak stretched down from
 * just under the horizon, where a distant show's reflection lies (a true
 * mirror of a shell this near would fall below the frame).
 */
function reflect(ctx: SKRSContext2D, burst: Burst, camera: CameraPose, age: number, width: number, height: number, night: number, p: ScreenPoint): void {
  projectZ(burst.x, burst.y, burst.z, camera, width, height, p);
  const horizon = height / 2 + height * camera.zoom * camera.tilt;
  const r = burst.radius * p.unit * 0.8;
  const y = horizon + Math.max(0, horizon - p.y) * 0.3 + r * 0.5;
  if (y - r * 1.5 > height || p.x < -r || p.x > width + r) return;
  p.y = y;
  const strength = 0.3 * night * (0.35 + 0.65 * Math.exp(-age * 2)) * Math.max(0, 1 - age / PHYSICS[burst.kind].life);
  ctx.save();
  ctx.translate(p.x, p.y);
  ctx.scale(0.45, 1.5);
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
  g.addColorStop(0, css(mix(burst.star, WHITE, 0.3), strength));
  g.addColorStop(1, css(burst.star, 0));
  ctx.fillStyle = g;
  ctx.fillRect(-r, -r, r * 2, r * 2);
  ctx.restore();
}

/** Which of a shell's two colours a star burns: a peony's inner core, a chrysanthemum's glitter, a willow's tips. */
function starColour(kind: BurstKind, k: number): number {
  if (kind === 'peony') return k % 3 === 0 ? 1 : 0;
  if (kind === 'chrysanthemum' || kind === 'willow') return k % 5 === 0 ? 1 : 0;
  return 0;
}

/** The climbing shell: a bright head slowing as it rises, a faint glittering trail below it. */
function drawRocket(ctx: SKRSContext2D, burst: Burst, camera: CameraPose, t: number, width: number, height: number, night: number, p: ScreenPoint): void {
  const u = (t - burst.launch) / burst.rise;
  const at = (v: number): [number, number] => {
    const e = 1 - (1 - Math.max(0, v)) ** 2;
    const wobble = Math.sin(v * 9 + burst.seed) * burst.radius * 0.03;
    projectZ(burst.fromX + (burst.x - burst.fromX) * e + wobble, burst.fromY + (burst.y - burst.fromY) * e, burst.z, camera, width, height, p);
    return [p.x, p.y];
  };
  const [hx, hy] = at(u);
  const unit = p.unit;
  const [tx, ty] = at(u - 0.22);
  // Fades in as it clears the skyline.
  const show = Math.min(1, u * 4);
  ctx.lineCap = 'round';
  ctx.strokeStyle = css(ROCKET, 0.45 * show * (0.4 + 0.6 * night));
  ctx.lineWidth = Math.max(1, burst.radius * unit * 0.014);
  ctx.beginPath();
  ctx.moveTo(tx, ty);
  ctx.lineTo(hx, hy);
  ctx.stroke();
  // Glitter falling off the trail.
  ctx.fillStyle = css(ROCKET, 0.8 * show);
  const s = Math.max(1, burst.radius * unit * 0.012);
  for (let k = 1; k <= 6; k++) {
    const back = k * 0.045;
    if (u - back < 0) break;
    const [gx, gy] = at(u - back);
    const jitter = Math.sin((burst.seed + k) * 12.9898 + Math.floor(t * 20) * 0.7) * s * 2.5;
    if (Math.sin(t * 31 + k * 1.7 + burst.seed) < -0.3) continue;
    ctx.fillRect(gx + jitter - s / 2, gy + back * back * unit * burst.radius * 6 - s / 2, s, s);
  }
  ctx.fillStyle = css(mix(ROCKET, WHITE, 0.6), show);
  ctx.beginPath();
  ctx.arc(hx, hy, Math.max(1.2, burst.radius * unit * 0.018), 0, Math.PI * 2);
  ctx.fill();
}

/** Smoke left where a shell burst: grey by day, faintly lit by the stars at night. */
function drawSmoke(ctx: SKRSContext2D, burst: Burst, cx: number, cy: number, r: number, age: number, night: number): void {
  const life = lastsFor(burst) + 2.5;
  if (age < 0.15 || age > life) return;
  const u = (age - 0.15) / (life - 0.15);
  const alpha = (night > 0.45 ? 0.05 : 0.08) * Math.sin(Math.min(1, u * 3) * Math.PI * 0.5) * (1 - u);
  if (alpha < 0.005) return;
  const previous = ctx.globalCompositeOperation;
  ctx.globalCompositeOperation = 'source-over';
  ctx.fillStyle = css(mix([150, 150, 155], burst.star, night * 0.35 * Math.exp(-age)), alpha);
  ctx.beginPath();
  for (let k = 0; k < 5; k++) {
    const a = burst.seed * 0.37 + k * 1.9;
    const d = r * (0.2 + 0.35 * ((k * 0.618 + burst.seed * 0.001) % 1));
    const x = cx + Math.cos(a) * d;
    const y = cy + Math.sin(a) * d * 0.6 + r * 0.25 * u;
    const size = r * (0.35 + 0.3 * u) * (0.7 + 0.15 * k);
    ctx.moveTo(x + size, y);
    ctx.arc(x, y, size, 0, Math.PI * 2);
  }
  ctx.fill();
  ctx.globalCompositeOperation = previous;
}

/** Screen box of a shell's light at shot time t (its climbing head, then its stars), or null. */
export function burstBox(burst: Burst, camera: CameraPose, t: number, width: number, height: number, p: ScreenPoint): [number, number, number, number] | null {
  const age = t - burst.launch - burst.rise;
  if (t < burst.launch || age > PHYSICS[burst.kind].life) return null;
  let box: [number, number, number, number];
  if (age < 0) {
    const u = (t - burst.launch) / burst.rise;
    const e = 1 - (1 - u) ** 2;
    const e0 = 1 - (1 - Math.max(0, u - 0.22)) ** 2;
    projectZ(burst.fromX + (burst.x - burst.fromX) * e, burst.fromY + (burst.y - burst.fromY) * e, burst.z, camera, width, height, p);
    const [hx, hy] = [p.x, p.y];
    projectZ(burst.fromX + (burst.x - burst.fromX) * e0, burst.fromY + (burst.y - burst.fromY) * e0, burst.z, camera, width, height, p);
    const pad = Math.max(2, burst.radius * p.unit * 0.03);
    box = [Math.min(hx, p.x) - pad, Math.min(hy, p.y) - pad, Math.max(hx, p.x) + pad, Math.max(hy, p.y) + pad];
  } else {
    projectZ(burst.x, burst.y, burst.z, camera, width, height, p);
    const r = burst.radius * p.unit;
    const [spread, sag] = flight(burst.kind, age);
    const reach = Math.max(r * 0.08, r * spread);
    box = [p.x - reach, p.y - reach + sag * r, p.x + reach, p.y + reach + sag * r];
  }
  if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) return null;
  return box;
}
