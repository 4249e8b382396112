import { supportSurface } from '../assets/support-surfaces.ts';
import type { Shot } from '../plan/schema.ts';
import type { PlayedAction } from './actor-motion.ts';
import type { ActorTrack } from './simulation.ts';
import { standingFigure } from './vehicle-riders.ts';

/**
 * People sitting on a couch, a chair, a bench or a bed: drawn as a whole
 * figure (a head-only picture becomes the standing person of their gender)
 * from the hips up on its seat, at a size that fits the seat, instead of a
 * head as big as the couch perched on it.
 */

/** What someone seated may be doing without getting up. */
const SEATED_MOTIONS: ReadonlySet<string> = new Set(['sit', 'idle', 'carry']);

/** Children are smaller. */
const CHILD = /\b(boy|girl|kid|child|children|kids|boys|girls|toddler|baby)\b/;

/** From the hips down a seated figure is hidden by the seat (fraction of a standing figure's height). */
const HIPS = 0.44;

/**
 * Seats each person who sits "on" art with a measured seat (support-surfaces.ts):
 * their foot point at the seat, the legs hidden below it (hiddenBelow), just
 * in front of the support, where the layout put them along it. Anyone who
 * does something else there (walks, jumps) is left alone.
 */
export function seatSitters(shot: Shot, tracks: Map<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>): void {
  for (const entity of shot.entities) {
    const relation = entity.layout.relation;
    if (entity.category !== 'person' || relation?.kind !== 'on') continue;
    const supports = tracks.get(relation.target) ?? [];
    const sitters = tracks.get(entity.id);
    const support = supports[0];
    if (!support || !sitters || support.category === 'vehicle' || support.category === 'boat') continue;
    const surface = supportSurface(support.asset);
    if (!surface.sitter || (played.get(entity.id) ?? []).some((a) => !SEATED_MOTIONS.has(a.motion))) continue;
    tracks.set(
      entity.id,
      sitters.map((sitter, index) => {
        const under = supports[index % supports.length]!;
        const supportHeight = under.size * (under.bounds.bottom - under.bounds.top);
        const seat = surface.height * supportHeight;
        const figure = standingFigure(sitter, entity.noun);
        const tall = surface.sitter! * supportHeight * (CHILD.test(entity.noun) ? 0.75 : 1);
        const out: ActorTrack = { ...sitter, ...figure, size: tall / (figure.bounds.bottom - figure.bounds.top), hiddenBelow: HIPS, grounded: false, stride: undefined, strideGait: undefined };
        for (let i = 0; i < Math.min(out.length, under.length); i++) {
          out.y[i] = under.y[i]! + seat * under.scaleY[i]!;
          out.depth[i] = under.depth[i]! - 0.004;
          out.rotation[i] = 0;
          out.pivot[i] = 0;
        }
        return out;
      }),
    );
  }
}
