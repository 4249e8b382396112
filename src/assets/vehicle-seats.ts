/**
 * Where someone who drives or rides a vehicle sits in its bundled Fluent
 * art, measured on the art (fractions of the art's square, x from its left
 * edge as the art is drawn, y from its top). A closed vehicle shows its
 * driver in the side window behind the windscreen; a motorbike seats its
 * rider on the saddle; a kick scooter has its rider stand on the deck; a
 * bicycle and its rider are drawn together by the person-biking emoji. A
 * ridden animal (a horse, a pony, a donkey, a camel, an elephant) seats its
 * rider astride its back.
 */
export type VehicleSeat =
  /** The driver's side window: centre x, the sill (window bottom) and top. */
  | { readonly kind: 'cab'; readonly x: number; readonly sill: number; readonly top: number }
  /** A saddle sat astride: its middle and height. */
  | { readonly kind: 'saddle'; readonly x: number; readonly y: number }
  /** A deck stood on: its middle and height. */
  | { readonly kind: 'deck'; readonly x: number; readonly y: number }
  /**
   * An animal's back sat astride: the middle of the seat and its height, a
   * little under the back's top edge so the body hides the rider's cut, and
   * how tall the rider shows above it, all in the art's square: a rider's
   * size goes with the animal's body, not with a unicorn's horn or a camel's
   * long legs.
   */
  | { readonly kind: 'mount'; readonly x: number; readonly y: number; readonly shown: number }
  /**
   * A board stood on, drawn diagonally and levelled by its nose angle
   * (art-orientation.ts): how far its deck's top and its wheels' bottom are
   * from the middle of the art once level, and the rider's height, all in the
   * art's square.
   */
  | { readonly kind: 'board'; readonly deck: number; readonly wheels: number; readonly rider: number }
  /** Rider and vehicle are one picture: the emoji (without gender) that shows both. */
  | { readonly kind: 'combined'; readonly hex: string };

const SEATS: Readonly<Record<string, VehicleSeat>> = {
  '1f697': { kind: 'cab', x: 0.46, sill: 0.58, top: 0.4 }, // automobile
  '1f695': { kind: 'cab', x: 0.46, sill: 0.5, top: 0.35 }, // taxi
  '1f693': { kind: 'cab', x: 0.38, sill: 0.55, top: 0.35 }, // police car
  '1f699': { kind: 'cab', x: 0.42, sill: 0.46, top: 0.3 }, // sport utility vehicle
  '1f6fb': { kind: 'cab', x: 0.31, sill: 0.51, top: 0.36 }, // pickup truck
  '1f68c': { kind: 'cab', x: 0.26, sill: 0.57, top: 0.3 }, // bus
  '1f68e': { kind: 'cab', x: 0.28, sill: 0.52, top: 0.37 }, // trolleybus
  '1f690': { kind: 'cab', x: 0.34, sill: 0.54, top: 0.38 }, // minibus
  '1f69a': { kind: 'cab', x: 0.21, sill: 0.57, top: 0.38 }, // delivery truck
  '1f69b': { kind: 'cab', x: 0.27, sill: 0.57, top: 0.42 }, // articulated lorry
  '1f691': { kind: 'cab', x: 0.24, sill: 0.51, top: 0.38 }, // ambulance
  '1f692': { kind: 'cab', x: 0.23, sill: 0.5, top: 0.28 }, // fire engine
  '1f69c': { kind: 'cab', x: 0.58, sill: 0.5, top: 0.28 }, // tractor
  '1f3cd': { kind: 'saddle', x: 0.6, y: 0.52 }, // motorcycle
  '1f6f5': { kind: 'saddle', x: 0.6, y: 0.43 }, // motor scooter
  '1f6f4': { kind: 'deck', x: 0.62, y: 0.81 }, // kick scooter
  '1f6b2': { kind: 'combined', hex: '1f6b4' }, // bicycle: person biking
  '1f6f9': { kind: 'board', deck: 0.13, wheels: 0.27, rider: 1.9 }, // skateboard: a person is about twice its length
};

/** Ridden animals' backs, by asset id (all face left as drawn). */
const MOUNTS: Readonly<Record<string, VehicleSeat>> = {
  'emoji:1f40e': { kind: 'mount', x: 0.57, y: 0.4, shown: 0.6 }, // horse (and pony): just behind the withers, the back's top at 0.37
  'drawn:unicorn': { kind: 'mount', x: 0.56, y: 0.42, shown: 0.52 }, // the back's top at 0.4
  'emoji:1facf': { kind: 'mount', x: 0.5, y: 0.39, shown: 0.5 }, // donkey, mid-kick: the back's top at 0.36
  'emoji:1f42a': { kind: 'mount', x: 0.62, y: 0.19, shown: 0.36 }, // dromedary: on the hump, its top at 0.16
  'emoji:1f418': { kind: 'mount', x: 0.6, y: 0.26, shown: 0.3 }, // elephant: behind the ear, the back's top at 0.23
};

/** The seat of a vehicle's (or a ridden animal's) art, or null when its art has none measured (a driver is then not drawn). */
export function vehicleSeat(asset: string): VehicleSeat | null {
  const mount = MOUNTS[asset.split('-')[0]!];
  if (mount) return mount;
  const key = asset.replace(/^emoji:/, '').split('-')[0]!;
  return asset.startsWith('emoji:') ? (SEATS[key] ?? null) : null;
}

/** Whether an animal's art has a back measured to ride on. */
export function isMount(asset: string): boolean {
  return vehicleSeat(asset)?.kind === 'mount';
}
