import type { Shot } from '../plan/schema.ts';
import type { PlayedAction } from './actor-motion.ts';
import type { CastMember } from './cast.ts';
import type { ActorTrack, SimulationEvent } from './simulation.ts';

/**
 * Two-entity effects applied once both tracks exist: a carried thing rides
 * in its carrier's mouth or claws, and food gets smaller with every bite.
 */

/** Moves every carried actor with its carrier for as long as the carry lasts. */
export function attachCarried(shot: Shot, cast: ReadonlyMap<string, CastMember>, tracks: ReadonlyMap<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>, fps: number): void {
  for (const entity of shot.entities) {
    for (const action of played.get(entity.id) ?? []) {
      if (action.motion !== 'carry' || !action.target) continue;
      const carriers = tracks.get(entity.id) ?? [];
      const carried = tracks.get(action.target) ?? [];
      const carrierCast = cast.get(entity.id);
      if (!carrierCast || carriers.length === 0) continue;
      const flying = carrierCast.placement === 'air' || carrierCast.placement === 'sky' || entity.category === 'bird' || entity.category === 'aircraft';
      carried.forEach((item, index) => {
        const carrier = carriers[index % carriers.length]!;
        const first = Math.max(0, Math.round(action.start * fps));
        const last = Math.min(item.length, Math.round(action.end * fps));
        const ih = item.size * (item.bounds.bottom - item.bounds.top);
        for (let i = first; i < last; i++) {
          const ch = carrier.size * (carrier.bounds.bottom - carrier.bounds.top) * carrier.scaleY[i]!;
          const cw = carrier.size * (carrier.bounds.right - carrier.bounds.left);
          const facing = Math.sign(carrier.facing[i]!) || 1;
          item.x[i] = carrier.x[i]! + facing * cw * (flying ? 0.05 : 0.36);
          item.y[i] = flying ? carrier.y[i]! - ih * 0.75 : carrier.y[i]! + ch * 0.42;
          item.depth[i] = carrier.depth[i]! - 0.003;
          item.rotation[i] = carrier.rotation[i]!;
          item.facing[i] = carrier.facing[i]!;
        }
      });
    }
  }
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
