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

/** Art that people sit (or stand) behind, facing us: the drawn table, which tables, desks and counters all are. */
const TABLES: ReadonlySet<string> = new Set(['drawn:table']);

/** What someone at a table may be doing: eating, talking, baking, doing nothing. Walking or jumping is leaving it. */
const AT_TABLE_MOTIONS: ReadonlySet<string> = new Set(['sit', 'idle', 'carry', 'eat', 'drink', 'watch']);

/** Verbs done standing at a table (baking, cooking): the rest sit. */
const STANDING_VERBS = /^(bake|cook|knead|roll|stir|mix|chop|cut|slice|prepare|make|serve|decorate|ice|frost|fry|grill|boil)$/;

/**
 * Top of the head above the floor, in table-top heights: a seated adult's
 * head is about 1.3 m up against a 0.75 m table; a standing adult's 1.7 m
 * (less here: the figures' heads are drawn big). Children are smaller.
 */
const SEATED_HEAD = 1.8;
const STANDING_HEAD = 2;
const CHILD_HEAD = 0.8;

/** The part of the table's width diners spread along (its legs stand in the rest). */
const TABLE_SPAN = 0.8;

/**
 * People planned behind a table (the planner's way of saying "at the table")
 * are drawn there facing us: each the whole figure of their gender, cut off
 * just under the table top (hiddenBelow) so the table hides the rest, their
 * head at a seated (or, baking, standing) person's height above it, spread
 * evenly along its width in the order they were planned, just behind it.
 */
export function seatDiners(shot: Shot, tracks: Map<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>): void {
  const byTable = new Map<string, Array<{ track: ActorTrack; noun: string; standing: boolean }>>();
  for (const entity of shot.entities) {
    const relation = entity.layout.relation;
    if (entity.category !== 'person' || relation?.kind !== 'behind') continue;
    const table = tracks.get(relation.target)?.[0];
    if (!table || !TABLES.has(table.asset)) continue;
    if ((played.get(entity.id) ?? []).some((a) => !AT_TABLE_MOTIONS.has(a.motion))) continue;
    const standing = entity.actions.some((a) => STANDING_VERBS.test(a.verb));
    const list = byTable.get(relation.target) ?? [];
    for (const track of tracks.get(entity.id) ?? []) list.push({ track, noun: entity.noun, standing });
    byTable.set(relation.target, list);
  }
  for (const [tableId, diners] of byTable) {
    const table = tracks.get(tableId)![0]!;
    const top = table.size * (table.bounds.bottom - table.bounds.top) * supportSurface(table.asset).height;
    const width = table.size * (table.bounds.right - table.bounds.left) * TABLE_SPAN;
    const placed = new Map<ActorTrack, ActorTrack>();
    diners.forEach(({ track, noun, standing }, slot) => {
      const figure = standingFigure(track, noun);
      const child = CHILD.test(noun) ? CHILD_HEAD : 1;
      // The whole figure's height, and how much of it shows above the table top.
      const tall = STANDING_HEAD * top * child;
      const shown = Math.max(0.15 * tall, (standing ? STANDING_HEAD : SEATED_HEAD) * top * child - top);
      const out: ActorTrack = {
        ...track,
        ...figure,
        size: tall / (figure.bounds.bottom - figure.bounds.top),
        hiddenBelow: Math.min(0.85, 1 - shown / tall),
        grounded: false,
        stride: undefined,
        strideGait: undefined,
      };
      // One alone sits to one side, so what is on the table (in its middle) is beside them, not over their face.
      const along = diners.length === 1 ? -0.3 * width : ((slot + 0.5) / diners.length - 0.5) * width;
      for (let i = 0; i < out.length; i++) {
        const at = Math.min(i, table.length - 1);
        out.x[i] = table.x[at]! + along * table.scaleX[at]!;
        out.y[i] = table.y[at]! + top * table.scaleY[at]!;
        out.depth[i] = table.depth[at]! + 0.004;
        out.rotation[i] = 0;
        out.pivot[i] = 0;
      }
      placed.set(track, out);
    });
    for (const entity of shot.entities) {
      const list = tracks.get(entity.id);
      if (list?.some((t) => placed.has(t))) tracks.set(entity.id, list.map((t) => placed.get(t) ?? t));
    }
  }
}
