import { footAt, legMover, LEGS_TOP, movePoints, type Leg, type Stride, type StrideStyle } from './drawn-stride.ts';

/**
 * The limbs of the drawn people (drawn-people.ts) through a stride: legs bent
 * by the shared leg mover with a person's forward knee, shoes carried with the
 * feet, forearms swung from the elbow against the legs. Everything that moves
 * stays below LEGS_TOP, so a sprite's pose rows are all that differ from the
 * still art; without a stride each limb is the still one, point for point.
 */

/** The still legs (hip, knee, foot; the hips at y 61) and the shoe's x: near leg forward, far leg back. */
const STILL_LEGS = { near: [45, 61, 40, 80, 35.5, 93], far: [54, 61, 58, 80, 62, 93], nearShoe: 36, farShoe: 64 } as const;
/** The legs a stride swings: straight under each hip, so the stride puts the feet. */
const STRIDE_LEGS = { near: [45, 61, 45, 77, 45, 93], far: [54, 61, 54, 77, 54, 93] } as const;
/**
 * A person's legs are long for their height next to an animal's, so they step
 * wider than the shared gait shapes: a walking step spans at least the still
 * stance, and a run (the biped's trot) reaches far with a high knee.
 */
export const PERSON_STRIDE: StrideStyle = { reach: { walk: 1.9, trot: 2.3 }, lift: { walk: 1.1, trot: 1.7 } };

/** Shoulder, elbow, hand of each still arm (the ends of the limbs drawn-people.ts strokes): the stride swings the forearm from the elbow, which is below LEGS_TOP. */
const STILL_ARMS = { near: [41, 39, 36.5, 48, 34, 57], far: [57, 39, 62, 48, 64.5, 57] } as const;
const FOREARM = 9.3;
/** A swung hand's highest: its circle and the forearm's stroke stay below LEGS_TOP, so the upper rows stay the still art's. */
const HAND_TOP = LEGS_TOP * 100 + 4.6;

/**
 * A leg's points (hip, knee, foot) in a stride, bent by legMover with its shoe moved
 * with the foot; without a stride the still leg and shoe.
 */
export function personLeg(which: Leg, stride: Stride | undefined, height: number): { points: readonly number[]; shoeX: number; shoeDy: number } {
  const near = which.near;
  if (!stride) return { points: near ? STILL_LEGS.near : STILL_LEGS.far, shoeX: near ? STILL_LEGS.nearShoe : STILL_LEGS.farShoe, shoeDy: 0 };
  const points = near ? STRIDE_LEGS.near : STRIDE_LEGS.far;
  // A person's knee bends forward as the foot swings through.
  const moved = movePoints(points, legMover(points, which, stride, height, 0, true, PERSON_STRIDE));
  return { points: moved, shoeX: round2(moved[4]! + 1), shoeDy: round2(moved[5]! - points[5]!) };
}

/**
 * An arm's points in a stride: the forearm swings from the elbow against the
 * leg on its own side (a walk's easy swing, a run's pumping bent arm); the
 * upper arm stays as drawn. Without a stride, or holding a tall prop, the still arm.
 */
export function personArm(which: Leg, stride: Stride | undefined): readonly number[] {
  const still = which.near ? STILL_ARMS.near : STILL_ARMS.far;
  if (!stride) return still;
  const against = footAt(stride.gait === 'gallop' ? 'trot' : stride.gait, stride.cycle, { end: 'hind', near: !which.near });
  const run = stride.gait !== 'walk';
  // Degrees from hanging straight down, forward positive; a runner carries the forearm bent up.
  const base = (which.near ? 8 : -8) + (run ? 30 : 0);
  const angle = ((base + against.forward * (run ? 42 : 28)) * Math.PI) / 180;
  const [ex, ey] = [still[2]!, still[3]!];
  const hy = Math.max(HAND_TOP, ey + FOREARM * Math.cos(angle));
  const hx = ex - Math.sign(angle) * Math.sqrt(Math.max(0, FOREARM * FOREARM - (hy - ey) ** 2));
  return [still[0]!, still[1]!, ex, ey, round2(hx), round2(hy)];
}

/** The hand of a swung arm: a little past the forearm's end, along it, as the still hands sit. */
export function personHand(arm: readonly number[]): readonly [number, number] {
  const [ex, ey, ax, ay] = [arm[2]!, arm[3]!, arm[4]!, arm[5]!];
  return [round2(ex + (ax - ex) * 1.27), round2(ey + (ay - ey) * 1.27)];
}

/** Two decimals: enough for the art, short SVG. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
