import { HOOP_ART, HOOP_RIM } from '../assets/drawn-sport.ts';
import type { Shot } from '../plan/schema.ts';
import type { ActorTrack } from './simulation.ts';

/**
 * A thrown ball flies between its thrower and what it is thrown at, again
 * and again: out of the hands in a high arc to the hoop's rim (or the goal,
 * or the dog), down to the ground there, and back along the ground to the
 * thrower's feet and up into their hands for the next throw. The plan says
 * who throws what where (plan/compose/ball-throws.ts); this draws it, once
 * every track exists. The thrower faces where they throw.
 */

/** Seconds of one throw: the flight, the drop, the roll back, and the catch. */
export const THROW_CYCLE = 2.4;
const FLIGHT = 0.42;
const DROP = 0.56;
const CATCH = 0.9;

/** How high the arc rises above its higher end, in thrower heights. */
const ARC_RISE = 0.55;

interface Point {
  x: number;
  y: number;
  depth: number;
}

/** Flies every thrown ball of the shot along its throw cycle. */
export function flyThrownBalls(shot: Shot, tracks: ReadonlyMap<string, ActorTrack[]>, fps: number): void {
  for (const thrower of shot.entities) {
    for (const action of thrower.actions) {
      if (!action.target || action.motion === 'carry') continue;
      const ball = shot.entities.find((e) => e.id === action.target);
      const flight = ball?.actions.find((a) => a.verb === 'throw' && a.motion === 'fly');
      if (!ball || !flight) continue;
      const throwers = tracks.get(thrower.id) ?? [];
      const balls = tracks.get(ball.id) ?? [];
      const aims = flight.target ? (tracks.get(flight.target) ?? []) : [];
      const aimAsset = flight.target ? shot.entities.find((e) => e.id === flight.target)?.asset : undefined;
      // A jump shot for the one who throws; the rest of a group jump for the ball in their own time, never the plan's high leaps.
      if (action.motion === 'jump') throwers.forEach((t, m) => jumpWithThrows(t, fps, m === 0 ? 0 : THROW_CYCLE * (0.3 + 0.37 * m)));
      balls.forEach((track, index) => {
        const from = throwers[index % Math.max(1, throwers.length)];
        if (!from) return;
        const to = aims[index % Math.max(1, aims.length)];
        flyOne(track, from, to, aimAsset === HOOP_ART, fps);
      });
    }
  }
}

function heightOf(track: ActorTrack, i: number): number {
  return track.size * (track.bounds.bottom - track.bounds.top) * (track.scaleY[i] ?? 1);
}

/** Where the thrower's hands are at a frame (a little in front, at chest height). */
function handsOf(track: ActorTrack, i: number): Point {
  const w = track.size * (track.bounds.right - track.bounds.left);
  const facing = Math.sign(track.facing[i]!) || 1;
  return { x: track.x[i]! + facing * w * 0.3, y: track.y[i]! + heightOf(track, i) * 0.55, depth: track.depth[i]! - 0.003 };
}

/** Where the ball goes at a frame: through a hoop's rim, or at the middle of anything else. */
function aimOf(track: ActorTrack | undefined, hoop: boolean, i: number, fallback: Point): Point {
  if (!track) return fallback;
  const centre = (track.bounds.left + track.bounds.right) / 2;
  if (hoop) {
    const facing = Math.sign(track.facing[i]!) || 1;
    return { x: track.x[i]! + (HOOP_RIM.x - centre) * track.size * facing, y: track.y[i]! + (track.bounds.bottom - HOOP_RIM.y) * track.size, depth: track.depth[i]! - 0.003 };
  }
  return { x: track.x[i]!, y: track.y[i]! + heightOf(track, i) * 0.45, depth: track.depth[i]! - 0.003 };
}

function flyOne(ball: ActorTrack, thrower: ActorTrack, aimTrack: ActorTrack | undefined, hoop: boolean, fps: number): void {
  const ballHeight = ball.size * (ball.bounds.bottom - ball.bounds.top);
  for (let i = 0; i < ball.length; i++) {
    // Both tracks cover the same shot frames.
    const hands = handsOf(thrower, i);
    const u = ((i / fps) % THROW_CYCLE) / THROW_CYCLE;
    const cycleStart = i - Math.round(u * THROW_CYCLE * fps);
    // The throw leaves from where the hands were when it began, and goes to where the aim is.
    const release = handsOf(thrower, Math.max(0, cycleStart));
    const fallback = { x: release.x + 0.8 * (Math.sign(thrower.facing[i]!) || 1), y: 0.1, depth: release.depth };
    const aim = aimOf(aimTrack, hoop, Math.min(aimTrack ? aimTrack.length - 1 : 0, i), fallback);
    let at: Point;
    let spin: number;
    if (u < FLIGHT) {
      const k = u / FLIGHT;
      const apex = Math.max(release.y, aim.y) + heightOf(thrower, i) * ARC_RISE;
      at = { x: lerp(release.x, aim.x, k), y: arc(release.y, apex, aim.y, k), depth: lerp(release.depth, aim.depth, k) };
      spin = k * Math.PI * 2;
    } else if (u < DROP) {
      // Through the rim (or off what it hit) and down to the ground.
      const k = (u - FLIGHT) / (DROP - FLIGHT);
      at = { x: aim.x, y: aim.y * (1 - k * k), depth: aim.depth };
      spin = Math.PI * 2;
    } else if (u < CATCH) {
      // Rolling and bouncing back to the thrower's feet.
      const k = (u - DROP) / (CATCH - DROP);
      const bounce = Math.abs(Math.sin(k * Math.PI * 3)) * (1 - k) * ballHeight * 1.2;
      at = { x: lerp(aim.x, hands.x, k), y: bounce, depth: lerp(aim.depth, hands.depth, k) };
      spin = -k * Math.PI * 4;
    } else {
      // Picked up into the hands.
      const k = (u - CATCH) / (1 - CATCH);
      at = { x: hands.x, y: lerp(0, hands.y, k * (2 - k)), depth: hands.depth };
      spin = 0;
    }
    ball.x[i] = at.x;
    // The foot point is the bottom of the ball; the path is of its middle.
    ball.y[i] = Math.max(0, at.y - ballHeight / 2);
    ball.depth[i] = at.depth;
    ball.rotation[i] = spin;
    ball.pivot[i] = 1;
    ball.opacity[i] = 1;
    ball.scaleX[i] = 1;
    ball.scaleY[i] = 1;
    // The thrower faces the throw.
    thrower.facing[i] = Math.sign(aim.x - thrower.x[i]!) || thrower.facing[i]!;
  }
}

/** Share of a cycle the jump shot takes, and how far into it the ball leaves the hands (near the top). */
const JUMP_SPAN = 0.2;
const JUMP_RELEASE = 0.45;
const JUMP_HEIGHT = 0.3;

/**
 * A jump shot: the thrower jumps once a throw, in time with it, leaving the
 * ground just before the ball leaves their hands, instead of the plan's
 * jumping about out of step with the ball.
 */
function jumpWithThrows(thrower: ActorTrack, fps: number, offset: number): void {
  let ground = Infinity;
  for (let i = 0; i < thrower.length; i++) ground = Math.min(ground, thrower.y[i]!);
  const height = thrower.size * (thrower.bounds.bottom - thrower.bounds.top);
  for (let i = 0; i < thrower.length; i++) {
    const u = (((i / fps + offset) % THROW_CYCLE) / THROW_CYCLE);
    const v = (u + JUMP_SPAN * JUMP_RELEASE) % 1;
    const k = v < JUMP_SPAN ? v / JUMP_SPAN : -1;
    thrower.y[i] = ground + (k >= 0 ? Math.sin(k * Math.PI) * height * JUMP_HEIGHT : 0);
    thrower.rotation[i] = 0;
    // A crouch before the jump and on landing.
    const crouch = v >= 1 - 0.06 ? Math.sin(((v - 0.94) / 0.06) * Math.PI) : v >= JUMP_SPAN && v < JUMP_SPAN + 0.06 ? Math.sin(((v - JUMP_SPAN) / 0.06) * Math.PI) : 0;
    thrower.scaleY[i] = 1 - 0.1 * crouch;
    thrower.scaleX[i] = 1 + 0.06 * crouch;
  }
}

const lerp = (a: number, b: number, k: number): number => a + (b - a) * k;

/** A parabola through a at 0, b at 1, its top at `apex` (only reached when between the ends). */
function arc(a: number, apex: number, b: number, k: number): number {
  // Quadratic Bézier with the control point set so the curve's highest point is `apex`.
  const c = 2 * apex - (a + b) / 2;
  return (1 - k) * (1 - k) * a + 2 * (1 - k) * k * c + k * k * b;
}
