import { artOrientation } from '../assets/art-orientation.ts';
import { artBounds, type ArtBounds } from '../assets/art-source.ts';
import { emojiAssetId, hasEmojiArt } from '../assets/emoji-catalog.ts';
import { genderOfNoun } from '../assets/person-words.ts';
import { isMount, vehicleSeat, type VehicleSeat } from '../assets/vehicle-seats.ts';
import type { Entity, Shot } from '../plan/schema.ts';
import type { PlayedAction } from './actor-motion.ts';
import type { ActorTrack } from './simulation.ts';
import { deckTop } from './board-geometry.ts';

/**
 * Drivers in their vehicles and riders on their bikes: someone who drives or
 * rides a road vehicle ("a man driving a car", "a girl riding a bicycle")
 * goes where it goes, drawn where its art seats them (assets/vehicle-seats.ts)
 * at a size that fits it, instead of walking beside a parked car as a giant
 * head.
 */

/** How far behind the driver's window each further passenger is seen, as a fraction of the art (the art's front is its left). */
const PASSENGER_SPACING = 0.2;

/** Motions that keep someone aboard: driving or riding it, or sitting, holding or doing nothing else. */
const ABOARD_MOTIONS: ReadonlySet<string> = new Set(['drive', 'ride', 'idle', 'sit', 'carry']);

/** How much of the window a driver's head fills (the rest is glass around it). */
const HEAD_IN_WINDOW = 0.8;

/** The top of a full-body figure seen over a window sill: head and shoulders; of an animal, its head and back. */
const HEAD_AND_SHOULDERS = 0.3;

const ANIMAL_OVER_SILL = 0.6;

/** A face-only picture is cut a little under the chin by the sill. */
const FACE_SILL = 0.1;

/** Above a saddle a seated rider shows from the hips up; a standing figure's hips are this far up its height. */
const HIPS = 0.44;

/** A rider's height for a motorbike's length, and a kick-scooter rider's for the scooter's. */
const SADDLE_RIDER = 1.0;
const DECK_RIDER = 1.0;

/** A mounted rider is the walking figure, side-on and leaning into the ride with an arm at the reins; its hips are this far up its height. */
const WALKER = '1f6b6';
const WALKER_HIPS = 0.47;

/** Head-only people's pictures and the standing figure of their gender. */
const HEAD_ONLY: Readonly<Record<string, 'man' | 'woman' | 'person'>> = {
  '1f9d1': 'person', '1f920': 'man', '1f468': 'man', '1f469': 'woman', '1f466': 'man', '1f467': 'woman', '1f9d2': 'person', '1f474': 'man', '1f475': 'woman', '1f9d3': 'person',
};

/**
 * The vehicle each person or animal drives or rides (or sits in or on): by
 * rider id, the vehicle's id. A person on (or riding) a horse or another
 * animal whose back is measured rides it the same way. Boats are
 * boardPassengers' (attachments.ts); an animal on an animal (a monkey on a
 * horse) is steering.ts's.
 */
export function vehicleRidersOf(shot: Shot): Map<string, string> {
  const vehicles = new Set(shot.entities.filter((e) => e.category === 'vehicle').map((e) => e.id));
  for (const entity of shot.entities) if (entity.category === 'animal' && isMount(entity.asset)) vehicles.add(entity.id);
  const out = new Map<string, string>();
  for (const entity of shot.entities) {
    if (entity.category !== 'person' && entity.category !== 'animal' && !personLike(entity)) continue;
    if (entity.category === 'animal' && vehicles.has(entity.id) && isMount(entity.asset)) continue;
    const driven = entity.actions.find((a) => (a.motion === 'drive' || a.motion === 'ride') && a.target && vehicles.has(a.target));
    const relation = entity.layout.relation;
    if (driven) out.set(entity.id, driven.target!);
    else if (relation && (relation.kind === 'inside' || relation.kind === 'on') && vehicles.has(relation.target)) out.set(entity.id, relation.target);
  }
  return out;
}

/**
 * Seats every driver and rider in (or on) their vehicle for the whole shot,
 * replacing their tracks: in a closed vehicle's window, head and shoulders
 * over the sill (hiddenBelow); astride a motorbike from the hips up, just
 * behind it; standing on a kick scooter's deck; on a bicycle as the
 * person-biking picture that shows both (the bicycle's own art is hidden).
 * Further people in one vehicle are seen in the windows behind the driver's,
 * as many as fit. A vehicle without measured seats hides its driver rather
 * than draw them beside it. Someone who also travels on their own (gets out and walks) is
 * left alone.
 */
export function seatVehicleRiders(shot: Shot, tracks: Map<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>): void {
  // Who already sits in each vehicle: the next one aboard takes the window behind (a family in a car).
  const aboard = new Map<ActorTrack, number>();
  for (const [id, vehicleId] of vehicleRidersOf(shot)) {
    const vehicles = tracks.get(vehicleId) ?? [];
    const riders = tracks.get(id);
    if (vehicles.length === 0 || !riders || (played.get(id) ?? []).some((a) => !ABOARD_MOTIONS.has(a.motion))) continue;
    const entity = shot.entities.find((e) => e.id === id)!;
    const inside = entity.layout.relation?.kind === 'inside' || entity.actions.some((a) => a.motion === 'drive');
    tracks.set(
      id,
      riders.map((rider, index) => {
        const vehicle = vehicles[index % vehicles.length]!;
        const seat = vehicleSeat(vehicle.asset);
        // A dog on a skateboard, a man on a train's roof: art with no seat measured that they are not shut inside keeps them as laid out.
        // A dog on a skateboard stands on its deck at its own size.
        if (seat?.kind === 'board' && entity.category === 'animal') return onBoard(rider, vehicle, seat.deck);
        if (seat?.kind !== 'cab' && (entity.category === 'animal' || (seat?.kind === 'mount' && !personLike(entity) && entity.category !== 'person') || (!seat && !inside))) return rider;
        const place = aboard.get(vehicle) ?? 0;
        aboard.set(vehicle, place + 1);
        const behind = seat?.kind === 'cab' ? { ...seat, x: seat.x + place * PASSENGER_SPACING } : seat;
        // A bike or a scooter carries one; a cab as many as fit before its back.
        const fits = behind !== null && (place === 0 || (behind.kind === 'cab' && behind.x < vehicle.bounds.right - 0.12));
        return fits ? seated(rider, vehicle, behind, entity.noun) : hidden(rider);
      }),
    );
  }
}

function seated(rider: ActorTrack, vehicle: ActorTrack, seat: VehicleSeat, noun: string): ActorTrack {
  const vb = vehicle.bounds;
  switch (seat.kind) {
    case 'cab': {
      const window = (seat.sill - seat.top) * vehicle.size;
      const body = bodyShaped(rider.bounds);
      const shown = body ? HEAD_AND_SHOULDERS : rider.category === 'animal' ? ANIMAL_OVER_SILL : 1 - FACE_SILL;
      const size = (HEAD_IN_WINDOW * window) / (shown * (rider.bounds.bottom - rider.bounds.top));
      const out: ActorTrack = { ...rider, size, hiddenBelow: 1 - shown, grounded: false, floats: false, stride: undefined, strideGait: undefined };
      follow(out, vehicle, seat.x, (vb.bottom - seat.sill) * vehicle.size, -0.004);
      return out;
    }
    case 'saddle': {
      const figure = standingFigure(rider, noun);
      const size = (SADDLE_RIDER * (vb.right - vb.left) * vehicle.size) / (figure.bounds.bottom - figure.bounds.top);
      // Just behind the bike, so its tank and handlebars stay in front of the rider.
      const out: ActorTrack = { ...rider, ...figure, size, hiddenBelow: HIPS, grounded: false, floats: false, stride: undefined, strideGait: undefined };
      follow(out, vehicle, seat.x, (vb.bottom - seat.y) * vehicle.size, 0.004);
      return out;
    }
    case 'mount': {
      const figure = mountedFigure(rider, noun);
      // On a horse the rider's head tops the horse's by about a third of its height.
      const rise = (vb.bottom - seat.y) * vehicle.size;
      const shown = seat.shown * vehicle.size;
      const size = shown / ((1 - figure.hips) * (figure.bounds.bottom - figure.bounds.top));
      // Just behind the animal's body, which hides where the figure is cut at the hips.
      const out: ActorTrack = {
        ...rider,
        asset: figure.asset,
        bounds: figure.bounds,
        artFacing: figure.artFacing,
        category: 'person',
        size,
        hiddenBelow: figure.hips,
        grounded: false,
        floats: false,
        stride: undefined,
        strideGait: undefined,
      };
      follow(out, vehicle, seat.x, rise, 0.004);
      return out;
    }
    case 'deck': {
      const figure = standingFigure(rider, noun);
      const size = (DECK_RIDER * (vb.bottom - vb.top) * vehicle.size) / (figure.bounds.bottom - figure.bounds.top);
      const out: ActorTrack = { ...rider, ...figure, size, grounded: false, floats: false, stride: undefined, strideGait: undefined };
      follow(out, vehicle, seat.x, (vb.bottom - seat.y) * vehicle.size, -0.004);
      return out;
    }
    case 'board': {
      // Standing on the deck, about twice the board's length tall, leaning as the board tilts in a jump.
      const figure = standingFigure(rider, noun);
      const size = (seat.rider * vehicle.size) / (figure.bounds.bottom - figure.bounds.top);
      const out: ActorTrack = { ...rider, ...figure, size, grounded: false, floats: false, stride: undefined, strideGait: undefined };
      onDeck(out, vehicle, seat.deck);
      return out;
    }
    case 'combined': {
      const asset = genderedAsset(seat.hex, genderOf(rider.asset, noun));
      const out: ActorTrack = {
        ...rider,
        asset,
        artFacing: artOrientation(asset, 'person').facing,
        bounds: artBounds(asset),
        size: vehicle.size,
        grounded: vehicle.grounded,
        floats: false,
        stride: undefined,
        strideGait: undefined,
      };
      follow(out, vehicle, (vb.left + vb.right) / 2, 0, 0);
      // The picture shows the bicycle too: the bicycle's own art would be a second one.
      vehicle.opacity.fill(0);
      return out;
    }
  }
}

/**
 * Copies the vehicle's motion onto the rider frame by frame, at a point of
 * the vehicle's art (x as the art is drawn, mirrored as the vehicle faces),
 * `rise` above its foot point, `depthOffset` nearer (negative) or farther.
 */
function follow(rider: ActorTrack, vehicle: ActorTrack, artX: number, rise: number, depthOffset: number): void {
  const b = vehicle.bounds;
  const fromCentre = (artX - (b.left + b.right) / 2) * vehicle.size;
  const mirror = vehicle.artFacing === 'left' ? -1 : 1;
  const length = Math.min(rider.length, vehicle.length);
  for (let i = 0; i < length; i++) {
    // The painter mirrors (and squeezes through a turn) by facing × the art's own way: the seat moves with it.
    const face = vehicle.artFacing === 'front' ? 1 : vehicle.facing[i]! * mirror;
    const dx = face * fromCentre * vehicle.scaleX[i]!;
    const up = rise * vehicle.scaleY[i]!;
    const rot = vehicle.rotation[i]!;
    rider.x[i] = vehicle.x[i]! + dx * Math.cos(rot) + up * Math.sin(rot);
    rider.y[i] = vehicle.y[i]! + up * Math.cos(rot) - dx * Math.sin(rot);
    rider.depth[i] = vehicle.depth[i]! + depthOffset;
    rider.rotation[i] = rot;
    rider.pivot[i] = 0;
    rider.scaleX[i] = 1;
    rider.scaleY[i] = 1;
    rider.facing[i] = vehicle.facing[i]!;
    rider.opacity[i] = Math.min(rider.opacity[i]!, vehicle.opacity[i]!);
  }
}

/** An animal riding a board as it is drawn, its feet on the deck. */
function onBoard(rider: ActorTrack, board: ActorTrack, deck: number): ActorTrack {
  const out: ActorTrack = { ...rider, grounded: false, floats: false, stride: undefined, strideGait: undefined };
  onDeck(out, board, deck);
  return out;
}

/** Keeps a rider's feet on a board's deck frame by frame (board-geometry.ts), leaning with it. */
function onDeck(rider: ActorTrack, board: ActorTrack, deck: number): void {
  const length = Math.min(rider.length, board.length);
  for (let i = 0; i < length; i++) {
    const top = deckTop(board, i, deck);
    rider.x[i] = top.x;
    rider.y[i] = top.y;
    rider.depth[i] = board.depth[i]! - 0.004;
    rider.rotation[i] = top.tilt;
    rider.pivot[i] = 0;
    rider.scaleX[i] = 1;
    rider.scaleY[i] = 1;
    rider.facing[i] = board.facing[i]!;
    rider.opacity[i] = Math.min(rider.opacity[i]!, board.opacity[i]!);
  }
}

/** A driver whose vehicle has no seat measured: not drawn at all, rather than beside it. */
function hidden(rider: ActorTrack): ActorTrack {
  const out: ActorTrack = { ...rider, opacity: new Float32Array(rider.length) };
  return out;
}

/** Whether art is a full figure (tall and narrow) rather than a face or a bust. */
export function bodyShaped(bounds: ArtBounds): boolean {
  return (bounds.right - bounds.left) / Math.max(1e-6, bounds.bottom - bounds.top) < 0.6;
}

/** The rider's own art when it is a full figure, else the standing person of their gender. */
export function standingFigure(rider: ActorTrack, noun: string): Pick<ActorTrack, 'asset' | 'bounds' | 'artFacing'> {
  if (bodyShaped(rider.bounds)) return { asset: rider.asset, bounds: rider.bounds, artFacing: rider.artFacing };
  const asset = genderedAsset('1f9cd', genderOf(rider.asset, noun));
  return { asset, bounds: artBounds(asset), artFacing: artOrientation(asset, 'person').facing };
}

/** A mounted rider's figure: their own art when it is a whole figure seen side-on, else the walking figure of their gender. */
export function mountedFigure(rider: ActorTrack, noun: string): Pick<ActorTrack, 'asset' | 'bounds' | 'artFacing'> & { readonly hips: number } {
  if (bodyShaped(rider.bounds) && rider.artFacing !== 'front') return { asset: rider.asset, bounds: rider.bounds, artFacing: rider.artFacing, hips: HIPS };
  const asset = genderedAsset(WALKER, genderOf(rider.asset, noun));
  return { asset, bounds: artBounds(asset), artFacing: artOrientation(asset, 'person').facing, hips: WALKER_HIPS };
}

/** Something planned as an object that is a person all the same: a cowboy's hat-and-face picture, a noun that names one. */
function personLike(entity: Entity): boolean {
  const hex = entity.asset.replace(/^emoji:/, '').split('-')[0]!;
  return (entity.asset.startsWith('emoji:') && hex in HEAD_ONLY) || genderOfNoun(entity.noun) !== null;
}

function genderOf(asset: string, noun: string): 'man' | 'woman' | 'person' {
  const said = genderOfNoun(noun);
  if (said) return said;
  const hex = asset.replace(/^emoji:/, '').split('-')[0]!;
  return HEAD_ONLY[hex] ?? (/-woman$|2640/.test(asset) ? 'woman' : 'person');
}

/** The emoji of a person doing something, as a man or a woman where the bundled art has that variant. */
function genderedAsset(hex: string, gender: 'man' | 'woman' | 'person'): string {
  const variant = gender === 'man' ? `${hex}-200d-2642` : gender === 'woman' ? `${hex}-200d-2640` : hex;
  return emojiAssetId(hasEmojiArt(variant) ? variant : hex);
}
