import { artOrientation } from '../assets/art-orientation.ts';
import type { Shot } from '../plan/schema.ts';
import type { PlayedAction } from './actor-motion.ts';
import type { CastMember } from './cast.ts';
import { settingGeometry } from './setting-geometry.ts';
import type { ActorTrack, SimulationEvent } from './simulation.ts';
import { seatVehicleRiders } from './vehicle-riders.ts';
import { seatDiners, seatSitters } from './seated-people.ts';

/**
 * Two-entity effects applied once both tracks exist: people aboard a boat
 * stand in its hull and go where it goes, a carried thing rides in its
 * carrier's hands, mouth or claws, and food gets smaller with every bite.
 */

/**
 * Moves passengers with their boat (see boardPassengers) and drivers and
 * riders with their vehicle (vehicle-riders.ts), seats people on a couch or
 * a chair (seated-people.ts), then every carried
 * actor with its carrier for as long as the carry lasts: a fisher's rod goes
 * with the fisher wherever the boat takes them.
 */
export function attachCarried(shot: Shot, cast: ReadonlyMap<string, CastMember>, tracks: Map<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>, fps: number): void {
  boardPassengers(shot, tracks, played);
  seatVehicleRiders(shot, tracks, played);
  seatSitters(shot, tracks, played);
  seatDiners(shot, tracks, played);
  const casting = castingFishers(shot);
  for (const entity of shot.entities) {
    for (const action of played.get(entity.id) ?? []) {
      if (action.motion !== 'carry' || !action.target) continue;
      const carriers = tracks.get(entity.id) ?? [];
      const carried = tracks.get(action.target) ?? [];
      const carrierCast = cast.get(entity.id);
      if (!carrierCast || carriers.length === 0) continue;
      const flying = carrierCast.placement === 'air' || carrierCast.placement === 'sky' || entity.category === 'bird' || entity.category === 'aircraft';
      const overhead = !flying && isHeldOverhead(shot.entities.find((e) => e.id === action.target)?.asset ?? '');
      carried.forEach((item, index) => {
        const carrier = carriers[index % carriers.length]!;
        const first = Math.max(0, Math.round(action.start * fps));
        const last = Math.min(item.length, Math.round(action.end * fps));
        const ih = item.size * (item.bounds.bottom - item.bounds.top);
        for (let i = first; i < last; i++) {
          const ch = carrier.size * (carrier.bounds.bottom - carrier.bounds.top) * carrier.scaleY[i]!;
          const cw = carrier.size * (carrier.bounds.right - carrier.bounds.left);
          const facing = Math.sign(carrier.facing[i]!) || 1;
          // A passenger's foot point is at the gunwale, the hidden legs below it: the hands are that much lower.
          const hands = 0.42 - (carrier.hiddenBelow ?? 0);
          item.x[i] = carrier.x[i]! + facing * cw * (flying ? 0.05 : overhead ? OVERHEAD_REACH : 0.36);
          // An open umbrella's handle is in the hand, its canopy clear above the head (the shaft goes behind the body).
          item.y[i] = flying ? carrier.y[i]! - ih * 0.75 : overhead ? carrier.y[i]! + Math.max(ch * hands, ch * OVERHEAD_CLEARANCE - ih) : carrier.y[i]! + ch * hands;
          item.depth[i] = carrier.depth[i]! + (overhead ? 0.003 : -0.003);
          item.rotation[i] = carrier.rotation[i]!;
          item.facing[i] = carrier.facing[i]!;
        }
        // While the line is out the renderer draws the rod cast over the water (render/effects/fishing-line.ts).
        const fishing = casting.get(entity.id)?.rod === action.target ? casting.get(entity.id)!.fishing : null;
        if (fishing) {
          const to = Math.min(last, fishing.end === null ? item.length : Math.round(fishing.end * fps));
          for (let i = Math.max(first, Math.round(fishing.start * fps)); i < to; i++) item.opacity[i] = 0;
        }
      });
    }
  }
}

/** Art held up over the head rather than in front: open umbrellas (plain and with rain). */
const OVERHEAD_ART = new Set(['emoji:2602', 'emoji:2614']);
/** How far forward of the body an umbrella's handle is (fraction of the carrier's width), and its canopy top (fraction of the carrier's height). */
const OVERHEAD_REACH = 0.14;
export const OVERHEAD_CLEARANCE = 1.22;

export function isHeldOverhead(asset: string): boolean {
  return OVERHEAD_ART.has(asset);
}

/**
 * Where the gunwale of each boat's art is, as a fraction of its art square
 * from the top (measured on the bundled Fluent art: the first row as wide as
 * the hull). Other boats use DEFAULT_FREEBOARD above their waterline.
 */
const GUNWALE: Readonly<Record<string, number>> = {
  '26f5': 0.625, '1f6f6': 0.53, '1f6a4': 0.47, '1f6e5': 0.5, '1f6f3': 0.5, '26f4': 0.56, '1f6a2': 0.46,
};

/** Height of a gunwale above the waterline, as a fraction of the art square, for boats not in GUNWALE. */
const DEFAULT_FREEBOARD = 0.14;

/** How much of a passenger the hull hides: a person to the thighs, an animal's legs. */
const HIDDEN_PERSON = 0.36;
const HIDDEN_ANIMAL = 0.22;

/** The entities aboard a boat: "in", "on" or riding it, and not themselves boats. */
export function passengersOf(shot: Shot): Map<string, string> {
  const boats = new Set(shot.entities.filter((e) => e.category === 'boat').map((e) => e.id));
  const aboard = new Map<string, string>();
  for (const entity of shot.entities) {
    if (boats.has(entity.id) || (entity.category !== 'person' && entity.category !== 'animal')) continue;
    const relation = entity.layout.relation;
    if (relation && (relation.kind === 'inside' || relation.kind === 'on') && boats.has(relation.target)) aboard.set(entity.id, relation.target);
    const ride = entity.actions.find((a) => a.motion === 'ride' && a.target && boats.has(a.target));
    if (ride && !aboard.has(entity.id)) aboard.set(entity.id, ride.target!);
  }
  return aboard;
}

/**
 * Puts people (and animals) aboard a boat in its hull for the whole shot:
 * feet at the gunwale with their legs hidden below it (hiddenBelow), just in
 * front of the boat so the hull's rim stays whole and the sail behind them,
 * following its x, its rocking and its turns. Several aboard one boat spread
 * along the hull; each passenger's track is replaced by its aboard copy.
 */
export function boardPassengers(shot: Shot, tracks: Map<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>): void {
  // Everyone aboard each boat, in plan order: a sailor and their dog share the hull rather than stand in one spot.
  const aboard = new Map<ActorTrack, Array<{ id: string; index: number }>>();
  for (const [id, boatId] of passengersOf(shot)) {
    const boats = tracks.get(boatId) ?? [];
    const riders = tracks.get(id);
    // Someone who travels on their own (swims off, walks away) is not held aboard.
    if (boats.length === 0 || !riders || (played.get(id) ?? []).some((a) => a.motion !== 'ride' && a.motion !== 'idle' && a.motion !== 'carry' && a.motion !== 'sit')) continue;
    riders.forEach((_, index) => {
      const boat = boats[index % boats.length]!;
      aboard.set(boat, [...(aboard.get(boat) ?? []), { id, index }]);
    });
  }
  const boarded = new Map<string, ActorTrack[]>();
  for (const [boat, crew] of aboard) {
    const deck = gunwaleAboveFoot(boat);
    const hullW = boat.size * (boat.bounds.right - boat.bounds.left);
    crew.forEach(({ id, index }, slot) => {
      const rider = tracks.get(id)![index]!;
      const hidden = shot.entities.find((e) => e.id === id)!.category === 'person' ? HIDDEN_PERSON : HIDDEN_ANIMAL;
      // One aboard stands aft of the middle (clear of a mast); several share the hull from stern to bow.
      const along = crew.length === 1 ? -0.18 : -0.28 + (0.56 * slot) / (crew.length - 1);
      const length = Math.min(rider.length, boat.length);
      for (let i = 0; i < length; i++) {
        const heading = Math.sign(boat.facing[i]!) || 1;
        const dx = heading * along * hullW * Math.abs(boat.scaleX[i]!);
        const rot = boat.rotation[i]!;
        rider.x[i] = boat.x[i]! + dx;
        rider.y[i] = boat.y[i]! + deck * boat.scaleY[i]! - dx * Math.sin(rot);
        rider.depth[i] = boat.depth[i]! - 0.004;
        rider.rotation[i] = rot;
        rider.pivot[i] = 0;
        rider.opacity[i] = Math.min(rider.opacity[i]!, boat.opacity[i]!);
      }
      const list = boarded.get(id) ?? [...tracks.get(id)!];
      list[index] = { ...rider, floats: false, grounded: false, hiddenBelow: hidden };
      boarded.set(id, list);
    });
  }
  for (const [id, list] of boarded) tracks.set(id, list);
}

/** Height of a boat's gunwale above its foot point (the waterline for a boat afloat), in world units at scale 1. */
export function gunwaleAboveFoot(boat: ActorTrack): number {
  const b = boat.bounds;
  const key = boat.asset.replace(/^emoji:/, '').split('-')[0]!;
  const waterline = boat.floats ? b.top + (b.bottom - b.top) * (artOrientation(boat.asset, boat.category).waterline ?? 0.8) : b.bottom;
  const gunwale = GUNWALE[key] ?? waterline - DEFAULT_FREEBOARD;
  return Math.max(0, waterline - gunwale) * boat.size;
}

/** Emoji of the fishing pole and fish (the rod a fisher is given, plan/compose/fishing.ts). */
const ROD_ASSET = 'emoji:1f3a3';

/** The verb the plan records for fishing. */
const FISH_VERB = 'fish';

/**
 * Fishers whose line is in the water: someone who fishes holding a rod, at a
 * setting with water or aboard a boat. By fisher id: the rod's id and when
 * the fishing happens (plan seconds).
 */
export function castingFishers(shot: Shot): Map<string, { rod: string; fishing: { start: number; end: number | null } }> {
  const out = new Map<string, { rod: string; fishing: { start: number; end: number | null } }>();
  const aboard = passengersOf(shot);
  const atWater = settingGeometry(shot.setting.kind).water !== null;
  const rods = new Set(shot.entities.filter((e) => e.asset === ROD_ASSET).map((e) => e.id));
  for (const entity of shot.entities) {
    const fishing = entity.actions.find((a) => a.verb === FISH_VERB);
    const rod = entity.actions.find((a) => a.motion === 'carry' && a.target && rods.has(a.target));
    if (!fishing || !rod || (!atWater && !aboard.has(entity.id))) continue;
    out.set(entity.id, { rod: rod.target!, fishing: { start: fishing.start, end: fishing.end } });
  }
  return out;
}

/** Shrinks food bite by bite while something eats it; one event per bite. */
export function biteTargets(shot: Shot, tracks: ReadonlyMap<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>, fps: number): SimulationEvent[] {
  const events: SimulationEvent[] = [];
  for (const entity of shot.entities) {
    for (const action of played.get(entity.id) ?? []) {
      if (action.motion !== 'eat' || !action.target) continue;
      const eaters = tracks.get(entity.id) ?? [];
      const foods = tracks.get(action.target) ?? [];
      foods.forEach((food, index) => {
        const eater = eaters[index % eaters.length];
        if (!eater) return;
        // Bites land when the eating pose dips (1.5 a second, see motion-pose.ts).
        const period = 1 / 1.5 / shot.timeScale;
        let factor = 1;
        let next = action.start + period * 0.25;
        const end = Math.min(action.end, food.length / fps);
        const drops: Array<{ frame: number; factor: number }> = [];
        while (next < end && factor > 0.4) {
          factor *= 0.86;
          drops.push({ frame: Math.round(next * fps), factor });
          events.push({ frame: food.firstFrame + Math.min(food.length - 1, Math.round(next * fps)), kind: 'bite', actors: [eater.key, food.key] });
          next += period;
        }
        let current = 1;
        let d = 0;
        for (let i = 0; i < food.length; i++) {
          while (d < drops.length && drops[d]!.frame <= i) current = drops[d++]!.factor;
          food.scaleX[i] = food.scaleX[i]! * current;
          food.scaleY[i] = food.scaleY[i]! * current;
        }
      });
    }
  }
  return events;
}
