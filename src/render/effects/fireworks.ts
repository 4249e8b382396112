import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ScenePlan, Shot } from '../../plan/schema.ts';
import { pyrotechnicOf } from '../../simulate/cast.ts';
import { cameraAt, depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack, ShotSpan, Simulation } from '../../simulate/simulation.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import { createRandom, type Random } from '../../util/random.ts';
import { hex, type Rgb } from '../color.ts';
import { recipeFor } from '../settings/recipes.ts';
import { burstBox, drawBurst, type Burst, type BurstKind } from './firework-burst.ts';
import { drawStreaks, meteorKindOf, scheduleStreaks, streaksBox, type Streak } from './meteors.ts';
import { isRainbow, RainbowPainter } from './sky-lights.ts';
import { drawSparkler, sparklerBox } from './sparkler.ts';
import { isTornado, TORNADO_DEPTH, TornadoPainter } from './tornado.ts';

/**
 * Fireworks, sparklers, shooting stars, comets and rainbows drawn as light
 * instead of picture tiles (shooting stars and comets: see meteors.ts;
 * rainbows: sky-lights.ts; tornadoes, drawn as funnels: tornado.ts). Each
 * fireworks actor is a launcher: shells rise from behind the skyline in its
 * band of the sky and burst into peonies, chrysanthemums, willows and rings
 * that expand, droop, twinkle and fade, one after another over the shot. A
 * sparkler sprays sparks from where it is held. Everything is a function of
 * (plan, simulation, time), so any frame can be drawn alone.
 */
export interface Pyrotechnics {
  /** Whether an actor is drawn here rather than as a sprite. */
  has(track: ActorTrack): boolean;
  /** Plan depth to sort the actor's light among the others at frame index i. */
  depth(track: ActorTrack, i: number): number;
  /** Draws the actor at frame index i of its track, `seconds` into the shot. */
  draw(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose, seconds: number): void;
  /** Screen box [x0, y0, x1, y1] of what the actor lights up, or null when nothing shows. */
  box(track: ActorTrack, i: number, camera: CameraPose, seconds: number): [number, number, number, number] | null;
}

/** Options: the shot and how dark its sky is (fireworks glow at night, smoke by day). */
export interface PyrotechnicsOptions {
  readonly plan: ScenePlan;
  readonly simulation: Simulation;
  readonly span: ShotSpan;
  /** 0 by day .. 1 at night (Light.night). */
  readonly night: number;
}

/** Colours of shells when the plan names none: pairs of star and accent colours. */
const PALETTE: readonly (readonly [string, string])[] = [
  ['#ff3b3b', '#ffd36b'],
  ['#ffcf5a', '#fff4d6'],
  ['#4dff88', '#f4fff0'],
  ['#4d8dff', '#e6f0ff'],
  ['#c35bff', '#ff8fd8'],
  ['#ff7a2e', '#ffe08a'],
  ['#3fe6ff', '#ff5fd2'],
  ['#ff4fa0', '#ffffff'],
];
const WILLOW: Rgb = [255, 186, 96];
const KINDS: readonly BurstKind[] = ['peony', 'peony', 'peony', 'chrysanthemum', 'chrysanthemum', 'willow', 'willow', 'ring'];

/** Creates the pyrotechnics of one shot. */
export function createPyrotechnics(options: PyrotechnicsOptions): Pyrotechnics {
  const { plan, simulation, span, night } = options;
  const { width, height } = plan.output;
  const shot = plan.shots[span.shotIndex]!;
  const actors = simulation.actors.filter((a) => a.shotIndex === span.shotIndex);
  const kinds = new Map(actors.map((a) => [a.key, pyrotechnicOf(a.asset, a.noun) ?? meteorKindOf(a.asset, a.noun) ?? (isRainbow(a.asset, a.noun) ? 'rainbow' : isTornado(a.asset, a.noun) ? 'tornado' : null)]));
  const tornadoes = new TornadoPainter(width, height, plan.seed);
  let rainbows: RainbowPainter | null = null;
  const rainbowPainter = (): RainbowPainter => {
    if (!rainbows) {
      rainbows = new RainbowPainter(width, height, night);
      const poses = Array.from({ length: span.endFrame - span.firstFrame }, (_, i) => cameraAt(simulation.camera, span.firstFrame + i));
      for (const a of actors) if (kinds.get(a.key) === 'rainbow') rainbows.prepare(a, poses.slice(a.firstFrame - span.firstFrame));
    }
    return rainbows;
  };
  const shells = new Map<string, Burst[]>();
  const ref = cameraAt(simulation.camera, span.firstFrame);
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  // Shells burst behind everything on the stage (a castle they rise over stands before them).
  const stageDepth = Math.max(0, ...actors.filter((a) => kinds.get(a.key) === null).map((a) => a.depth[0]!));
  const skyDepth = (track: ActorTrack): number => Math.max(0.95, track.depth[0]!, stageDepth + 0.15);
  const seconds = (span.endFrame - span.firstFrame) / simulation.fps;
  const trails = new Map<string, Streak[]>();
  const streaks = (track: ActorTrack): Streak[] => {
    let list = trails.get(track.key);
    if (!list) {
      const kind = kinds.get(track.key) === 'comet' ? 'comet' : 'meteor';
      // The members of one entity fall the same way, as a meteor shower's do.
      const shared = createRandom(plan.seed).fork(`meteors:${track.entityId}`);
      const side = shared.chance(0.5) ? -1 : 1;
      const slope = shared.range(0.3, 0.6);
      const z = depthToZ(skyDepth(track));
      projectZ(track.x[0]!, track.y[0]!, depthToZ(track.depth[0]!), ref, width, height, p);
      list = scheduleStreaks({
        kind,
        member: track.member,
        members: actors.filter((a) => a.entityId === track.entityId).length,
        seconds,
        anchorX: p.x,
        anchorY: p.y,
        skyline: skylineRow(shot, ref, width, height, Infinity),
        side,
        slope,
        color: track.color ? brighten(hex(track.color)) : null,
        z,
        camera: ref,
        width,
        height,
        random: createRandom(plan.seed).fork(`meteors:${track.key}`),
      });
      trails.set(track.key, list);
    }
    return list;
  };
  const isStreak = (track: ActorTrack): boolean => {
    const kind = kinds.get(track.key);
    return kind === 'meteor' || kind === 'comet';
  };
  const bursts = (track: ActorTrack): Burst[] => {
    let list = shells.get(track.key);
    if (!list) {
      const members = actors.filter((a) => a.entityId === track.entityId).length;
      const explode = simulation.events.find((e) => e.kind === 'explode' && e.actors.includes(track.key));
      list = scheduleShells({
        shot,
        track,
        members,
        seconds,
        explodeAt: explode ? (explode.frame - span.firstFrame) / simulation.fps : null,
        z: depthToZ(skyDepth(track)),
        depth: skyDepth(track),
        water: settingGeometry(shot.setting.kind).water,
        camera: ref,
        width,
        height,
        random: createRandom(plan.seed).fork(`fireworks:${track.key}`),
      });
      shells.set(track.key, list);
    }
    return list;
  };
  return {
    has: (track) => (kinds.get(track.key) ?? null) !== null,
    depth: (track, i) => (kinds.get(track.key) === 'tornado' ? TORNADO_DEPTH : kinds.get(track.key) === 'sparkler' || kinds.get(track.key) === 'rainbow' ? track.depth[i]! : skyDepth(track)),
    draw(ctx, track, i, camera, t) {
      if (kinds.get(track.key) === 'tornado') {
        tornadoes.draw(ctx, track, i, camera, t);
        return;
      }
      if (kinds.get(track.key) === 'rainbow') {
        rainbowPainter().draw(ctx, track, i, camera);
        return;
      }
      if (isStreak(track)) {
        ctx.save();
        ctx.globalCompositeOperation = night > 0.45 ? 'lighter' : 'source-over';
        drawStreaks(ctx, streaks(track), camera, t, width, height, night, p);
        ctx.restore();
        return;
      }
      if (kinds.get(track.key) === 'sparkler') {
        drawSparkler(ctx, track, i, camera, t, width, height, night, p);
        return;
      }
      ctx.save();
      ctx.globalCompositeOperation = night > 0.45 ? 'lighter' : 'source-over';
      for (const burst of bursts(track)) drawBurst(ctx, burst, camera, t, width, height, night, p);
      ctx.restore();
    },
    box(track, i, camera, t) {
      if (kinds.get(track.key) === 'tornado') return tornadoes.box(track, i, camera, t);
      if (kinds.get(track.key) === 'rainbow') return rainbowPainter().box(track, i, camera);
      if (kinds.get(track.key) === 'sparkler') return sparklerBox(track, i, camera, t, width, height, p);
      if (isStreak(track)) return streaksBox(streaks(track), camera, t, width, height, p);
      let box: [number, number, number, number] | null = null;
      for (const burst of bursts(track)) {
        const b = burstBox(burst, camera, t, width, height, p);
        if (b) box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
      }
      return box;
    },
  };
}

interface ScheduleInput {
  readonly shot: Shot;
  readonly track: ActorTrack;
  /** Launchers of the same entity: they share the sky in bands. */
  readonly members: number;
  readonly seconds: number;
  readonly explodeAt: number | null;
  readonly z: number;
  /** The same distance as a plan depth, and the depths the setting's water spans (null: no water). */
  readonly depth: number;
  readonly water: readonly [number, number] | null;
  /** The shot's first camera: bursts are composed for it, then stay put in the world. */
  readonly camera: CameraPose;
  readonly width: number;
  readonly height: number;
  readonly random: Random;
}

/**
 * The shells one launcher fires over a shot: staggered against its fellow
 * launchers, the first already blooming as the shot opens (a firework that
 * explodes on cue bursts on its event), each placed in the launcher's band
 * of sky above the skyline.
 */
export function scheduleShells(input: ScheduleInput): Burst[] {
  const { track, members, seconds, z, camera, width, height, random } = input;
  const m = track.member;
  // A lone firework bursts now and then; a show keeps two or so shells in the air at once.
  const period = (members === 1 ? 2.6 : Math.max(1.6, members * 0.45)) * random.range(0.88, 1.12);
  const rises = Array.from({ length: 64 }, () => random.range(0.85, 1.2));
  let first = (m / members) * period - 1.1 + random.range(-0.15, 0.15);
  if (input.explodeAt !== null && m === 0) first = input.explodeAt - rises[0]! - Math.ceil((input.explodeAt - rises[0]! + 1.1) / period) * period;
  const f = height * camera.zoom;
  const dz = Math.max(0.2, z - camera.z);
  const unit = f / dz;
  const skyline = skylineRow(input.shot, camera, width, height);
  const color = track.color ? brighten(hex(track.color)) : null;
  const out: Burst[] = [];
  const band = members === 1 ? [0.28, 0.72] : [0.1 + (0.8 * m) / members, 0.1 + (0.8 * (m + 1)) / members];
  for (let n = 0, launch = first; launch < seconds && n < rises.length; n++, launch += period * random.range(0.85, 1.15)) {
    const kind = random.pick(KINDS);
    // As big as the sky above the skyline allows.
    const room = Math.max(height * 0.08, (skyline - height * 0.05) / 2.3);
    const radiusPx = Math.min(room, height * (kind === 'willow' ? random.range(0.16, 0.22) : kind === 'ring' ? random.range(0.12, 0.16) : random.range(0.12, 0.2)));
    const sx = width * random.range(band[0]!, band[1]!);
    const low = Math.min(height * 0.5, skyline - radiusPx * 0.7);
    const high = height * 0.06 + radiusPx * 0.8;
    const sy = low > high ? random.range(high, low) : (low + high) / 2;
    const pair = random.pick(PALETTE);
    const star = color ?? (kind === 'willow' ? WILLOW : hex(pair[0]));
    const accent = color && kind !== 'willow' ? (random.chance(0.5) ? hex(pair[1]) : WILLOW) : kind === 'willow' ? [255, 236, 200] as Rgb : hex(pair[1]);
    const worldX = (px: number): number => camera.x + dz * ((px - width / 2) / f + camera.pan);
    const worldY = (py: number): number => camera.y + dz * ((height / 2 - py) / f + camera.tilt);
    out.push({
      kind,
      launch,
      rise: rises[n]!,
      fromX: worldX(sx + width * random.range(-0.03, 0.03)),
      fromY: worldY(Math.min(height * 1.05, Math.max(skyline, sy + radiusPx * 1.6))),
      x: worldX(sx),
      y: worldY(sy),
      z,
      radius: radiusPx / unit,
      star,
      accent,
      stars: starDirections(kind, random),
      overWater: input.water !== null && input.water[0] <= input.depth && input.depth <= input.water[1],
      seed: random.int(0, 1 << 20),
    });
  }
  return out;
}

/** Unit directions of a shell's stars (x, y pairs): a sphere seen from afar, or a tilted ring. */
function starDirections(kind: BurstKind, random: Random): Float32Array {
  const count = kind === 'ring' ? 44 : kind === 'willow' ? 64 : kind === 'chrysanthemum' ? 84 : 96;
  const out = new Float32Array(count * 2);
  const squash = random.range(0.5, 1);
  const turn = random.range(0, Math.PI);
  for (let k = 0; k < count; k++) {
    let x: number;
    let y: number;
    if (kind === 'ring') {
      const a = (k / count) * Math.PI * 2;
      [x, y] = [Math.cos(a), Math.sin(a) * squash];
      [x, y] = [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)];
    } else {
      // Evenly spread on a sphere (a Fibonacci lattice), seen side on: stars crowd at the rim like a real shell.
      const v = 1 - (2 * (k + 0.5)) / count;
      const r = Math.sqrt(1 - v * v);
      const a = k * 2.39996 + turn;
      [x, y] = [r * Math.cos(a), v];
      const speed = random.range(0.9, 1.04);
      [x, y] = [x * speed, y * speed];
    }
    out[k * 2] = x;
    out[k * 2 + 1] = y;
  }
  return out;
}

/**
 * Screen row of the top of the nearer scenery (a street's facades, a
 * hedge, a treeline), where shells seem to rise from; with a farther
 * `reach`, of far mountains too, which a shooting star keeps above.
 */
function skylineRow(shot: Shot, camera: CameraPose, width: number, height: number, reach = 30): number {
  const horizon = height / 2 + height * camera.zoom * camera.tilt;
  let row = horizon;
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  for (const ridge of recipeFor(shot.setting).ridges) {
    if (ridge.z > reach) continue;
    projectZ(camera.x, ridge.height, ridge.z, camera, width, height, p);
    row = Math.min(row, p.y);
  }
  return Math.max(height * 0.2, row);
}

/** Star colours stay bright whatever the plan says: a shell is light. */
function brighten(c: Rgb): Rgb {
  const top = Math.max(c[0], c[1], c[2], 1);
  const k = top < 220 ? 220 / top : 1;
  return [Math.min(255, c[0] * k), Math.min(255, c[1] * k), Math.min(255, c[2] * k)];
}
