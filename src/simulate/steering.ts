import { journeyOf } from '../assets/craft-kinds.ts';
import type { Motion } from '../plan/vocabulary.ts';
import { AIRBORNE_MOTIONS, TRAVEL_MOTIONS } from './actor-defaults.ts';
import type { MotionSetup, PlayedAction } from './actor-motion.ts';
import type { WorldPoint } from './layout.ts';
import type { ActorTrack } from './simulation.ts';
import { SLOPE_DESCENT, SLOPE_FOOT } from './snow-riders.ts';
import { arrive, depart, takeoff, touchdown } from './vehicle-journeys.ts';

/** Position and velocity of a moving actor (world units, units a second). */
export interface Kinematics {
  x: number;
  y: number;
  depth: number;
  vx: number;
  vy: number;
  vd: number;
}

/** What a behaviour wants this instant. */
export interface Desired {
  vx: number;
  vy: number;
  vd: number;
  /** New travel direction when the stage edge turns the actor around (0: keep). */
  turn: 0 | 1 | -1;
  /** Facing wanted regardless of travel (0: follow the travel). */
  face: 0 | 1 | -1;
  /** Absolute position for behaviours that are placed, not steered. */
  place?: Partial<Kinematics>;
  /** Take the velocity at once (placed behaviours). */
  stiff?: boolean;
  /** How quickly velocity follows (per second); 3.5 by default. */
  accel?: number;
}

/** Inputs of one steering decision. */
export interface SteerInput {
  readonly setup: MotionSetup;
  readonly state: Kinematics;
  readonly motion: Motion;
  readonly played: PlayedAction | null;
  readonly target: ActorTrack | null;
  /** Global frame, fractional between frames. */
  readonly frame: number;
  readonly direction: 1 | -1;
  readonly speed: number;
  readonly offset: WorldPoint;
  readonly phase: number;
  /** Place of this member in its group, 0..1 (evenly spread, for rings). */
  readonly slot: number;
  /** Motion clock seconds, and since the current action began. */
  readonly t: number;
  readonly since: number;
  readonly height: number;
  readonly width: number;
  readonly leaving: boolean;
}

/** A target track sampled between frames, with its velocity. */
interface Sample {
  x: number;
  y: number;
  depth: number;
  vx: number;
  vy: number;
  facing: number;
  height: number;
  width: number;
}

/** Samples a track at a fractional global frame (clamped to the track). */
export function sampleTrack(track: ActorTrack, frame: number, fps: number): Sample {
  const f = Math.min(track.length - 1, Math.max(0, frame - track.firstFrame));
  const i = Math.floor(f);
  const j = Math.min(track.length - 1, i + 1);
  const k = f - i;
  const lerp = (a: Float32Array): number => a[i]! + (a[j]! - a[i]!) * k;
  const prev = Math.max(0, i - 1);
  const next = Math.min(track.length - 1, i + 1);
  const span = Math.max(1, next - prev) / fps;
  const bw = track.bounds.right - track.bounds.left;
  const bh = track.bounds.bottom - track.bounds.top;
  return {
    x: lerp(track.x),
    y: lerp(track.y),
    depth: lerp(track.depth),
    vx: (track.x[next]! - track.x[prev]!) / span,
    vy: (track.y[next]! - track.y[prev]!) / span,
    facing: lerp(track.facing),
    height: track.size * bh * Math.abs(lerp(track.scaleY)),
    width: track.size * bw * Math.abs(lerp(track.scaleX)),
  };
}

const NONE: Desired = { vx: 0, vy: 0, vd: 0, turn: 0, face: 0 };

/** The behaviour behind every motion primitive: what velocity (or position) it wants now. */
export function steer(input: SteerInput): Desired {
  const { motion, target, setup, state } = input;
  const fps = setup.fps;
  const airborne = isAirborne(input);
  switch (motion) {
    case 'chase':
    case 'follow':
      if (target) return pursue(input, sampleTrack(target, input.frame, fps), sampleTrack(target, input.frame + 0.3 * fps, fps));
      return travel(input, airborne);
    case 'flee':
      if (target) {
        const threat = sampleTrack(target, input.frame, fps);
        const away = Math.sign(state.x - threat.x) || input.direction;
        return { ...travel({ ...input, direction: away as 1 | -1 }, airborne), turn: away as 1 | -1 };
      }
      return travel(input, airborne);
    case 'orbit':
    case 'circle':
      return orbit(input, target ? sampleTrack(target, input.frame, fps) : null, airborne);
    case 'ride':
      return target ? ride(sampleTrack(target, input.frame, fps)) : NONE;
    case 'carry':
      return travel({ ...input, speed: Math.max(input.speed, airborne ? 0.28 : 0.15) }, airborne);
    case 'land': {
      const at = target ? sampleTrack(target, input.frame, fps) : null;
      const journey = journeyOf(setup.member.entity.asset, setup.member.entity.category);
      if (journey === 'vertical') return land(input, at);
      // "A train arriving at a station": the place may be said as where it is rather than as the verb's object.
      const place = at ?? arrivalPlace(input);
      // A fire truck arriving at a house about its own size pulls up beside it, where the house stays in sight.
      const besideX = place && journey === 'road' && target?.category === 'building' && place.width < input.width * 2.5 ? place.x - input.direction * (place.width + input.width) * 0.55 : null;
      const [left, right] = setup.stage.xRange(state.depth, 0);
      const pullsUp = besideX !== null && besideX - input.width * 0.5 > left && besideX + input.width * 0.5 < right;
      // A plane or a train arriving at a place stops beside it, its front past the place's middle.
      const stopX = pullsUp ? besideX : place ? place.x - input.direction * input.width * 0.25 : null;
      // A train pulls in along the front of a station's platform, not behind its building.
      const lane = place && !pullsUp && place.height > input.height ? Math.min(state.depth, place.depth - 0.05) : null;
      return journey === 'runway' ? touchdown(input, stopX) : arrive(input, stopX, lane);
    }
    case 'launch': {
      const journey = journeyOf(setup.member.entity.asset, setup.member.entity.category);
      if (journey === 'runway') return takeoff(input);
      if (journey === 'road') return depart(input);
      // Ignition on the pad, then a climb that clears the top of the frame near the end of the action.
      const lift = Math.max(0, input.since - 0.9);
      const total = input.played ? Math.max(2, (input.played.end - input.played.start) * setup.shot.timeScale) : 5;
      const climb = Math.max(0.5, total * 0.88 - 0.9);
      const top = setup.stage.yTop(state.depth, 0) + input.height * 0.2;
      const accel = (2 * top) / (climb * climb);
      return { vx: 0, vy: accel * lift, vd: 0, turn: 0, face: 0, place: { y: 0.5 * accel * lift * lift }, stiff: true };
    }
    case 'rise':
    case 'sink': {
      const rate = (motion === 'rise' ? 1 : -1) * Math.max(0.06, input.height * 0.35);
      const start = setup.anchor.y + input.offset.y - (motion === 'rise' ? rate * 2 : 0);
      return { vx: 0, vy: rate, vd: 0, turn: 0, face: 0, place: { y: start + rate * input.since }, stiff: true };
    }
    case 'float': {
      const grounded = setup.member.placement === 'ground' || setup.member.placement === 'floor';
      if (grounded && !setup.geometry.weightless) {
        // Balloons let go: they rise, swaying, until the top of the frame holds them.
        const top = setup.stage.yTop(state.depth, input.height);
        return { vx: 0.04 * Math.sin(input.t * 0.6 + input.phase * 6), vy: state.y < top ? 0.13 : 0, vd: 0, turn: 0, face: 0 };
      }
      return hover(input, true);
    }
    case 'drift': {
      const grounded = (setup.member.placement === 'ground' || setup.member.placement === 'floor') && !setup.geometry.weightless;
      const creature = ['animal', 'person', 'vehicle'].includes(setup.member.entity.category);
      if (grounded && !creature) {
        // A balloon let go drifts up and along.
        const top = Math.min(setup.stage.yTop(state.depth, input.height), 0.45 + input.height);
        return { ...travel(input, false), vy: state.y < top ? 0.1 : 0 };
      }
      return travel(input, airborne);
    }
    case 'sail':
      return travel(input, airborne);
    case 'bounce':
    case 'roll':
    case 'fall':
      return NONE;
    default: {
      if (TRAVEL_MOTIONS.has(motion)) return travel(input, airborne);
      // Staying put with something (eating it, watching it, playing it): turned towards it.
      const face = target ? ((Math.sign(sampleTrack(target, input.frame, fps).x - state.x) || 1) as 1 | -1) : 0;
      return { ...hover(input, airborne), face };
    }
  }
}

/** Where a vehicle arriving stops when the plan puts it near (at, beside, in front of) a place: that place now. */
function arrivalPlace(input: SteerInput): Sample | null {
  const relation = input.setup.member.entity.layout.relation;
  if (!relation || !['near', 'beside', 'in-front-of', 'behind'].includes(relation.kind)) return null;
  const track = input.setup.tracks.get(relation.target)?.[0];
  return track ? sampleTrack(track, input.frame, input.setup.fps) : null;
}

function isAirborne(input: SteerInput): boolean {
  const placement = input.setup.member.placement;
  return AIRBORNE_MOTIONS.has(input.motion) || placement === 'air' || placement === 'sky' || placement === 'underwater' || input.setup.geometry.weightless;
}

/** Crossing the stage: constant heading, turning at the edges unless leaving; fliers wander in height. */
function travel(input: SteerInput, airborne: boolean): Desired {
  const { setup, state, direction } = input;
  let speed = input.speed;
  if ((input.motion === 'jump' || input.motion === 'hop') && setup.member.entity.category !== 'vehicle') {
    // Only airborne parts of a jump cover ground (a skateboard rolls between its ollies).
    const period = input.motion === 'jump' ? 1.15 : 0.55;
    const u = (input.since / period + input.phase) % 1;
    speed *= u > 0.16 && u < 0.86 ? 1.45 : 0;
  }
  let turn: 0 | 1 | -1 = 0;
  if (!setup.followed && !input.leaving) {
    const [lo, hi] = setup.stage.xRange(state.depth, input.width / 2);
    const brake = (speed * speed) / 7 + 0.02;
    if (direction > 0 && state.x > hi - brake) turn = -1;
    else if (direction < 0 && state.x < lo + brake) turn = 1;
  }
  const heading = turn !== 0 ? turn : direction;
  // A skier comes down the slope: nearer the camera as it crosses, until the front of the stage.
  const descent = setup.member.slides ? (state.depth > SLOPE_FOOT ? -SLOPE_DESCENT * speed : 0) : null;
  const vertical = airborne ? wander(input) : { vy: 0, vd: descent ?? depthHold(input) };
  return { vx: heading * speed + buzz(input, airborne), vy: vertical.vy, vd: vertical.vd, turn, face: 0 };
}

/** Staying about one place: fliers hover and drift a little, walkers stand. */
function hover(input: SteerInput, airborne: boolean): Desired {
  if (!airborne) return { vx: 0, vy: 0, vd: depthHold(input), turn: 0, face: 0 };
  // Something rooted in the sky (a rainbow) hangs where it was put; the camera frames it there.
  if (input.setup.member.rooted) return { vx: 0, vy: 0, vd: 0, turn: 0, face: 0 };
  const { setup, state } = input;
  const home = setup.anchor.x + input.offset.x;
  const vertical = wander(input);
  return { vx: (home - state.x) * 0.8 + 0.03 * Math.sin(input.t * 0.5 + input.phase * 6) + buzz(input, true), vy: vertical.vy, vd: vertical.vd, turn: 0, face: 0 };
}

/** Gentle height and depth changes of things in the air or water, kept inside the frame. */
function wander(input: SteerInput): { vy: number; vd: number } {
  const { setup, state, phase, t } = input;
  const p = phase * Math.PI * 2;
  const home = setup.anchor.y + input.offset.y;
  const amplitude = setup.member.entity.category === 'insect' ? 0.09 : 0.07;
  let goal = home + amplitude * (0.6 * Math.sin(t * 0.55 + p) + 0.4 * Math.sin(t * 1.3 + 2 * p));
  goal = Math.min(goal, setup.stage.yTop(state.depth, input.height));
  if (!setup.geometry.weightless) goal = Math.max(goal, 0.04);
  const depthGoal = setup.anchor.depth + input.offset.depth + 0.05 * Math.sin(t * 0.33 + p);
  return { vy: (goal - state.y) * 1.6, vd: (clampDepth(input, depthGoal) - state.depth) * 0.8 };
}

/** Insects dart about. */
function buzz(input: SteerInput, airborne: boolean): number {
  if (!airborne || input.setup.member.entity.category !== 'insect') return 0;
  const p = input.phase * 20;
  return 0.12 * Math.sin(input.t * 5.3 + p) + 0.07 * Math.sin(input.t * 9.1 + 2 * p);
}

/** Keeps a walker in its lane (and on the water or in front of a wall). */
function depthHold(input: SteerInput): number {
  const goal = clampDepth(input, input.setup.anchor.depth + input.offset.depth);
  return (goal - input.state.depth) * 1.5;
}

function clampDepth(input: SteerInput, depth: number): number {
  const { geometry, member } = input.setup;
  let lo = 0.02;
  let hi = geometry.backWall !== null ? geometry.backWall - 0.08 : 1.3;
  if (member.placement === 'water-surface' && geometry.water) {
    lo = Math.max(lo, geometry.water[0] + 0.04);
    hi = Math.min(hi, geometry.water[1] - 0.04);
  }
  return Math.min(hi, Math.max(lo, depth));
}

/** Pursuit: aim at where the target will be, close the gap, never run through it. */
function pursue(input: SteerInput, now: Sample, ahead: Sample): Desired {
  const { state, played, setup } = input;
  const chase = input.motion === 'chase';
  const contact = (input.width + now.width) / 2;
  const progress = played ? Math.min(1, input.since / Math.max(0.5, (played.end - played.start) * setup.shot.timeScale)) : 0;
  // A chaser closes in but stays a nose behind: it never runs through its quarry.
  const heel = atHeel(input);
  const gap = chase ? contact * (1.65 - 0.45 * progress) + 0.04 : heel ? -HEEL_LEAD * contact : contact + 0.3;
  const side = Math.sign(now.vx) || Math.sign(now.facing) || input.direction;
  const goalX = ahead.x - side * gap;
  const limit = input.speed * 1.35 + Math.abs(now.vx);
  const vx = Math.max(-limit, Math.min(limit, now.vx + (goalX - state.x) * 2.2));
  const lane = chase ? -0.04 : heel ? HEEL_LANE : 0.05;
  const airborne = isAirborne(input);
  const vy = airborne ? (now.y + input.offset.y * 0.5 - state.y) * 1.8 : 0;
  return { vx, vy, vd: (clampDepth(input, now.depth + lane) - state.depth) * 1.6, turn: 0, face: Math.abs(vx) < 0.03 ? (side as 1 | -1) : 0 };
}

/** How far ahead of its walker a pet at heel goes (fraction of their half-widths summed), and its lane (just nearer the camera, so both show). */
export const HEEL_LEAD = 0.45;
export const HEEL_LANE = -0.03;

/**
 * Whether a follower walks at its quarry's side rather than behind it: a dog
 * being walked (planned to follow beside its walker) goes at heel, a little
 * ahead, at the walker's pace.
 */
export function atHeel(input: Pick<SteerInput, 'motion' | 'played' | 'setup'>): boolean {
  const relation = input.setup.member.entity.layout.relation;
  return input.motion === 'follow' && relation?.kind === 'beside' && relation.target === input.played?.target;
}

/** Circling a target (or the entity's own spot) through depth, so it passes in front and behind. */
function orbit(input: SteerInput, target: Sample | null, airborne: boolean): Desired {
  const { setup } = input;
  const count = setup.member.entity.count;
  const slot = input.slot;
  const centre = target ?? { x: setup.anchor.x, y: setup.anchor.y, depth: setup.anchor.depth, width: 0, height: 0, vx: 0, vy: 0, facing: 1 };
  const inner = target ? (target.width + input.width) / 2 + 0.12 : Math.max(0.25, setup.stage.width(setup.anchor.depth) * 0.18);
  // A group circling shares one ring (a school of fish); a group in orbit (planets, moons) takes a ring
  // each, outer ones slower, starting at scattered angles.
  const rings = input.motion === 'orbit' && count > 1;
  const rank = Math.round(slot * count);
  const room = setup.stage.width(centre.depth) * 0.46 - inner;
  const step = rings ? Math.max(input.width * 0.5, Math.min(input.width * 1.15, room / count)) : 0;
  const radius = inner + rank * step;
  const omega = (Math.PI * 2) / (3.5 + radius * 4) / (rings ? Math.sqrt(1 + rank * 0.3) : 1);
  const start = rings ? rank * 2.39996 : slot * Math.PI * 2;
  const a = input.since * omega + start + (count > 1 ? 0 : input.phase * Math.PI * 2);
  const depthRadius = Math.min(0.28, radius * 0.45);
  const x = centre.x + Math.cos(a) * radius;
  const depth = clampDepth(input, centre.depth + Math.sin(a) * depthRadius);
  const y = airborne ? Math.max(0.03, (target ? centre.y + target.height * 0.55 : setup.anchor.y) + Math.sin(a * 2) * 0.04) : input.state.y;
  const vx = -Math.sin(a) * radius * omega;
  const vd = Math.cos(a) * depthRadius * omega;
  return { vx, vy: (y - input.state.y) * 2, vd, turn: 0, face: 0, place: { x, depth, ...(airborne ? { y } : {}) }, stiff: true };
}

/** Sitting on a carrier: the rider's feet on its back, facing its way. */
function ride(carrier: Sample): Desired {
  return {
    vx: carrier.vx,
    vy: carrier.vy,
    vd: 0,
    turn: 0,
    face: (Math.sign(carrier.facing) || 1) as 1 | -1,
    place: { x: carrier.x - Math.sign(carrier.facing) * carrier.width * 0.04, y: carrier.y + carrier.height * 0.58, depth: carrier.depth - 0.004 },
    stiff: true,
  };
}

/** Coming down to a target's top (or the ground) along an arc. */
function land(input: SteerInput, target: Sample | null): Desired {
  const { setup, state } = input;
  const played = input.played;
  const total = played ? Math.max(0.6, (played.end - played.start) * setup.shot.timeScale) : 3;
  const u = Math.min(1, input.since / (total * 0.75));
  const k = u * u * (3 - 2 * u);
  const fromX = setup.anchor.x + input.offset.x - input.direction * 0.5;
  const fromY = Math.max(setup.anchor.y + input.offset.y, 0.35) + 0.2;
  const toX = target ? target.x : setup.anchor.x + input.offset.x;
  const toY = target ? target.y + target.height * 0.92 : 0;
  const x = fromX + (toX - fromX) * k;
  const y = fromY + (toY - fromY) * k + Math.sin(k * Math.PI) * 0.08;
  const vx = ((toX - fromX) * 6 * u * (1 - u)) / (total * 0.75);
  const vy = u < 1 ? (y - state.y) * 8 : 0;
  const depth = target ? target.depth - 0.004 : state.depth;
  return { vx, vy, vd: 0, turn: 0, face: u < 1 ? ((Math.sign(toX - fromX) || 1) as 1 | -1) : 0, place: { x, y, depth }, stiff: true };
}
