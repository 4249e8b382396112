/**
 * Leg poses for the drawn animals, the robot and the people: where each foot is through
 * one stride, so a walk, trot or gallop moves the legs instead of sliding a
 * cut-out. A stride is a cycle of both legs (or leg pairs): each foot is
 * planted for part of it, sweeping back under the body at a steady pace (so a
 * foot matched to the ground speed does not skate), then lifts and swings
 * forward. The art builders bend their leg polylines with `legMover`; with no
 * stride they draw their still art unchanged.
 */

/** How the legs move: a walk (each foot in turn), a trot (diagonal pairs), a gallop (hind pair, then fore pair). */
export type StrideGait = 'walk' | 'trot' | 'gallop';

/** The gaits in the order the simulation's per-frame gait codes index them. */
export const STRIDE_GAITS: readonly StrideGait[] = ['walk', 'trot', 'gallop'];

/**
 * How far down the art's square the legs (and the robot's arms) begin: above
 * this a pose is the still art, pixel for pixel, so a renderer need only keep
 * the rows below it for each pose. 7/16 keeps whole rows at every mip level.
 */
export const LEGS_TOP = 7 / 16;

/** Leg poses drawn per stride: enough for the legs to read as swinging, few enough to rasterise once per size. */
export const STRIDE_POSES = 12;

/** One leg pose: the gait and how far through the stride (0..1). */
export interface Stride {
  readonly gait: StrideGait;
  readonly cycle: number;
}

/**
 * How a kind of art strides beyond the shared gait shapes: `reach` scales how
 * far a foot sweeps (long-legged people step wider than the gait's default;
 * the simulation steps slower to match, so planted feet do not skate) and
 * `lift` how high a swinging foot comes up (a runner's knee), per gait.
 */
export interface StrideStyle {
  readonly reach?: Partial<Readonly<Record<StrideGait, number>>>;
  readonly lift?: Partial<Readonly<Record<StrideGait, number>>>;
}

/** A leg: a foreleg or hind leg (a biped's legs are hind legs, its arms forelegs), on the near or far side. */
export interface Leg {
  readonly end: 'fore' | 'hind';
  readonly near: boolean;
}

/** The four legs of a side view (a biped: its legs are the hind pair, its arms the fore pair). */
export const NEAR_FORE: Leg = { end: 'fore', near: true };
export const FAR_FORE: Leg = { end: 'fore', near: false };
export const NEAR_HIND: Leg = { end: 'hind', near: true };
export const FAR_HIND: Leg = { end: 'hind', near: false };

interface GaitShape {
  /** Fraction of the stride a foot is planted. */
  readonly duty: number;
  /** Half the sweep of a foot, as a fraction of the art's visible height. */
  readonly reach: number;
  /** How high a swinging foot lifts, as a fraction of the leg's length. */
  readonly lift: number;
  /** Body lift at the top of each bounce, as a fraction of visible height (motion-pose.ts bounces legged art by it). */
  readonly bob: number;
  /** How the body rises and falls through a stride, 0..1: highest in flight, lowest with most weight on the legs. */
  readonly bounce: (cycle: number) => number;
  /** When in the stride each foot lands. */
  readonly lands: (leg: Leg) => number;
}

/** Two bounces a stride, one per step (or pair of legs): lowest at 0 and 0.5. */
function twoBeat(cycle: number): number {
  return Math.abs(Math.sin(cycle * Math.PI * 2));
}

const SHAPES: Readonly<Record<StrideGait, GaitShape>> = {
  // A lateral walk: near hind, near fore, far hind, far fore, a quarter stride apart; the body is lowest as each hind foot lands.
  walk: { duty: 0.62, reach: 0.075, lift: 0.16, bob: 0.012, bounce: twoBeat, lands: (l) => (l.near ? 0 : 0.5) + (l.end === 'fore' ? 0.25 : 0) },
  // A trot: diagonal pairs land together, a moment of flight between; the body is lowest mid-stance.
  trot: { duty: 0.42, reach: 0.1, lift: 0.24, bob: 0.03, bounce: twoBeat, lands: (l) => (l.near === (l.end === 'fore') ? 0.79 : 0.29) },
  // A gallop: the hind feet land just apart, then the fore feet, then the body flies (highest as the last fore foot has left, at 0.88).
  gallop: { duty: 0.36, reach: 0.2, lift: 0.2, bob: 0.05, bounce: (c) => 0.5 + 0.5 * Math.cos((c - 0.88) * Math.PI * 2), lands: (l) => (l.end === 'hind' ? 0 : 0.3) + (l.near ? 0 : 0.1) },
};

/** The pose index nearest a point in the stride. */
export function strideIndex(cycle: number): number {
  const k = Math.round((cycle - Math.floor(cycle)) * STRIDE_POSES);
  return k % STRIDE_POSES;
}

/** Body lift at a point of the stride, as a fraction of the art's visible height: the bounce of legged art. */
export function strideBob(gait: StrideGait, cycle: number): number {
  const shape = SHAPES[gait];
  return shape.bob * shape.bounce(cycle - Math.floor(cycle));
}

/**
 * Steps a second (two to a stride, as motion-pose.ts counts its `gait`) that
 * keep a planted foot still on the ground at a speed (world units a second)
 * for art of a visible height (world units).
 */
export function legStrideRate(gait: StrideGait, speed: number, height: number, style: StrideStyle = {}): number {
  const shape = SHAPES[gait];
  // A planted foot sweeps back 2·reach in `duty` of a stride, so it keeps pace with the ground at reach/duty per step.
  return (speed * shape.duty) / (shape.reach * (style.reach?.[gait] ?? 1) * Math.max(0.02, height));
}

/**
 * Where a foot is at a point of the stride: `forward` from -1 (back) to 1
 * (reaching forward), `lift` from 0 (planted) to 1 (highest in its swing).
 */
export function footAt(gait: StrideGait, cycle: number, leg: Leg): { forward: number; lift: number } {
  const shape = SHAPES[gait];
  const u = (((cycle - shape.lands(leg)) % 1) + 1) % 1;
  if (u < shape.duty) return { forward: 1 - (2 * u) / shape.duty, lift: 0 };
  const s = (u - shape.duty) / (1 - shape.duty);
  return { forward: -Math.cos(Math.PI * s), lift: Math.sin(Math.PI * s) };
}

/** A point map: where a point of a leg (or anything drawn on it) goes. */
export type LegMap = (x: number, y: number) => readonly [number, number];

const still: LegMap = (x, y) => [x, y];

/**
 * How a leg moves in a stride pose. `points` is the leg as drawn still (hip
 * first, foot last); `centre` is where the foot sits mid-sweep, as an x
 * offset from the hip; `height` is the art's visible height. The foot goes
 * where the stride puts it and the leg between shears to follow, its knee
 * (forelegs) or hock (hind legs) bending out as the foot lifts; the ground
 * drops as the body bounces, so planted feet stay down. Without a stride the
 * map leaves every point where it is. `kneeForward` bends the middle of the
 * leg forward as it lifts (a foreleg's knee, a person's knee), else back (a hock).
 * `style` widens or lifts the stride for the art (the simulation must step with the same style).
 */
export function legMover(points: readonly number[], leg: Leg, stride: Stride | undefined, height: number, centre = 0, kneeForward = leg.end === 'fore', style: StrideStyle = {}): LegMap {
  if (!stride) return still;
  const base = SHAPES[stride.gait];
  const shape = { ...base, reach: base.reach * (style.reach?.[stride.gait] ?? 1), lift: base.lift * (style.lift?.[stride.gait] ?? 1) };
  const hipX = points[0]!;
  const hipY = points[1]!;
  const footX = points[points.length - 2]!;
  const footY = points[points.length - 1]!;
  const length = Math.max(1, footY - hipY);
  const foot = footAt(stride.gait, stride.cycle, leg);
  // The art faces left: forward is towards smaller x.
  const dx = hipX + centre - foot.forward * shape.reach * height - footX;
  const rise = foot.lift * shape.lift * length - strideBob(stride.gait, stride.cycle) * height;
  const bend = foot.lift * shape.lift * length * 0.55 * (kneeForward ? -1 : 1);
  return (x, y) => {
    const t = Math.min(1, Math.max(0, (y - hipY) / length));
    return [round(x + dx * t + bend * Math.sin(Math.PI * Math.min(1, t))), round(y - rise * t)];
  };
}

/** Moves a flat list of points (x, y, x, y, …) by a map. */
export function movePoints(points: readonly number[], map: LegMap): number[] {
  if (map === still) return [...points];
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) out.push(...map(points[i]!, points[i + 1]!));
  return out;
}

/** Two decimals: enough for the art, short SVG. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
