import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, type Rgb } from '../color.ts';

/**
 * Shooting stars and comets drawn as light. A shooting star is a streak: a
 * white-hot head that flies across the sky in well under a second along its
 * own tail, the tail a tapering glow that lingers and fades after the head
 * burns out, again and again over a shot (a meteor shower is many at once,
 * all running the same way). A comet is slow: a glowing head with a long
 * dust tail and a fainter blue ion tail behind it, drifting across the sky
 * over the whole shot. Streaks are placed in world units at the sky's
 * distance, so the camera pans over them like anything else far away.
 */

/** The two ways a trail of light crosses the sky. */
export type MeteorKind = 'meteor' | 'comet';

/** One crossing of the sky: where it starts and ends (world units, at distance z) and when. */
export interface Streak {
  readonly kind: MeteorKind;
  /** Shot seconds when the head appears, and how long it flies. */
  readonly launch: number;
  readonly duration: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly z: number;
  /** Length of the tail behind the head, as a share of the whole path. */
  readonly tail: number;
  /** Thickness of the head's glow, world units. */
  readonly thickness: number;
  /** Peak brightness, 0..1. */
  readonly brightness: number;
  readonly color: Rgb;
}

/** Whether an actor's art or noun is a shooting star or a comet drawn as light; null for anything else. */
export function meteorKindOf(asset: string, noun: string): MeteorKind | null {
  if (/\bcomets?\b/i.test(noun)) return 'comet';
  if (asset === 'emoji:2604' || asset === 'emoji:1f320' || /\b(meteors?|meteorites?|shooting stars?|falling stars?)\b/i.test(noun)) return 'meteor';
  return null;
}

/** Seconds the tail of a burnt-out shooting star still glows. */
const AFTERGLOW = 0.45;

/** Trail colours when the plan names none: mostly white, some with the green or gold of burning metals. */
const TINTS: readonly Rgb[] = [[214, 232, 255], [214, 232, 255], [200, 255, 226], [255, 236, 196]];

/** What scheduling needs: the screen the streaks are composed for and the launcher's place in it. */
export interface MeteorInput {
  readonly kind: MeteorKind;
  /** Member index and how many members the entity has: they share the sky. */
  readonly member: number;
  readonly members: number;
  readonly seconds: number;
  /** Screen point (of the first camera) the actor was placed at. */
  readonly anchorX: number;
  readonly anchorY: number;
  /** Screen row of the skyline: streaks stay above it. */
  readonly skyline: number;
  /** Direction of travel shared by the entity's members: -1 leftwards, 1 rightwards, and the angle below horizontal (radians). */
  readonly side: number;
  readonly slope: number;
  readonly color: Rgb | null;
  readonly z: number;
  readonly camera: CameraPose;
  readonly width: number;
  readonly height: number;
  readonly random: Random;
}

/**
 * The streaks one shooting star (or the one crossing of a comet) makes over
 * a shot: a lone star shows within the first second and again every few
 * seconds; a shower's members take turns so one is nearly always falling,
 * and the more members, the denser the fall (a meteor storm).
 */
export function scheduleStreaks(input: MeteorInput): Streak[] {
  const { kind, camera, width, height, random, z } = input;
  const f = height * camera.zoom;
  const dz = Math.max(0.2, z - camera.z);
  const worldX = (px: number): number => camera.x + dz * ((px - width / 2) / f + camera.pan);
  const worldY = (py: number): number => camera.y + dz * ((height / 2 - py) / f + camera.tilt);
  const top = height * 0.06;
  const bottom = Math.max(top + height * 0.12, input.skyline - height * 0.06);
  const out: Streak[] = [];
  if (kind === 'comet') {
    // One slow crossing through where the comet was placed, its head leading.
    const travel = width * random.range(0.12, 0.18);
    const [dx, dy] = [input.side * Math.cos(input.slope * 0.6), Math.sin(input.slope * 0.6)];
    const cx = clamp(input.anchorX, width * 0.3, width * 0.7);
    const cy = clamp(input.anchorY, top + height * 0.12, bottom - height * 0.04);
    out.push({
      kind,
      launch: -0.5,
      duration: input.seconds + 1,
      x0: worldX(cx - (dx * travel) / 2),
      y0: worldY(cy - (dy * travel) / 2),
      x1: worldX(cx + (dx * travel) / 2),
      y1: worldY(cy + (dy * travel) / 2),
      z,
      // The tail reaches back about twice as far as the comet moves in the shot.
      tail: random.range(1.4, 1.9),
      thickness: (height * 0.009) / (f / dz),
      brightness: 1,
      color: input.color ?? [236, 244, 255],
    });
    return out;
  }
  const lone = input.members === 1;
  // Each member of a group falls every couple of seconds, so a bigger group is a denser fall: a shower of
  // seven has about three in the sky each second, a storm of twelve about five.
  const period = (lone ? 2.9 : Math.min(2.4, Math.max(1.6, input.members * 0.5))) * random.range(0.88, 1.12);
  // A group's fall is already under way when the shot opens: some streaks are mid-flight at its first frame.
  let launch = lone ? random.range(0.25, 0.6) : (input.member / input.members) * period - period * 0.35 + random.range(0, 0.3);
  for (let n = 0; launch < input.seconds && n < 48; n++, launch += period * random.range(0.8, 1.2)) {
    const length = width * random.range(0.26, 0.42);
    const slope = input.slope + random.range(-0.1, 0.1);
    const [dx, dy] = [input.side * Math.cos(slope), Math.sin(slope)];
    // The path's middle near the actor's place (a lone star) or anywhere in the sky (a shower), kept above the skyline.
    const mx = lone && n === 0 ? input.anchorX : random.range(width * 0.15, width * 0.85);
    const my = lone && n === 0 ? input.anchorY : random.range(top, bottom);
    const cx = clamp(mx, width * 0.08 + (length * Math.abs(dx)) / 2, width * 0.92 - (length * Math.abs(dx)) / 2);
    const cy = clamp(my, top + (length * dy) / 2, Math.max(top + (length * dy) / 2, bottom - (length * dy) / 2));
    out.push({
      kind,
      launch,
      duration: random.range(0.5, 0.85),
      x0: worldX(cx - (dx * length) / 2),
      y0: worldY(cy - (dy * length) / 2),
      x1: worldX(cx + (dx * length) / 2),
      y1: worldY(cy + (dy * length) / 2),
      z,
      tail: random.range(0.35, 0.55),
      thickness: (height * random.range(0.006, 0.009)) / (f / dz),
      brightness: random.range(0.75, 1),
      color: input.color ?? random.pick(TINTS),
    });
  }
  return out;
}

/** Where a streak's head and tail end are on screen at shot time t, with its brightness; null when it does not show. */
function streakAt(s: Streak, camera: CameraPose, t: number, width: number, height: number, p: ScreenPoint): { hx: number; hy: number; tx: number; ty: number; glow: number; tailGlow: number; thick: number } | null {
  const u = (t - s.launch) / s.duration;
  if (u < 0 || t > s.launch + s.duration + AFTERGLOW) return null;
  const comet = s.kind === 'comet';
  // A shooting star flares, then burns out at the end of its path; its tail lingers a moment after.
  const head = Math.min(1, u);
  const glow = comet ? 1 : u > 1 ? 0 : s.brightness * Math.min(1, u / 0.12) * (1 - head ** 4);
  const after = u > 1 ? 1 - (t - s.launch - s.duration) / AFTERGLOW : 1;
  const tailGlow = comet ? 1 : s.brightness * Math.max(0, after) * Math.min(1, u / 0.12);
  if (glow <= 0.01 && tailGlow <= 0.01) return null;
  const back = Math.max(0, head - s.tail * (comet ? 1 : Math.min(1, u / 0.3)));
  // After the head is gone the tail shrinks towards where it burnt out.
  const tailStart = u > 1 && !comet ? back + (head - back) * (1 - Math.max(0, after)) : back;
  projectZ(s.x0 + (s.x1 - s.x0) * head, s.y0 + (s.y1 - s.y0) * head, s.z, camera, width, height, p);
  const [hx, hy, unit] = [p.x, p.y, p.unit];
  if (comet) {
    // A comet's tail reaches back from its head, longer than the path it moves.
    projectZ(s.x0 + (s.x1 - s.x0) * (head - s.tail), s.y0 + (s.y1 - s.y0) * (head - s.tail), s.z, camera, width, height, p);
  } else {
    projectZ(s.x0 + (s.x1 - s.x0) * tailStart, s.y0 + (s.y1 - s.y0) * tailStart, s.z, camera, width, height, p);
  }
  return { hx, hy, tx: p.x, ty: p.y, glow, tailGlow, thick: Math.max(1, s.thickness * unit) };
}

/** Draws the streaks at shot time t (additive light at night). */
export function drawStreaks(ctx: SKRSContext2D, streaks: readonly Streak[], camera: CameraPose, t: number, width: number, height: number, night: number, p: ScreenPoint): void {
  for (const s of streaks) {
    const at = streakAt(s, camera, t, width, height, p);
    if (!at) continue;
    // By day a streak is barely there: light against a bright sky.
    const dim = 0.5 + 0.5 * night;
    if (s.kind === 'comet') drawComet(ctx, s, at, dim, t);
    else drawMeteor(ctx, s, at, dim);
  }
}

type At = NonNullable<ReturnType<typeof streakAt>>;

function drawMeteor(ctx: SKRSContext2D, s: Streak, at: At, dim: number): void {
  const { hx, hy, tx, ty, thick } = at;
  const tailAlpha = at.tailGlow * dim;
  if (Math.hypot(hx - tx, hy - ty) > 1) {
    // The tail: a wide faint glow and a thin bright core, both fading to nothing at the tail's end.
    taper(ctx, hx, hy, tx, ty, thick * 3.2, s.color, tailAlpha * 0.22);
    taper(ctx, hx, hy, tx, ty, thick, s.color, tailAlpha * 0.85);
  }
  const headAlpha = at.glow * dim;
  if (headAlpha > 0.01) {
    const r = thick * 4;
    const g = ctx.createRadialGradient(hx, hy, 0, hx, hy, r);
    g.addColorStop(0, `rgba(255,255,255,${headAlpha.toFixed(3)})`);
    g.addColorStop(0.25, css(s.color, headAlpha * 0.55));
    g.addColorStop(1, css(s.color, 0));
    ctx.fillStyle = g;
    ctx.fillRect(hx - r, hy - r, r * 2, r * 2);
  }
}

function drawComet(ctx: SKRSContext2D, s: Streak, at: At, dim: number, t: number): void {
  const { hx, hy, tx, ty, thick } = at;
  const shimmer = 0.92 + 0.08 * Math.sin(t * 2.3);
  // The ion tail: narrow, straight and blue, a little longer; the dust tail: broad, warm white, fanning out.
  const [ix, iy] = [hx + (tx - hx) * 1.15, hy + (ty - hy) * 1.15];
  taper(ctx, hx, hy, ix, iy, thick * 0.9, [150, 200, 255], 0.55 * dim * shimmer);
  const [nx, ny] = normal(hx, hy, tx, ty);
  const fan = Math.hypot(tx - hx, ty - hy) * 0.1;
  taper(ctx, hx, hy, tx + nx * fan, ty + ny * fan, thick * 3.2, s.color, 0.4 * dim * shimmer);
  taper(ctx, hx, hy, tx + nx * fan * 0.5, ty + ny * fan * 0.5, thick * 1.3, s.color, 0.7 * dim);
  const r = thick * 3;
  const g = ctx.createRadialGradient(hx, hy, 0, hx, hy, r);
  g.addColorStop(0, `rgba(255,255,255,${dim.toFixed(3)})`);
  g.addColorStop(0.12, `rgba(255,255,255,${(0.9 * dim).toFixed(3)})`);
  g.addColorStop(0.3, css(s.color, 0.45 * dim));
  g.addColorStop(1, css(s.color, 0));
  ctx.fillStyle = g;
  ctx.fillRect(hx - r, hy - r, r * 2, r * 2);
}

/** A wedge from a round end of width w at (hx, hy) to a point at (tx, ty), fading along its length. */
function taper(ctx: SKRSContext2D, hx: number, hy: number, tx: number, ty: number, w: number, color: Rgb, alpha: number): void {
  if (alpha <= 0.005) return;
  const [nx, ny] = normal(hx, hy, tx, ty);
  const half = w / 2;
  const g = ctx.createLinearGradient(hx, hy, tx, ty);
  g.addColorStop(0, css(color, alpha));
  g.addColorStop(0.35, css(color, alpha * 0.45));
  g.addColorStop(1, css(color, 0));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(hx + nx * half, hy + ny * half);
  ctx.arc(hx, hy, half, Math.atan2(ny, nx), Math.atan2(ny, nx) + Math.PI);
  ctx.lineTo(tx, ty);
  ctx.closePath();
  ctx.fill();
}

/** Unit normal to the line from (ax, ay) to (bx, by). */
function normal(ax: number, ay: number, bx: number, by: number): [number, number] {
  const len = Math.hypot(bx - ax, by - ay) || 1;
  return [-(by - ay) / len, (bx - ax) / len];
}

/** Screen box [x0, y0, x1, y1] of what the streaks light at shot time t, or null when none shows. */
export function streaksBox(streaks: readonly Streak[], camera: CameraPose, t: number, width: number, height: number, p: ScreenPoint): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const s of streaks) {
    const at = streakAt(s, camera, t, width, height, p);
    if (!at) continue;
    const pad = at.thick * 2;
    const [ex, ey] = s.kind === 'comet' ? [at.hx + (at.tx - at.hx) * 1.15, at.hy + (at.ty - at.hy) * 1.15] : [at.tx, at.ty];
    const b: [number, number, number, number] = [Math.min(at.hx, ex) - pad, Math.min(at.hy, ey) - pad, Math.max(at.hx, ex) + pad, Math.max(at.hy, ey) + pad];
    box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
  }
  if (!box || box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) return null;
  return [Math.max(0, box[0]), Math.max(0, box[1]), Math.min(width, box[2]), Math.min(height, box[3])];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
