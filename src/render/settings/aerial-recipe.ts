import type { SettingRecipe } from './recipes.ts';

/** Scenery nearer than this stands on the land a drone looks down on, so it is painted on the ground instead. */
const AERIAL_RIDGE_MIN_Z = 30;

/** Upright props that the aerial ground paints from above (tree crowns, flower meadows) instead of standing them up. */
const PAINTED_FROM_ABOVE = /^emoji:(1f333|1f332|1f334|1f33f|1f337|1f339|1f33c|1f338|1f33e|1f342|1f33b)$/;

/** Props smaller than this (shells, pebbles, a traffic light) are lost from up high. */
const SMALLEST_SEEN_FROM_ABOVE = 0.5;

/**
 * A recipe as seen from high above: only the far ridges (mountains, a
 * skyline on the horizon) still stand up; the tree lines, the blurred
 * foreground and the trees and flowers become part of the painted land.
 * Props that still read from above (houses, boats, a lighthouse) stay.
 */
export function aerialRecipe(recipe: SettingRecipe): SettingRecipe {
  return {
    ...recipe,
    canopy: recipe.canopy ?? recipe.ridges.find((r) => r.kind === 'forest')?.color,
    ridges: recipe.ridges.filter((r) => r.z >= AERIAL_RIDGE_MIN_Z),
    props: recipe.props.filter((p) => p.size >= SMALLEST_SEEN_FROM_ABOVE && !PAINTED_FROM_ABOVE.test(p.asset)),
    foreground: 'none',
  };
}
