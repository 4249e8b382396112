import type { EntityCategory, Motion } from '../vocabulary.ts';

/**
 * Motions adjusted to the thing that moves and the words around the verb:
 * a car that "runs" drives, a balloon that floats "up" rises, a bee flying
 * "around" a flower circles it.
 */
export interface MotionContext {
  readonly motion: Motion;
  readonly verb: string;
  readonly category: EntityCategory;
  readonly label: string;
  readonly direction: string | null;
  readonly aroundTarget: boolean;
  readonly targetLabel: string | null;
  readonly intoSky: boolean;
}

/** Sea animals that only swim (crabs walk; a flying whale is the prompt's own whimsy). */
const SWIMMERS = /\b(fish|shark|whale|dolphin|orca|octopus|squid|jellyfish|seal|blowfish|tropical fish)\b/;
const TRAVEL = new Set<Motion>(['walk', 'run', 'trot', 'gallop', 'fly', 'soar', 'glide', 'swim', 'hop', 'drift', 'float']);
const INSTRUMENTS = /\b(guitar|musical keyboard|violin|drum|trumpet|saxophone|banjo|accordion|flute|harp|trombone|maracas|long drum|piano)\b/;

/** The motion to draw. */
export function refineMotion(c: MotionContext): Motion {
  let motion = c.motion;
  if (c.aroundTarget && TRAVEL.has(motion)) return 'circle';
  if (c.direction === 'up' && ['float', 'drift', 'fly', 'swim', 'walk', 'soar'].includes(motion)) motion = 'rise';
  else if (c.direction === 'down' && ['float', 'drift', 'swim', 'walk', 'fly'].includes(motion)) motion = 'sink';
  else if (c.direction === 'away' && ['walk', 'run', 'trot', 'gallop', 'hop', 'swim', 'fly'].includes(motion) && c.verb !== 'fly') motion = 'flee';
  if (c.intoSky && (motion === 'float' || motion === 'drift')) motion = 'rise';
  if (c.verb === 'play' && c.targetLabel && INSTRUMENTS.test(c.targetLabel)) return 'sway';
  if (/\b(skier|snowboarder|skater|ice skater|sledder|surfer|sled|skis|snowboard)\b/.test(c.label) && ['walk', 'run', 'trot'].includes(motion)) return 'glide';
  if (c.category === 'vehicle' && ['walk', 'run', 'trot', 'gallop', 'race'].includes(motion)) return 'drive';
  if (c.category === 'boat' && ['walk', 'run', 'trot', 'gallop', 'swim', 'drive'].includes(motion)) return /submarine/.test(c.label) ? 'swim' : 'sail';
  if (c.category === 'aircraft' && ['walk', 'run', 'trot', 'gallop', 'drive'].includes(motion)) return 'fly';
  if (c.category === 'fish' && SWIMMERS.test(c.label) && ['walk', 'run', 'trot', 'gallop'].includes(motion)) return 'swim';
  return motion;
}
