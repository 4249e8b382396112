import { artBounds } from '../../assets/art-source.ts';
import { isWaterAt, type SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';
import type { Random } from '../../util/random.ts';
import type { SettingRecipe } from './recipes.ts';
import { wallFeatureSpans } from './room-painter.ts';

/** A piece of scenery art standing in the world, drawn and depth-sorted like an actor. */
export interface Prop {
  readonly asset: string;
  readonly x: number;
  readonly depth: number;
  /** Side of the art's square in world units. */
  readonly size: number;
  readonly sways: boolean;
  readonly phase: number;
  /** Colour the art is recoloured to (an autumn tree's crown), or null for the art as drawn. */
  readonly color: string | null;
}

/**
 * Places a recipe's props in the visible world: never in front of an actor's
 * path (scenery must not hide the subject), never on water, not overlapping
 * each other, thinning out where the view is narrow.
 */
export function placeProps(recipe: SettingRecipe, geometry: SettingGeometry, actors: readonly ActorTrack[], visible: (depth: number) => [number, number], random: Random, aerial = false): Prop[] {
  const props: Prop[] = [];
  const taken: Array<{ x: number; depth: number; half: number }> = [];
  const paths = actors.map((a) => {
    let lo = Infinity;
    let hi = -Infinity;
    let near = Infinity;
    for (let i = 0; i < a.length; i += Math.max(1, Math.floor(a.length / 24))) {
      lo = Math.min(lo, a.x[i]!);
      hi = Math.max(hi, a.x[i]!);
      near = Math.min(near, a.depth[i]!);
    }
    const half = (a.size * (a.bounds.right - a.bounds.left)) / 2;
    return { lo: lo - half, hi: hi + half, depth: near };
  });
  // A room's hearth and window, seen from the prop's depth: the wall's spans scaled towards the view's centre.
  const features = recipe.room && geometry.backWall !== null ? wallFeatureSpans(recipe.room.decor) : [];
  const wall = geometry.backWall !== null ? visible(geometry.backWall) : null;
  const hidesWall = (x: number, half: number, depth: number): boolean => {
    if (!wall || features.length === 0) return false;
    const [x0, x1] = visible(depth);
    const k = (x1 - x0) / Math.max(1e-6, wall[1] - wall[0]);
    const centre = (x0 + x1) / 2;
    return features.some(([lo, hi]) => x + half > centre + lo * k && x - half < centre + hi * k);
  };
  // The plan's own lighthouse makes the recipe's lighthouse redundant.
  const owned = new Set(actors.map((a) => a.asset));
  for (const recipeProp of recipe.props) {
    if (owned.has(recipeProp.asset)) continue;
    const bounds = artBounds(recipeProp.asset);
    const visibleW = Math.max(0.05, bounds.right - bounds.left);
    const visibleH = Math.max(0.05, bounds.bottom - bounds.top);
    const size = recipeProp.size / Math.max(visibleW, visibleH);
    const half = (size * visibleW) / 2;
    // Seen from above, more of the land shows: more of everything, further out (a lone landmark stays one).
    const count = aerial && recipeProp.count > 1 ? recipeProp.count * 4 : recipeProp.count;
    const far = aerial ? Math.max(recipeProp.depth[1], 3) : recipeProp.depth[1];
    for (let k = 0; k < count; k++) {
      for (let attempt = 0; attempt < 12; attempt++) {
        const depth = random.range(recipeProp.depth[0], far);
        if (geometry.backWall !== null && depth > geometry.backWall - 0.05) continue;
        // Boats and lighthouses stand in water, everything else on dry land.
        if (isWaterAt(geometry, depth) !== (recipeProp.wet === true)) continue;
        const [x0, x1] = visible(depth);
        if (x1 - x0 < half * 2) continue;
        const x = random.range(x0 + half, x1 - half);
        const hides = paths.some((p) => depth < p.depth + 0.08 && x + half > p.lo && x - half < p.hi);
        if (hides || hidesWall(x, half, depth)) continue;
        const crowded = taken.some((t) => Math.abs(t.depth - depth) < 0.15 && Math.abs(t.x - x) < (t.half + half) * 0.9);
        if (crowded) continue;
        taken.push({ x, depth, half });
        const color = recipeProp.tints && recipeProp.tints.length > 0 ? random.pick(recipeProp.tints) : null;
        props.push({ asset: recipeProp.asset, x, depth, size: size * random.range(0.85, 1.15), sways: recipeProp.sways === true, phase: random.next(), color });
        break;
      }
    }
  }
  return props;
}
