import type { Motion, Relation } from '../vocabulary.ts';
import type { Item, Mention } from './mentions.ts';
import type { Unit } from './unit.ts';

/** What the sentence reader finds in one sentence: actions, relations, places, camera, text. */

/** An action: who does it, to what, and when within the sentence. */
export interface ActionReading {
  readonly agents: Mention[];
  /** A place that does the action ("a volcano erupting", "a river winding"). */
  readonly placeAgent: Mention | null;
  readonly verb: Unit;
  motion: Motion | null;
  target: Mention | null;
  direction: Unit | null;
  manner: Unit | null;
  /** Order within the sentence: actions with the same step happen together. */
  readonly step: number;
  readonly negated: boolean;
  /** The sentence gave no subject ("Runs into the woods."): the story's last subject does it. */
  readonly implicit: boolean;
}

export interface RelationReading {
  readonly subject: Mention;
  readonly relation: Relation;
  readonly unit: Unit;
  readonly target: Mention;
  second: Mention | null;
}

/** A place named by the sentence, with how strongly it sets the scene. */
export interface PlaceReading {
  readonly mention: Mention;
  readonly via: Unit | null;
  /** Only a hint from a thing's name ("a kitchen table", "a city bus"): used when nothing else names a place. */
  readonly weak?: boolean;
  /** For whom the place is said ("a boat on the lake" → the boat is on water). */
  readonly subjects: Mention[];
}

export interface CameraReading {
  readonly unit: Unit;
  target: Mention | null;
  speed: Unit | null;
}

export interface TextReading {
  readonly quote: Unit;
  readonly cues: Unit[];
  /** The mention the text is written on ("a sign that says ..."). */
  readonly on: Mention | null;
}

/** Everything one sentence says. */
export interface SentenceReading {
  readonly index: number;
  readonly items: readonly Item[];
  readonly mentions: Mention[];
  readonly actions: ActionReading[];
  readonly relations: RelationReading[];
  readonly places: PlaceReading[];
  readonly cameras: CameraReading[];
  readonly texts: TextReading[];
  /** Units of time, weather, season, style, ambience and arrangement for the shot to apply. */
  readonly scene: Unit[];
  /** Adjectives said of a mention after "is" ("the cat is black"). */
  readonly predicates: Array<{ mention: Mention; unit: Unit }>;
  /** Mentions the sentence wants held or carried ("a girl with an umbrella"). */
  readonly holds: Array<{ holder: Mention; held: Mention; unit: Unit }>;
  /** A sequence word opens the sentence ("Then ..."). */
  startsLater: boolean;
  /** Units before a colon that name the topic ("the water cycle: ..."). */
  topic: Unit[];
  /** Things looked for but not (yet) there ("looks for food"). */
  readonly sought: Set<Mention>;
}
