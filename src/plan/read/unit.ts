import type { NounEntry } from '../lexicon/lexicon.ts';
import type { Arrangement, Motion, Placement, Relation, Season, SettingKind, StyleName, TimeOfDay, Weather } from '../vocabulary.ts';
import type { CameraWord } from '../words/camera-words.ts';
import type { QuantityWord } from '../words/quantity-words.ts';

/**
 * A unit is one meaningful piece of a sentence: a word or a fixed phrase
 * ("in front of", "hot air balloon", "slow motion") with what it means.
 * `used` is set by whichever part of the planner puts it into the plan;
 * content units left unused are reported as unresolved.
 */
export type UnitMeaning =
  | { readonly kind: 'entity'; readonly entry: NounEntry; readonly key: string; readonly plural: boolean; readonly color?: { readonly hex: string; readonly name: string } }
  | { readonly kind: 'place'; readonly setting: SettingKind; readonly key: string; readonly entry?: NounEntry; readonly surface?: Placement }
  | { readonly kind: 'time'; readonly time: TimeOfDay }
  | { readonly kind: 'weather'; readonly weather: Weather }
  | { readonly kind: 'season'; readonly season: Season }
  | { readonly kind: 'camera'; readonly camera: CameraWord }
  | { readonly kind: 'style'; readonly style: StyleName }
  | { readonly kind: 'quote'; readonly quote: number }
  | { readonly kind: 'number'; readonly count: number }
  | { readonly kind: 'quantity'; readonly quantity: QuantityWord }
  | { readonly kind: 'arrangement'; readonly arrangement: Arrangement }
  | { readonly kind: 'color'; readonly hex: string; readonly name: string }
  | { readonly kind: 'color-modifier'; readonly lighten: number; readonly saturate: number }
  | { readonly kind: 'natural-color' }
  | { readonly kind: 'size'; readonly scale: number }
  | { readonly kind: 'intensifier'; readonly factor: number }
  | { readonly kind: 'manner'; readonly manner: 'slow' | 'fast' | 'gentle' }
  | { readonly kind: 'ambience'; readonly ambience: string }
  | { readonly kind: 'adjective' }
  | { readonly kind: 'verb'; readonly motion: Motion | null; readonly finite: boolean; readonly phrasal: boolean; readonly lemma?: string }
  | { readonly kind: 'relation'; readonly relation: Relation }
  | { readonly kind: 'direction'; readonly direction: 'up' | 'down' | 'away' | 'left' | 'right' | 'back' | 'forward' | 'home' | 'off' | 'out' }
  | { readonly kind: 'of' }
  | { readonly kind: 'and' }
  | { readonly kind: 'sequence' }
  | { readonly kind: 'simultaneous' }
  | { readonly kind: 'determiner'; readonly definite: boolean; readonly plural: boolean }
  | { readonly kind: 'pronoun'; readonly plural: boolean; readonly person: 'male' | 'female' | 'any' | null; readonly possessive: boolean }
  | { readonly kind: 'relative' }
  | { readonly kind: 'negation' }
  | { readonly kind: 'copula' }
  | { readonly kind: 'text-cue'; readonly role: 'title' | 'caption' | 'sign' | 'label' | null; readonly position: 'top' | 'center' | 'bottom' | null }
  | { readonly kind: 'punct'; readonly mark: string }
  | { readonly kind: 'function' }
  | { readonly kind: 'unknown' };

export type UnitKind = UnitMeaning['kind'];

/** A unit with where it came from. */
export interface Unit {
  readonly meaning: UnitMeaning;
  /** Token indexes covered, in order. */
  readonly tokens: readonly number[];
  readonly sentence: number;
  /** Lemma form of the whole unit ("hot air balloon", "chase"). */
  readonly lemma: string;
  /** As written ("hot-air balloons", "chases"). */
  readonly text: string;
  /** Part of speech of the head token. */
  readonly pos: string;
  /** Whether the plan shows what this unit says. */
  used: boolean;
}

/** Narrows a unit to one kind. */
export function isKind<K extends UnitKind>(unit: Unit | undefined, kind: K): unit is Unit & { meaning: Extract<UnitMeaning, { kind: K }> } {
  return unit?.meaning.kind === kind;
}
