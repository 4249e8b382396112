import type { Motion } from '../plan/vocabulary.ts';

/** A pose relative to an actor's anchor, produced by a motion primitive at a time. */
export interface Pose {
  /** Horizontal travel from the anchor, world units (before direction is applied). */
  travel: number;
  /** Height above the anchor, world units. */
  lift: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
  opacity: number;
}

/** Parameters of one actor's motion. */
export interface MotionParams {
  /** Travel speed in world units per second. */
  speed: number;
  /** Actor height in world units (for arcs and bob sizes). */
  height: number;
  /** Seconds the shot lasts (for grow, melt and similar one-shot changes). */
  duration: number;
  /** A per-actor phase in [0, 1) so group members do not move in lockstep. */
  phase: number;
}

const TAU = Math.PI * 2;

/**
 * The pose of a motion primitive at `t` seconds. Pure: the same inputs give
 * the same pose, so any frame can be rendered on its own.
 */
export function motionPose(motion: Motion, t: number, p: MotionParams): Pose {
  const pose: Pose = { travel: p.speed * t, lift: 0, scaleX: 1, scaleY: 1, rotation: 0, opacity: 1 };
  const ph = p.phase * TAU;
  const progress = p.duration > 0 ? Math.min(1, Math.max(0, t / p.duration)) : 0;
  switch (motion) {
    case 'walk':
    case 'trot':
    case 'run':
    case 'gallop':
    case 'chase':
    case 'flee':
    case 'follow': {
      // Step frequency rises with speed; squash on contact, stretch in the air.
      const rate = motion === 'walk' || motion === 'follow' ? 2 : motion === 'trot' ? 3 : 3.6;
      const wave = Math.abs(Math.sin(t * rate * Math.PI + ph));
      pose.lift = wave * p.height * (motion === 'walk' ? 0.05 : 0.12);
      pose.scaleY = 1 + (wave - 0.5) * 0.08;
      pose.scaleX = 1 - (wave - 0.5) * 0.06;
      pose.rotation = Math.sin(t * rate * Math.PI + ph) * 0.04;
      break;
    }
    case 'drive': {
      pose.lift = Math.abs(Math.sin(t * 9 + ph)) * p.height * 0.015;
      break;
    }
    case 'fly':
    case 'soar':
    case 'glide': {
      const flap = motion === 'fly' ? Math.sin(t * 14 + ph) : Math.sin(t * 3 + ph) * 0.3;
      pose.lift = Math.sin(t * 1.6 + ph) * p.height * 0.5;
      pose.scaleY = 1 + flap * 0.12;
      pose.rotation = Math.cos(t * 1.6 + ph) * 0.12;
      break;
    }
    case 'swim': {
      pose.lift = Math.sin(t * 2 + ph) * p.height * 0.25;
      pose.rotation = Math.sin(t * 4 + ph) * 0.1;
      pose.scaleX = 1 + Math.sin(t * 8 + ph) * 0.04;
      break;
    }
    case 'jump':
    case 'hop': {
      const period = motion === 'jump' ? 1.1 : 0.6;
      const u = (t / period + p.phase) % 1;
      const apex = p.height * (motion === 'jump' ? 1.4 : 0.5);
      pose.lift = apex * 4 * u * (1 - u);
      const squash = u < 0.08 || u > 0.92 ? 0.12 : -0.06;
      pose.scaleY = 1 - squash;
      pose.scaleX = 1 + squash * 0.7;
      pose.travel = motion === 'hop' ? p.speed * t : p.speed * 0.3 * t;
      break;
    }
    case 'bounce': {
      const period = 0.9;
      const u = (t / period + p.phase) % 1;
      const decay = 0.55 + 0.45 * Math.exp(-t * 0.25);
      pose.lift = p.height * 1.6 * decay * 4 * u * (1 - u);
      const contact = u < 0.06 || u > 0.94;
      pose.scaleY = contact ? 0.78 : 1.04;
      pose.scaleX = contact ? 1.18 : 0.97;
      break;
    }
    case 'roll': {
      pose.rotation = (p.speed * t) / (p.height / 2);
      break;
    }
    case 'fall': {
      // Starts high and falls under gravity, settling on the ground.
      const start = 1.1;
      const g = 2.2;
      const drop = 0.5 * g * (t + p.phase * 0.6) ** 2;
      pose.lift = Math.max(0, start - drop);
      pose.rotation = Math.min(drop, start) * 1.5;
      pose.travel = p.speed * 0.2 * t;
      break;
    }
    case 'float':
    case 'rise': {
      pose.lift = t * (motion === 'rise' ? 0.12 : 0.08) + Math.sin(t * 1.4 + ph) * p.height * 0.15;
      pose.rotation = Math.sin(t * 1.1 + ph) * 0.08;
      break;
    }
    case 'drift':
    case 'sail': {
      pose.lift = Math.sin(t * 1.2 + ph) * p.height * 0.08;
      pose.rotation = Math.sin(t * 1.5 + ph) * 0.06;
      break;
    }
    case 'sink': {
      pose.lift = -t * 0.08;
      pose.rotation = Math.sin(t + ph) * 0.1;
      break;
    }
    case 'launch': {
      const t0 = Math.max(0, t - 0.6);
      pose.lift = 0.5 * 0.5 * t0 * t0 * 3;
      pose.travel = 0;
      pose.lift += t < 0.6 ? Math.sin(t * 60) * 0.003 : 0;
      break;
    }
    case 'land': {
      const u = progress;
      pose.lift = (1 - smooth(Math.min(1, u * 1.4))) * 0.6;
      pose.travel = p.speed * t;
      break;
    }
    case 'spin':
      pose.rotation = t * Math.PI;
      break;
    case 'dance': {
      pose.lift = Math.abs(Math.sin(t * 4 + ph)) * p.height * 0.15;
      pose.rotation = Math.sin(t * 4 + ph) * 0.2;
      pose.scaleX = Math.sin(t * 2 + ph) >= 0 ? 1 : -1;
      break;
    }
    case 'sleep':
    case 'sit':
    case 'idle':
    case 'watch': {
      const rate = motion === 'sleep' ? 1.6 : 2.4;
      pose.scaleY = 1 + Math.sin(t * rate + ph) * (motion === 'sleep' ? 0.035 : 0.015);
      break;
    }
    case 'eat':
    case 'drink': {
      pose.rotation = Math.max(0, Math.sin(t * 3 + ph)) * 0.2;
      break;
    }
    case 'grow':
      pose.scaleX = pose.scaleY = 0.4 + smooth(progress) * 1.1;
      break;
    case 'shrink':
      pose.scaleX = pose.scaleY = 1.4 - smooth(progress) * 1.0;
      break;
    case 'melt':
      pose.scaleY = 1 - smooth(progress) * 0.75;
      pose.scaleX = 1 + smooth(progress) * 0.5;
      break;
    case 'explode': {
      const u = Math.max(0, (progress - 0.4) / 0.2);
      pose.scaleX = pose.scaleY = 1 + Math.min(1, u) * 1.5;
      pose.opacity = 1 - Math.min(1, u);
      pose.rotation = Math.sin(t * 40) * 0.03 * (progress < 0.4 ? progress / 0.4 : 0);
      break;
    }
    case 'wave':
    case 'sway':
      pose.rotation = Math.sin(t * (motion === 'wave' ? 5 : 1.8) + ph) * (motion === 'wave' ? 0.18 : 0.1);
      break;
    case 'orbit':
    case 'circle':
    case 'ride':
    case 'carry':
      break;
  }
  return pose;
}

function smooth(u: number): number {
  return u * u * (3 - 2 * u);
}
