import type { Entity } from '../plan/schema.ts';
import type { Random } from '../util/random.ts';
import { TRAVEL_MOTIONS } from './actor-defaults.ts';
import type { SettingGeometry } from './setting-geometry.ts';
import type { ActorChannels } from './simulation.ts';

/** Craft made to go under water: they swim about the sea, never lie wrecked on its floor. */
const SUBMERSIBLE = /\b(submarines?|subs?|u-boats?|bathyscaphes?|submersibles?)\b/i;
/** Nouns that say outright the craft went down. */
const WRECKED = /\b(ship)?wrecks?\b|\bsunken\b|\bsunk\b/i;

/** Degrees a wreck lists to one side as it rests on the sand. */
const MIN_LIST_DEGREES = 10;
const MAX_LIST_DEGREES = 20;
/** Fraction of the art's height buried in the sand (the ship emoji's painted waves go under). */
export const WRECK_BURIED = 0.13;
/** How much the deep dims a wreck's art (see ActorTrack.murk). */
export const WRECK_MURK = 0.6;
/** Drawn colour of a wreck the prompt gave no colour: its paint gone to algae green. */
export const WRECK_COLOR = '#4f6b57';

/**
 * Whether an entity is a wreck on the sea floor: a boat or ship under the sea
 * that does not go anywhere (a submarine swims), or one the prompt calls
 * sunken or a wreck. A wreck rests on the floor and never moves.
 */
export function isWreck(entity: Entity, geometry: SettingGeometry): boolean {
  if (geometry.floor !== 'seabed' || SUBMERSIBLE.test(entity.noun)) return false;
  if (WRECKED.test(entity.noun)) return entity.category === 'boat' || entity.category === 'vehicle' || entity.category === 'aircraft' || entity.category === 'object';
  return entity.category === 'boat' && !entity.actions.some((a) => TRAVEL_MOTIONS.has(a.motion) || a.motion === 'sail');
}

/**
 * Lays a wreck's members on the sea floor: listed 10-20° to a side (which
 * side and how far drawn from the seed), let down into the sand so the lower
 * end of its keel is buried and the upper end only just clears it, and held
 * there for the whole shot.
 */
export function settleWreck(channels: ActorChannels, width: number, random: Random): void {
  const list = ((random.range(MIN_LIST_DEGREES, MAX_LIST_DEGREES) * Math.PI) / 180) * (random.chance(0.5) ? 1 : -1);
  // Rotating about the keel's middle lifts one end by half the width times the sine: sink by about half of that.
  const sink = (width / 2) * Math.abs(Math.sin(list)) * 0.5;
  const x = channels.x[0]!;
  const depth = channels.depth[0]!;
  channels.x.fill(x);
  channels.depth.fill(depth);
  channels.y.fill(-sink);
  channels.rotation.fill(list);
  channels.pivot.fill(0);
  channels.scaleX.fill(1);
  channels.scaleY.fill(1);
}
