import type { Motion, Placement, SettingKind } from '../vocabulary.ts';
import type { EntityCategory } from '../vocabulary.ts';

/**
 * Where an entity lives in the frame: on the ground, in the air, in the sky,
 * on or under water, or on an indoor floor. Decided by what it is, what it
 * does and where the shot is.
 */
export interface PlacementInput {
  readonly category: EntityCategory;
  readonly label: string;
  readonly motions: readonly Motion[];
  readonly setting: SettingKind;
  /** A place phrase said of it: "in the sky", "on the lake", "under the sea". */
  readonly placeHint: Placement | null;
  readonly hasRelation: boolean;
  /** The noun as written, when it says more than the art ("ducklings" drawn as a duck). */
  readonly noun?: string;
}

const INDOOR = new Set<SettingKind>(['living-room', 'kitchen', 'classroom', 'cafe', 'stage', 'club']);
const WATER = new Set<SettingKind>(['ocean', 'lake', 'river', 'harbor', 'beach', 'watering-hole']);
const AIRBORNE_MOTIONS = new Set<Motion>(['fly', 'soar', 'glide', 'float', 'drift', 'circle', 'orbit']);
const GROUNDED_MOTIONS = new Set<Motion>(['walk', 'run', 'trot', 'gallop', 'sit', 'sleep', 'eat', 'drink', 'hop', 'dance', 'roll', 'drive', 'ride']);
/** Birds that walk rather than fly. */
const FLIGHTLESS = /\b(penguin|chicken|rooster|turkey|dodo|hatching chick|baby chick|peacock|flamingo)\b/;
const SWIMMING_BIRDS = /\b(duck|swan|goose)\b/;
/** Young birds that cannot fly yet: on the ground, or on the water where their kind swims. */
const FLEDGLINGS = /\b(duckling|gosling|cygnet|chick|chicks|hatchling|nestling)s?\b/;

/** The placement of an entity. */
export function placementFor(input: PlacementInput): Placement {
  const { category, label, motions, setting, placeHint, hasRelation } = input;
  // A rainbow is light in the far sky: "a rainbow over the hills" does not float it over them like a balloon.
  if (/\brainbow\b/.test(label) && setting !== 'underwater' && setting !== 'space') return 'sky';
  // A launch starts on the ground whatever sky it heads for.
  if (placeHint && !(placeHint === 'air' && (motions.includes('launch') || motions.includes('rise') && category !== 'object'))) return placeHint;
  if (setting === 'underwater') return category === 'boat' ? 'water-surface' : 'underwater';
  if (setting === 'space') return 'sky';
  const ground: Placement = INDOOR.has(setting) ? 'floor' : 'ground';
  if (category === 'celestial' || category === 'weather') return 'sky';
  if (category === 'boat') return WATER.has(setting) || setting === 'plain' || setting === 'meadow' ? 'water-surface' : ground;
  if (motions.includes('swim') || motions.includes('sail')) {
    if (category === 'fish' && !WATER.has(setting)) return 'underwater';
    return 'water-surface';
  }
  if (category === 'fish') return WATER.has(setting) ? 'water-surface' : 'underwater';
  if (category === 'bird' && FLEDGLINGS.test(input.noun ?? '') && !motions.some((m) => AIRBORNE_MOTIONS.has(m))) {
    return /\b(duckling|gosling|cygnet)/.test(input.noun ?? '') && WATER.has(setting) && setting !== 'beach' ? 'water-surface' : ground;
  }
  // Sliding ("a penguin sliding on its belly", "a boy sliding on the ice") is gliding along the ground for what cannot fly.
  const airborne = motions.filter((m) => AIRBORNE_MOTIONS.has(m) && !(m === 'glide' && groundGlider(category, label)));
  if (hasRelation && airborne.length === 0) return ground;
  if (airborne.length > 0) return 'air';
  if (motions.includes('glide')) return ground;
  if (motions.includes('launch') || motions.includes('rise')) return ground;
  if (motions.some((m) => GROUNDED_MOTIONS.has(m)) || motions.includes('land')) return ground;
  // A bird that watches, waits or perches stands; only an idle one is drawn in flight.
  if (category === 'bird') return FLIGHTLESS.test(label) || motions.length > 0 ? ground : SWIMMING_BIRDS.test(label) && WATER.has(setting) ? 'water-surface' : 'air';
  // A bat is a mammal that flies: an idle one flits through the night air like a bird.
  if (category === 'animal' && /\bbat\b/.test(label)) return motions.length > 0 ? ground : 'air';
  if (category === 'insect') return /\b(butterfly|honeybee|bee|mosquito|fly|lady beetle)\b/.test(label) ? 'air' : ground;
  if (category === 'aircraft') return /\b(rocket|parachute)\b/.test(label) && motions.length === 0 ? ground : 'air';
  return ground;
}

/** Things that glide along the ground rather than through the air: people, land animals, birds that cannot fly. */
function groundGlider(category: EntityCategory, label: string): boolean {
  return category === 'person' || category === 'animal' || (category === 'bird' && FLIGHTLESS.test(label));
}

/** What a place phrase says about where its subject is. */
export function placeHintFor(relation: string | null, kind: SettingKind, placeKey: string): Placement | null {
  if (kind === 'sky' || kind === 'night-sky' || /\b(air|sky|clouds|heavens)\b/.test(placeKey)) return relation === 'on' || relation === 'under' ? null : 'air';
  if (kind === 'underwater' || (relation === 'under' && WATER.has(kind))) return 'underwater';
  if (WATER.has(kind) && kind !== 'beach' && (relation === 'on' || relation === 'inside' || relation === 'across' || relation === 'over') && !/\b(shore|bank|beach|coast)\b/.test(placeKey)) {
    return relation === 'over' ? 'air' : 'water-surface';
  }
  if (relation === 'over' || relation === 'above') return 'air';
  return null;
}
