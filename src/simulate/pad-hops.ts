import { PAD_HOP_VERB } from '../plan/compose/lily-pads.ts';
import type { Shot } from '../plan/schema.ts';
import type { ActorTrack } from './simulation.ts';

/**
 * A frog hopping along lily pads: it sits a moment on a pad, then leaps in an
 * arc to the next and lands on it, along the row and back. The plan says who
 * hops on which pads (plan/compose/lily-pads.ts); this sets the hopper's path
 * once the pads' tracks exist.
 */

/** Seconds sitting on each pad, and in the air between two. */
export const SIT_SECONDS = 0.8;
export const LEAP_SECONDS = 0.55;
/** How high a leap rises, in the hopper's heights. */
const LEAP_RISE = 1.1;

/** Hops every pad hopper of the shot along its pads. */
export function hopAcrossPads(shot: Shot, tracks: ReadonlyMap<string, ActorTrack[]>, fps: number): void {
  for (const entity of shot.entities) {
    const hop = entity.actions.find((a) => a.verb === PAD_HOP_VERB && a.target);
    if (!hop) continue;
    const pads = [...(tracks.get(hop.target!) ?? [])].sort((a, b) => a.x[0]! - b.x[0]!);
    if (pads.length === 0) continue;
    (tracks.get(entity.id) ?? []).forEach((hopper, m) => hopAlong(hopper, pads, m, fps));
  }
}

/** The pad of a step: along the row and back again. */
export function padAt(step: number, count: number): number {
  if (count === 1) return 0;
  const period = 2 * (count - 1);
  const k = step % period;
  return k < count ? k : period - k;
}

function hopAlong(hopper: ActorTrack, pads: readonly ActorTrack[], member: number, fps: number): void {
  const leg = SIT_SECONDS + LEAP_SECONDS;
  const h = hopper.size * (hopper.bounds.bottom - hopper.bounds.top);
  const seat = (p: ActorTrack, i: number) => {
    const j = Math.min(i, p.length - 1);
    // The hopper's feet on the pad's flat top, just in front of it.
    return { x: p.x[j]!, y: p.y[j]! + p.size * (p.bounds.bottom - p.bounds.top) * 0.45, depth: p.depth[j]! - 0.004 };
  };
  for (let i = 0; i < hopper.length; i++) {
    const t = i / fps + member * leg * 0.5;
    const step = Math.floor(t / leg);
    const u = t - step * leg;
    const here = seat(pads[padAt(step + member, pads.length)]!, i);
    const next = seat(pads[padAt(step + member + 1, pads.length)]!, i);
    const towards = Math.sign(next.x - here.x) || hopper.facing[Math.max(0, i - 1)]! || 1;
    if (u < SIT_SECONDS) {
      hopper.x[i] = here.x;
      hopper.y[i] = here.y;
      hopper.depth[i] = here.depth;
      hopper.rotation[i] = 0;
    } else {
      const k = (u - SIT_SECONDS) / LEAP_SECONDS;
      hopper.x[i] = here.x + (next.x - here.x) * k;
      hopper.y[i] = here.y + (next.y - here.y) * k + Math.sin(Math.PI * k) * h * LEAP_RISE;
      hopper.depth[i] = here.depth + (next.depth - here.depth) * k;
      // Nose up leaving, nose down landing.
      hopper.rotation[i] = -Math.cos(Math.PI * k) * 0.25 * towards;
    }
    hopper.facing[i] = towards;
  }
}
