import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';
import { steadyNoise } from '../../util/random.ts';

/**
 * A thing on fire ("a burning house": the plan puts a fire on it, see
 * plan/compose/shot-entities.ts): tongues of flame licking up along its top
 * and a column of dark smoke rising and drifting off above them. One small
 * fire emoji on a roof did not read as a house on fire. Every flame and puff
 * is a function of time, so any frame can be drawn alone.
 */

/** The emoji the planner gives a thing's fire. */
const FIRE_ASSET = 'emoji:1f525';

/** Tongues of flame along the top, and smoke puffs in the column. */
const TONGUES = 5;
const PUFFS = 12;

/** Seconds a smoke puff takes to rise out of sight. */
const PUFF_LIFE = 3.2;

/** The burning things of one shot. */
export interface Burning {
  /** How many things burn. */
  readonly count: number;
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

/** The ids of entities a fire sits on. */
export function burningTargets(shot: Shot): Set<string> {
  const ids = new Set<string>();
  for (const e of shot.entities) {
    const rel = e.layout.relation;
    if (e.asset === FIRE_ASSET && rel && rel.kind === 'on') ids.add(rel.target);
  }
  return ids;
}

/** Height of tongue `k` at `seconds`, as a share of the tallest: each flickers on its own beat. */
export function tongueHeight(k: number, seconds: number): number {
  const a = Math.sin(seconds * (9 + 3 * steadyNoise(k, 1)) + k * 2.3);
  const b = Math.sin(seconds * (17 + 5 * steadyNoise(k, 2)) + k * 1.1);
  return 0.72 + 0.16 * a + 0.12 * b;
}

/** Verbs of putting a fire out with water ("firefighters spraying water on a burning building"). */
const SPRAY_VERBS: ReadonlySet<string> = new Set(['spray', 'hose', 'douse', 'squirt', 'extinguish', 'fight', 'put out']);

/**
 * Who sprays water at which burning thing: the sprayer's entity id and the
 * burning entity's, when the spray's target burns or is on what burns (the
 * water said as sprayed "on" the building).
 */
export function sprayersOf(shot: Shot): Array<{ sprayer: string; fire: string }> {
  const targets = burningTargets(shot);
  const byId = new Map(shot.entities.map((e) => [e.id, e]));
  const out: Array<{ sprayer: string; fire: string }> = [];
  for (const e of shot.entities) {
    for (const a of e.actions) {
      if (!SPRAY_VERBS.has(a.verb)) continue;
      const aimed = a.target ?? null;
      const on = aimed ? byId.get(aimed)?.layout.relation : null;
      const fire = aimed && targets.has(aimed) ? aimed : on && targets.has(on.target) ? on.target : targets.size === 1 ? [...targets][0]! : null;
      if (fire && fire !== e.id) out.push({ sprayer: e.id, fire });
      break;
    }
  }
  return out;
}

export function createBurning(shot: Shot, actors: readonly ActorTrack[], width: number, height: number): Burning {
  const targets = burningTargets(shot);
  const burning = actors.filter((a) => targets.has(a.entityId));
  const fireOf = new Map(sprayersOf(shot).map((s) => [s.sprayer, s.fire]));
  const hoses = actors.flatMap((a) => {
    const fire = fireOf.get(a.entityId);
    const track = fire ? burning.find((b) => b.entityId === fire) : undefined;
    return track ? [{ from: a, to: track }] : [];
  });
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const q: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    count: burning.length,
    draw(ctx, camera, frame, seconds) {
      // Water first: it arcs up and falls into the flames, which burn on in front of where it lands.
      for (const { from, to } of hoses) {
        const i = frame - from.firstFrame;
        const j = frame - to.firstFrame;
        if (i < 0 || i >= from.length || j < 0 || j >= to.length) continue;
        const zf = depthToZ(from.depth[i]!);
        const zt = depthToZ(to.depth[j]!);
        if (zf - camera.z < 0.08 || zt - camera.z < 0.08) continue;
        const hf = from.size * (from.bounds.bottom - from.bounds.top);
        const ht = to.size * (to.bounds.bottom - to.bounds.top);
        const toward = Math.sign(to.x[j]! - from.x[i]!) || 1;
        const nozzle = projectZ(from.x[i]! + toward * from.size * (from.bounds.right - from.bounds.left) * 0.4, from.y[i]! + hf * 0.55, zf, camera, width, height, p);
        const aim = projectZ(to.x[j]! - toward * to.size * (to.bounds.right - to.bounds.left) * 0.15, to.y[j]! + ht * 0.75, zt, camera, width, height, q);
        waterJet(ctx, nozzle.x, nozzle.y, aim.x, aim.y, Math.max(1.5, nozzle.unit * 0.012), seconds + from.member * 0.3);
      }
      for (const track of burning) {
        const i = frame - track.firstFrame;
        if (i < 0 || i >= track.length || track.opacity[i]! < 0.05) continue;
        const z = depthToZ(track.depth[i]!);
        if (z - camera.z < 0.08) continue;
        const h = track.size * (track.bounds.bottom - track.bounds.top);
        const top = projectZ(track.x[i]!, track.y[i]! + h * 0.82, z, camera, width, height, p);
        const w = track.size * (track.bounds.right - track.bounds.left) * top.unit;
        drawBurning(ctx, top.x, top.y, w, h * top.unit, seconds + track.member * 1.7);
      }
    },
  };
}

/** Smoke, glow and flames over a thing `w` by `h` pixels whose top middle is at (`x`, `y`). */
function drawBurning(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, seconds: number): void {
  const flameH = h * 0.55;
  // Smoke first, so the flames burn in front of it: puffs rise, swell, drift downwind and thin out.
  for (let k = 0; k < PUFFS; k++) {
    const u = (seconds / PUFF_LIFE + k / PUFFS) % 1;
    const r = w * (0.15 + u * 0.36);
    const px = x + (steadyNoise(k, 3) - 0.5) * w * 0.5 + u * u * w * 0.7;
    const py = y - flameH * 0.6 - u * h * 2.2;
    const shade = Math.round(70 + u * 60);
    ctx.fillStyle = `rgba(${shade},${shade},${shade + 4},${(0.6 * (1 - u) * Math.min(1, u * 6)).toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(px, py, r, 0, Math.PI * 2);
    ctx.fill();
  }
  // A warm glow on and around the burning thing.
  const glow = ctx.createRadialGradient(x, y, 0, x, y, w * 0.9);
  glow.addColorStop(0, 'rgba(255,150,50,0.45)');
  glow.addColorStop(1, 'rgba(255,120,40,0)');
  ctx.fillStyle = glow;
  ctx.fillRect(x - w, y - w, w * 2, w * 2);
  // Tongues of flame along the top: an orange body with a yellow heart.
  for (let k = 0; k < TONGUES; k++) {
    const fx = x + (k / (TONGUES - 1) - 0.5) * w * 0.75;
    const middle = 1 - Math.abs(k / (TONGUES - 1) - 0.5);
    const th = flameH * tongueHeight(k, seconds) * (0.6 + 0.5 * middle);
    const tw = w * 0.2;
    const sway = Math.sin(seconds * 6 + k * 1.9) * tw * 0.35;
    tongue(ctx, fx, y + th * 0.12, tw, th, sway, 'rgba(240,90,25,0.92)');
    tongue(ctx, fx, y + th * 0.12, tw * 0.55, th * 0.6, sway * 0.7, 'rgba(255,210,80,0.95)');
  }
}

/** One flame: a rounded base narrowing to a swaying tip. */
function tongue(ctx: SKRSContext2D, x: number, base: number, w: number, h: number, sway: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(x - w * 0.5, base);
  ctx.bezierCurveTo(x - w * 0.6, base - h * 0.45, x + sway - w * 0.15, base - h * 0.7, x + sway, base - h);
  ctx.bezierCurveTo(x + sway + w * 0.15, base - h * 0.7, x + w * 0.6, base - h * 0.45, x + w * 0.5, base);
  ctx.closePath();
  ctx.fill();
}

/** A jet of water from a hose nozzle at (`x0`, `y0`) arcing onto (`x1`, `y1`), its spray streaming along it. */
function waterJet(ctx: SKRSContext2D, x0: number, y0: number, x1: number, y1: number, thick: number, seconds: number): void {
  const cx = (x0 + x1) / 2;
  const cy = Math.min(y0, y1) - Math.abs(x1 - x0) * 0.3;
  ctx.lineCap = 'round';
  ctx.strokeStyle = 'rgba(200,230,255,0.45)';
  ctx.lineWidth = thick * 2.2;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.quadraticCurveTo(cx, cy, x1, y1);
  ctx.stroke();
  // Dashes that stream from the nozzle to the fire: the water moving.
  ctx.strokeStyle = 'rgba(245,252,255,0.95)';
  ctx.lineWidth = thick;
  ctx.setLineDash([thick * 5, thick * 3]);
  ctx.lineDashOffset = -seconds * thick * 40;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.quadraticCurveTo(cx, cy, x1, y1);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
  // A splash of drops where it lands.
  ctx.fillStyle = 'rgba(225,242,255,0.85)';
  for (let k = 0; k < 6; k++) {
    const u = (seconds * 2.5 + k / 6) % 1;
    const a = -Math.PI / 2 + (k - 2.5) * 0.45;
    ctx.beginPath();
    ctx.arc(x1 + Math.cos(a) * u * thick * 10, y1 + Math.sin(a) * u * thick * 10 + u * u * thick * 8, thick * 0.7 * (1 - u * 0.5), 0, Math.PI * 2);
    ctx.fill();
  }
}
