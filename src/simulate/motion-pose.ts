import { legStrideRate, strideBob, type StrideGait, type StrideStyle } from '../assets/drawn-stride.ts';
import { ANIMATE_CATEGORIES, type EntityCategory, type Motion } from '../plan/vocabulary.ts';

/** A pose relative to an actor's path position: the "life" a motion primitive adds. */
export interface Pose {
  /** Extra height above the path, world units. */
  lift: number;
  scaleX: number;
  scaleY: number;
  /** Radians, clockwise on screen. */
  rotation: number;
  /** 0 pivots at the feet, 1 at the art's centre. */
  pivot: number;
  opacity: number;
}

/** What a motion needs to know about its actor at one instant. */
export interface PoseInput {
  /** Seconds of motion clock (shot time × time scale). */
  readonly t: number;
  /** Seconds since the current action began, motion clock. */
  readonly since: number;
  /** 0..1 through the current action (1 at its end or the shot's). */
  readonly progress: number;
  /** Per-actor phase in [0, 1): group members never move in lockstep. */
  readonly phase: number;
  /** Stride phase integrated from speed, in strides. */
  readonly gait: number;
  /** Current speed (world units a second) and vertical velocity. */
  readonly speed: number;
  readonly climb: number;
  /** 1 facing right, -1 left. */
  readonly facing: number;
  /** Visible height of the actor in world units. */
  readonly height: number;
  readonly category: EntityCategory;
  /** How rough the water is under something afloat (1 a fresh breeze, less when calm, more in a storm). */
  readonly swell?: number;
  /** The gait the art's own legs move in (drawn animals), if they do: the body then bounces with its feet instead of for them. */
  readonly legs?: StrideGait | null;
  /** The legs are a person's (or a robot's) two: a run leans into it. */
  readonly biped?: boolean;
}

const TAU = Math.PI * 2;

/** A neutral pose. */
export function restPose(): Pose {
  return { lift: 0, scaleX: 1, scaleY: 1, rotation: 0, pivot: 0, opacity: 1 };
}

/** Wingbeats a second: small things flap fast, big birds slowly. */
export function flapRate(height: number, category: EntityCategory): number {
  if (category === 'insect') return 14;
  return Math.min(7, Math.max(2.2, 0.55 / Math.max(0.05, height)));
}

/** Categories that never walk on legs: they fly, swim, drive or drift. */
const LEGLESS: ReadonlySet<EntityCategory> = new Set(['vehicle', 'bird', 'insect', 'aircraft', 'fish', 'boat']);

/**
 * The gait art with moving legs walks a motion in (a biped's run is a trot:
 * legs in turn, a moment of flight); null when the legs keep their still
 * pose: standing, sitting, sleeping, hopping, flying, swimming, afloat.
 */
export function strideGaitOf(motion: Motion, category: EntityCategory, biped: boolean): StrideGait | null {
  if (LEGLESS.has(category)) return null;
  switch (motion) {
    case 'walk':
    case 'follow':
      return 'walk';
    case 'trot':
      return 'trot';
    case 'run':
    case 'gallop':
    case 'chase':
    case 'flee':
      return biped ? 'trot' : 'gallop';
    default:
      return null;
  }
}

/** Most strides a second the legs take: quicker than this a drawn gait only flickers. */
const MAX_LEG_RATE = 6;

/**
 * Strides a second for a walking gait at a speed: longer legs, slower steps.
 * Art whose legs move (`legs`) steps so its planted feet keep pace with the
 * ground instead of skating, slower for art that steps wider (`style`).
 */
export function strideRate(motion: Motion, speed: number, height: number, legs: StrideGait | null = null, style: StrideStyle = {}): number {
  if (legs) return Math.min(MAX_LEG_RATE, legStrideRate(legs, speed, height, style));
  const stride = height * (motion === 'walk' || motion === 'follow' ? 0.55 : motion === 'trot' ? 0.7 : 0.95);
  const lo = motion === 'walk' || motion === 'follow' ? 1.1 : 1.8;
  return Math.min(4.5, Math.max(lo, speed / Math.max(0.02, stride)));
}

/**
 * The pose of a motion primitive. Pure: the same input gives the same pose,
 * so any frame can be drawn on its own and every fps looks the same.
 */
export function motionPose(motion: Motion, p: PoseInput): Pose {
  const pose = restPose();
  const ph = p.phase * TAU;
  const breathe = Math.sin(p.t * 1.9 + ph);
  switch (motion) {
    case 'walk':
    case 'trot':
    case 'run':
    case 'gallop':
    case 'chase':
    case 'flee':
    case 'follow': {
      if (p.category === 'vehicle') return drivePose(pose, p);
      if (p.category === 'bird' || p.category === 'insect' || p.category === 'aircraft') return flyPose('fly', pose, p);
      if (p.category === 'fish') return swimPose(pose, p);
      const moving = Math.min(1, p.speed / 0.05);
      if (p.legs) return leggedPose(pose, p, p.legs, moving, breathe);
      const step = p.gait * TAU;
      const wave = Math.abs(Math.sin(step / 2));
      const amp = motion === 'walk' || motion === 'follow' ? 0.035 : motion === 'trot' ? 0.06 : motion === 'gallop' ? 0.12 : 0.1;
      // Up on the push-off, squashed on contact, stretched in the air.
      pose.lift = wave * p.height * amp * moving;
      const contact = 1 - wave;
      pose.scaleY = 1 + ((wave - 0.5) * 0.07 - contact * 0.03) * moving + breathe * 0.006;
      pose.scaleX = 1 - (wave - 0.5) * 0.05 * moving;
      const rock = motion === 'gallop' ? Math.sin(step / 2) * 0.09 : Math.sin(step) * 0.03;
      const lean = motion === 'walk' || motion === 'follow' ? 0.02 : 0.06;
      pose.rotation = (rock + lean) * moving * p.facing;
      break;
    }
    case 'drive':
      return drivePose(pose, p);
    case 'fly':
    case 'soar':
    case 'glide':
      return flyPose(motion, pose, p);
    case 'swim':
      return swimPose(pose, p);
    case 'jump':
    case 'hop': {
      // A skateboard jumping is an ollie: it rolls, and now and then pops up a little, nose first.
      if (p.category === 'vehicle') return olliePose(pose, p);
      const period = motion === 'jump' ? 1.15 : 0.55;
      const u = (p.since / period + p.phase) % 1;
      const apex = p.height * (motion === 'jump' ? 1.1 : 0.35);
      const crouch = 0.16;
      const land = 0.86;
      if (u < crouch) {
        const k = Math.sin((u / crouch) * Math.PI);
        pose.scaleY = 1 - 0.14 * k;
        pose.scaleX = 1 + 0.1 * k;
      } else if (u < land) {
        const a = (u - crouch) / (land - crouch);
        pose.lift = apex * 4 * a * (1 - a);
        pose.scaleY = 1 + 0.1 * (1 - a) - 0.03 * a;
        pose.scaleX = 1 - 0.06 * (1 - a);
        pose.rotation = (0.5 - a) * -0.25 * p.facing;
      } else {
        const k = Math.sin(((u - land) / (1 - land)) * Math.PI);
        pose.scaleY = 1 - 0.12 * k;
        pose.scaleX = 1 + 0.09 * k;
      }
      break;
    }
    case 'sit':
      pose.scaleY = 0.93 + breathe * 0.012;
      pose.scaleX = 1.03;
      break;
    case 'sleep':
      pose.scaleY = 0.84 + Math.sin(p.t * 1.3 + ph) * 0.03;
      pose.scaleX = 1.07 - Math.sin(p.t * 1.3 + ph) * 0.012;
      pose.rotation = 0.03 * p.facing;
      break;
    case 'idle':
    case 'watch':
      pose.scaleY = 1 + breathe * 0.013;
      pose.scaleX = 1 - breathe * 0.006;
      if (motion === 'watch') pose.rotation = Math.sin(p.t * 0.7 + ph) * 0.05;
      break;
    case 'eat':
    case 'drink': {
      const rate = motion === 'eat' ? 1.5 : 0.8;
      const bite = Math.max(0, Math.sin(p.since * rate * TAU + ph));
      pose.rotation = bite * (motion === 'eat' ? 0.16 : 0.22) * p.facing;
      pose.scaleY = 1 - bite * 0.05;
      pose.scaleX = 1 + bite * 0.03;
      break;
    }
    case 'dance': {
      const beat = p.since * 2.1 + p.phase;
      pose.lift = Math.abs(Math.sin(beat * Math.PI)) * p.height * 0.12;
      pose.rotation = Math.sin(beat * Math.PI) * 0.2;
      pose.scaleY = 1 + Math.cos(beat * TAU) * 0.05;
      pose.pivot = 0.3;
      break;
    }
    case 'spin':
      // A person turns on the spot (a pirouette): up on the toes, the body narrowing to its side and back, mirrored half the turn. Things tumble round.
      if (p.category === 'person') return pirouettePose(pose, p);
      pose.rotation = p.since * TAU * 0.8;
      pose.pivot = 1;
      break;
    case 'wave':
      pose.rotation = Math.sin(p.since * 5.5 + ph) * 0.14;
      break;
    case 'sway':
      pose.rotation = Math.sin(p.t * 1.6 + ph) * 0.07 + Math.sin(p.t * 0.6 + ph) * 0.04;
      break;
    case 'float':
    case 'drift': {
      const swell = p.swell ?? 1;
      pose.lift = Math.sin(p.t * 1.3 + ph) * p.height * 0.06 * swell;
      pose.rotation = Math.sin(p.t * 1.1 + ph) * 0.07 * swell;
      pose.pivot = 0.5;
      break;
    }
    case 'sail': {
      const swell = p.swell ?? 1;
      pose.lift = Math.sin(p.t * 1.6 + ph) * p.height * 0.03 * swell;
      pose.rotation = Math.sin(p.t * 1.1 + ph) * 0.05 * swell;
      pose.pivot = 0.3;
      break;
    }
    case 'rise':
    case 'sink':
      pose.rotation = Math.sin(p.t * 0.9 + ph) * 0.05;
      pose.pivot = 0.5;
      break;
    case 'grow': {
      const k = easeOutBack(Math.min(1, p.progress * 1.15));
      pose.scaleX = pose.scaleY = 0.35 + 0.9 * k;
      break;
    }
    case 'shrink': {
      const k = smooth(Math.min(1, p.progress * 1.1));
      pose.scaleX = pose.scaleY = 1.1 - 0.7 * k;
      break;
    }
    case 'melt': {
      const k = smooth(Math.min(1, p.progress * 1.1));
      pose.scaleY = 1 - 0.72 * k;
      pose.scaleX = 1 + 0.55 * k;
      break;
    }
    case 'explode': {
      const burst = 0.45;
      if (p.progress < burst) {
        const k = p.progress / burst;
        pose.scaleX = pose.scaleY = 1 + 0.18 * k * k;
        pose.rotation = Math.sin(p.since * 55) * 0.06 * k;
        pose.pivot = 1;
      } else {
        const k = Math.min(1, (p.progress - burst) / 0.04);
        pose.scaleX = pose.scaleY = 1.18 + 0.5 * k;
        pose.opacity = 1 - k;
        pose.pivot = 1;
      }
      break;
    }
    case 'launch': {
      // A bus or a train pulls away (or pulls in) on its wheels.
      if (p.category === 'vehicle') return drivePose(pose, p);
      const rumble = p.since < 0.9 ? 1 : Math.max(0, 1 - (p.since - 0.9) * 2);
      pose.rotation = Math.sin(p.since * 60) * 0.012 * rumble;
      pose.scaleY = 1 + (p.since > 0.9 ? 0.04 : 0);
      pose.pivot = 0.5;
      break;
    }
    case 'land':
      if (p.category === 'vehicle') return drivePose(pose, p);
      return flyPose(p.progress < 0.85 ? 'glide' : 'idle', pose, p);
    case 'ride':
    case 'carry':
      pose.scaleY = 1 + breathe * 0.01;
      break;
    case 'orbit':
    case 'circle':
      if (p.category === 'bird' || p.category === 'insect' || p.category === 'aircraft') return flyPose('fly', pose, p);
      if (p.category === 'fish') return swimPose(pose, p);
      pose.rotation = Math.sin(p.t * 2 + ph) * 0.04;
      break;
    case 'bounce':
      // Children at play and excited dogs hop on the spot; a ball's bounces come from the physics engine.
      if (ANIMATE_CATEGORIES.has(p.category)) return motionPose('hop', p);
      pose.pivot = 1;
      break;
    case 'roll':
    case 'fall':
      pose.pivot = 1;
      break;
  }
  return pose;
}

/**
 * The bounce of art that moves its own legs: the body rises as the stride
 * shapes say (the art lowers its ground line by as much, so planted feet stay
 * down) and does not rock or squash, which would lift feet off the ground or
 * sink them into it; the legs carry the motion.
 */
const RUN_LEAN = 0.08;

function leggedPose(pose: Pose, p: PoseInput, gait: StrideGait, moving: number, breathe: number): Pose {
  pose.lift = strideBob(gait, p.gait / 2) * p.height * moving;
  pose.scaleY = 1 + breathe * 0.006;
  // A runner on two legs leans into the run, turning about the feet so they stay on the ground.
  if (p.biped && gait !== 'walk') pose.rotation = RUN_LEAN * moving * p.facing;
  return pose;
}

function flyPose(motion: Motion, pose: Pose, p: PoseInput): Pose {
  const ph = p.phase * TAU;
  if (p.category === 'aircraft' || p.category === 'vehicle' || p.category === 'boat' || p.category === 'object' || p.category === 'celestial') {
    pose.lift = Math.sin(p.t * 1.2 + ph) * p.height * 0.05;
    pose.rotation = clamp(-p.climb * 1.2, -0.35, 0.35) * p.facing + Math.sin(p.t * 0.8 + ph) * 0.03;
    pose.pivot = 0.5;
    return pose;
  }
  const rate = flapRate(p.height, p.category);
  // Soaring birds glide and flap in bursts; flying ones flap all the time.
  const burst = motion === 'fly' ? 1 : Math.max(0, Math.sin(p.t * 0.9 + ph) - 0.55) * 2.2;
  const beat = Math.sin(p.t * rate * TAU + ph);
  const amp = p.category === 'insect' ? 0.1 : 0.16;
  pose.scaleY = 1 + beat * amp * burst;
  pose.scaleX = 1 - beat * 0.03 * burst;
  pose.lift = -beat * p.height * 0.05 * burst + Math.sin(p.t * 1.4 + ph) * p.height * 0.08;
  // Bank into climbs and dives: nose up when rising.
  pose.rotation = clamp(-p.climb * 1.4, -0.4, 0.4) * p.facing + Math.sin(p.t * 0.7 + ph) * 0.05;
  pose.pivot = 0.5;
  return pose;
}

function swimPose(pose: Pose, p: PoseInput): Pose {
  const ph = p.phase * TAU;
  const rate = 1.2 + Math.min(1.5, p.speed * 4);
  pose.rotation = Math.sin(p.t * rate * TAU * 0.5 + ph) * 0.09 + clamp(-p.climb * 1.2, -0.3, 0.3) * p.facing;
  pose.scaleX = 1 + Math.sin(p.t * rate * TAU + ph) * 0.045;
  pose.lift = Math.sin(p.t * 1.1 + ph) * p.height * 0.08;
  pose.pivot = 0.5;
  return pose;
}

function drivePose(pose: Pose, p: PoseInput): Pose {
  const ph = p.phase * TAU;
  pose.lift = Math.abs(Math.sin(p.t * 23 + ph)) * p.height * 0.008 * Math.min(1, p.speed / 0.1);
  pose.scaleY = 1 + Math.sin(p.t * 9 + ph) * 0.006;
  return pose;
}

/** Seconds between a skateboard's ollies, the share of them spent in the air, and how high (of its own height). */
export const OLLIE_PERIOD = 1.7;
const OLLIE_AIR = 0.32;
export const OLLIE_APEX = 0.45;

/** A board rolling, then popping up nose first, levelling in the air and landing flat. */
function olliePose(pose: Pose, p: PoseInput): Pose {
  const u = (p.since / OLLIE_PERIOD + p.phase * 0.3) % 1;
  const start = 1 - OLLIE_AIR;
  if (u < start) return drivePose(pose, p);
  const a = (u - start) / OLLIE_AIR;
  pose.lift = p.height * OLLIE_APEX * 4 * a * (1 - a);
  // Nose up at the pop, level at the top, a touch nose down coming in.
  pose.rotation = -0.45 * (1 - a) * (1 - a) * p.facing + 0.08 * a * a * p.facing;
  return pose;
}

/** Blends two poses: a fraction `k` of the way from `a` to `b` (in place into `a`). */
export function blendPose(a: Pose, b: Pose, k: number): Pose {
  a.lift += (b.lift - a.lift) * k;
  a.scaleX += (b.scaleX - a.scaleX) * k;
  a.scaleY += (b.scaleY - a.scaleY) * k;
  a.rotation += (b.rotation - a.rotation) * k;
  a.pivot += (b.pivot - a.pivot) * k;
  a.opacity += (b.opacity - a.opacity) * k;
  return a;
}

/** Smoothstep. */
export function smooth(u: number): number {
  const x = u < 0 ? 0 : u > 1 ? 1 : u;
  return x * x * (3 - 2 * x);
}

function easeOutBack(u: number): number {
  const c = 1.4;
  const x = u - 1;
  return 1 + (c + 1) * x * x * x + c * x * x;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Turns a second in a pirouette. */
const PIROUETTE_RATE = 1.6;

/**
 * A turn on the spot seen from the front: the figure's width goes as the
 * cosine of the turn (never thinner than a side view), mirrored while its
 * back is to us, risen a little onto the toes and stretched tall.
 */
function pirouettePose(pose: Pose, p: PoseInput): Pose {
  const turn = Math.cos(p.since * PIROUETTE_RATE * TAU);
  pose.scaleX = Math.sign(turn || 1) * Math.max(0.3, Math.abs(turn));
  pose.scaleY = 1.04;
  pose.lift = p.height * 0.04 * Math.min(1, p.since * 4);
  return pose;
}
