import type { Desired, SteerInput } from './steering.ts';

/**
 * Taking off and arriving the way vehicles do: a plane rolls along the
 * runway gathering speed, lifts its nose and climbs away at a shallow angle
 * (landing is the same path played backwards, ending in a stop); a train or
 * a bus drives in along the ground and brakes to a stop at the place it
 * arrives at, or pulls away from where it stood. Every path is placed (a
 * function of time), so it is the same on every run.
 */

/** Steepest climb of a plane after lift-off (radians, about 13 degrees). */
export const CLIMB_ANGLE = 0.23;

/** Share of the take-off spent rolling on the ground. */
const ROLL_SHARE = 0.45;

/** Share of the arrival spent moving; the vehicle stands still for the rest. */
const ARRIVE_SHARE = 0.8;

/** A landing plane's roll ends this far into the action (it then stands). */
const LANDING_SHARE = 0.9;

interface PathPoint {
  s: number;
  y: number;
  /** Horizontal and vertical speed along the path (units a second, s forward). */
  vs: number;
  vy: number;
}

/** Seconds the action lasts on the motion clock. */
function actionSeconds(input: SteerInput): number {
  const played = input.played;
  return played ? Math.max(1.2, (played.end - played.start) * input.setup.shot.timeScale) : 5;
}

/**
 * The take-off path `t` seconds in: even acceleration along the ground for
 * the roll, then on at a little more speed while the climb angle eases in.
 * `span` is the ground covered by the roll.
 */
function takeoffPath(t: number, total: number, span: number): PathPoint {
  const roll = total * ROLL_SHARE;
  const accel = (2 * span) / (roll * roll);
  if (t <= roll) return { s: 0.5 * accel * t * t, y: 0, vs: accel * t, vy: 0 };
  const after = t - roll;
  const vs = accel * roll + accel * 0.4 * after;
  const d = accel * roll * after + 0.2 * accel * after * after;
  // The climb angle eases in over `ease` of ground: the nose lifts, then the climb holds steady.
  const ease = span * 0.5;
  const tan = Math.tan(CLIMB_ANGLE);
  const y = (tan * d * d) / (d + ease);
  const slope = (tan * d * (d + 2 * ease)) / ((d + ease) * (d + ease));
  return { s: span + d, y, vs, vy: slope * vs };
}

/** A winged plane taking off: along the ground from behind its spot, then up and away. */
export function takeoff(input: SteerInput): Desired {
  const { setup, direction } = input;
  const total = actionSeconds(input);
  const width = setup.stage.width(input.state.depth);
  const span = width * 0.35;
  const fromX = middleX(input) + input.offset.x - direction * width * 0.3;
  const p = takeoffPath(input.since, total, span);
  return placed(input, fromX + direction * p.s, setup.anchor.y + input.offset.y + p.y, direction * p.vs, p.vy);
}

/** A winged plane landing: the take-off path run backwards, touching down and rolling to a stop. */
export function touchdown(input: SteerInput, at: number | null): Desired {
  const { setup, direction } = input;
  const total = actionSeconds(input) * LANDING_SHARE;
  const width = setup.stage.width(input.state.depth);
  const span = width * 0.35;
  const stopX = at ?? middleX(input) + input.offset.x + direction * width * 0.15;
  const left = Math.max(0, total - input.since);
  const p = takeoffPath(left, total, span);
  return placed(input, stopX - direction * p.s, setup.anchor.y + input.offset.y + p.y, input.since < total ? direction * p.vs : 0, input.since < total ? -p.vy : 0);
}

/**
 * A wheeled vehicle arriving: it drives in from beyond the frame and brakes
 * evenly to a stop at `at` (the place it arrives at), or a little past the
 * middle of the frame when no place is named, in its own lane or in `lane`
 * (in front of a station).
 */
export function arrive(input: SteerInput, at: number | null, lane: number | null = null): Desired {
  const { setup, direction } = input;
  const width = setup.stage.width(input.state.depth);
  const stopX = at ?? middleX(input) + input.offset.x + direction * width * 0.1;
  const fromX = stopX - direction * (width * 0.6 + input.width);
  const moving = actionSeconds(input) * ARRIVE_SHARE;
  const u = Math.min(1, input.since / moving);
  const k = 1 - (1 - u) * (1 - u);
  const speed = u < 1 ? (2 * (1 - u) * (stopX - fromX)) / moving : 0;
  const out = placed(input, fromX + (stopX - fromX) * k, setup.anchor.y + input.offset.y, speed, 0);
  return { ...out, place: { ...out.place, ...(lane !== null ? { depth: Math.max(0.02, lane) } : {}) }, face: direction };
}

/** A wheeled vehicle leaving: it stands a moment, then pulls away, gathering speed, out of the frame. */
export function depart(input: SteerInput): Desired {
  const { setup, direction } = input;
  const width = setup.stage.width(input.state.depth);
  const fromX = setup.anchor.x + input.offset.x;
  const wait = Math.min(0.6, actionSeconds(input) * 0.15);
  const t = Math.max(0, input.since - wait);
  const go = actionSeconds(input) - wait;
  const accel = (2 * (width * 0.6 + input.width)) / Math.max(0.5, go * go);
  return { ...placed(input, fromX + direction * 0.5 * accel * t * t, setup.anchor.y + input.offset.y, direction * accel * t, 0), face: direction };
}

/** The middle of the frame at the actor's depth: runways and roads are laid out across the frame, not from one side. */
function middleX(input: SteerInput): number {
  const [lo, hi] = input.setup.stage.xRange(input.state.depth, 0);
  return (lo + hi) / 2;
}

function placed(input: SteerInput, x: number, y: number, vx: number, vy: number): Desired {
  return { vx, vy, vd: 0, turn: 0, face: 0, place: { x, y, depth: input.state.depth }, stiff: true };
}
