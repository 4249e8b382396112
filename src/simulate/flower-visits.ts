import { VISIT_VERB } from '../plan/compose/flower-visits.ts';
import type { Shot } from '../plan/schema.ts';
import type { ActorTrack } from './simulation.ts';

/**
 * A bee (a butterfly, a hummingbird) visiting flowers goes from one to the
 * next in turn: it hovers a moment at a flower's head, then flies a little
 * arc to the next, along the row and back. The plan says who visits which
 * flowers (plan/compose/flower-visits.ts); this sets the visitor's path once
 * the flowers' tracks exist, keeping the flapping the motion gave it.
 */

/** Seconds hovering at each flower, and flying between two. */
export const HOVER_SECONDS = 0.9;
export const HOP_SECONDS = 0.75;

/** How high the arc between flowers rises, in flower heights. */
const HOP_RISE = 0.6;

/** Flies every flower visitor of the shot on its tour. */
export function flyFlowerVisits(shot: Shot, tracks: ReadonlyMap<string, ActorTrack[]>, fps: number): void {
  for (const entity of shot.entities) {
    const visit = entity.actions.find((a) => a.verb === VISIT_VERB && a.motion === 'fly' && a.target);
    if (!visit) continue;
    const flowers = [...(tracks.get(visit.target!) ?? [])].sort((a, b) => a.x[0]! - b.x[0]!);
    if (flowers.length === 0) continue;
    (tracks.get(entity.id) ?? []).forEach((visitor, m) => tour(visitor, flowers, m, fps));
  }
}

/** The order of flowers visited: along the row and back again, each visitor starting at a different one. */
export function tourStop(step: number, count: number, offset: number): number {
  if (count === 1) return 0;
  const period = 2 * (count - 1);
  const k = (step + offset) % period;
  return k < count ? k : period - k;
}

function tour(visitor: ActorTrack, flowers: readonly ActorTrack[], member: number, fps: number): void {
  const leg = HOVER_SECONDS + HOP_SECONDS;
  const offset = (member * 2) % Math.max(1, 2 * (flowers.length - 1));
  const head = (f: ActorTrack, i: number) => {
    const h = f.size * (f.bounds.bottom - f.bounds.top);
    return { x: f.x[i]!, y: f.y[i]! + h * 0.85, depth: f.depth[i]! - 0.004, h };
  };
  for (let i = 0; i < visitor.length; i++) {
    const t = i / fps + member * 0.37;
    const step = Math.floor(t / leg);
    const u = t - step * leg;
    const here = head(flowers[tourStop(step, flowers.length, offset)]!, Math.min(i, flowers[0]!.length - 1));
    const next = head(flowers[tourStop(step + 1, flowers.length, offset)]!, Math.min(i, flowers[0]!.length - 1));
    if (u < HOVER_SECONDS) {
      // Hovering at the flower's head, drifting a little.
      visitor.x[i] = here.x + Math.sin(t * 5.1) * here.h * 0.06;
      visitor.y[i] = here.y + Math.sin(t * 7.3) * here.h * 0.05;
      visitor.depth[i] = here.depth;
    } else {
      const k = (u - HOVER_SECONDS) / HOP_SECONDS;
      const ease = k * k * (3 - 2 * k);
      visitor.x[i] = here.x + (next.x - here.x) * ease;
      visitor.y[i] = here.y + (next.y - here.y) * ease + Math.sin(Math.PI * k) * Math.max(here.h, next.h) * HOP_RISE;
      visitor.depth[i] = here.depth + (next.depth - here.depth) * ease;
      // It faces the way it flies.
      if (Math.abs(next.x - here.x) > 1e-4) visitor.facing[i] = Math.sign(next.x - here.x);
      else visitor.facing[i] = visitor.facing[Math.max(0, i - 1)]!;
      continue;
    }
    visitor.facing[i] = i > 0 ? visitor.facing[i - 1]! : Math.sign(next.x - here.x) || 1;
  }
}
