import type { Lexicon } from '../lexicon/lexicon.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import type { Unit } from '../read/unit.ts';
import type { ScenePlanInput } from '../schema.ts';
import { throwBalls } from './ball-throws.ts';
import { blowBubbles } from './bubble-blowers.ts';
import { visitFlowers } from './flower-visits.ts';
import { giftsUnderTrees, holidayWords, showHolidays } from './holidays.ts';
import { hopAcrossLilyPads } from './lily-pads.ts';
import { danceNamedDances, formBands } from './performers.ts';
import type { SceneSetting } from './scene-setting.ts';
import type { EntityDraft } from './shot-entities.ts';
import { boardSkateboarders, TRICK_WORDS } from './skateboarders.ts';
import { stringWebs } from './spider-webs.ts';
import { stockStalls } from './stalls.ts';
import { surfWaves } from './surfers.ts';
import { expandFamilies, furnishBedroom, setTables } from './table-scenes.ts';
import { shotSizeForSubjects } from './tiny-subjects.ts';
import { drinkAtWateringHole } from './watering-holes.ts';

type CameraDraft = NonNullable<ScenePlanInput['shots'][number]['camera']>;

/** What the staging passes of one shot work on. */
export interface StagingInput {
  /** The shot's entities, changed in place (members added, actions and relations set). */
  readonly entities: EntityDraft[];
  /** The shot's setting, which a pass may adjust (bubbles blown are no wind). */
  readonly setting: SceneSetting;
  readonly group: readonly SentenceReading[];
  readonly duration: number;
  readonly lex: Lexicon;
  readonly extraIds: { next: number };
}

/** Every unit of a shot's sentences, in order. */
function unitsOf(group: readonly SentenceReading[]): Unit[] {
  return group.flatMap((r) => r.items.flatMap((it) => (it.type === 'unit' ? [it.unit] : it.mention.units)));
}

/**
 * Stages a shot's cast as the scene the words describe, beyond who is there:
 * people round a table with the meal on it, a stall with its goods, the
 * holiday's tree and gifts, a bedroom's bed, a skateboarder on a board, a
 * band with its instruments, a ball thrown at a hoop, a bee visiting flowers,
 * animals drinking at a watering hole, a surfer before the wave, a frog on
 * its lily pads, bubbles blown. Each pass only acts on the scenes it knows;
 * the order matters where one adds what the next places (a table, then its meal).
 */
export function stageScene(input: StagingInput): void {
  const { entities, setting, group, duration, lex, extraIds } = input;
  const units = unitsOf(group);
  // "a family having dinner at a table": the family round the table, the dinner on it.
  expandFamilies(entities, lex, extraIds);
  setTables(entities, setting.kind, lex, extraIds);
  // "a hot dog stand": a stall with hot dogs on its counter, not a hot dog on the street.
  stockStalls(entities, group, lex, extraIds);
  // "a living room on christmas morning": the tree and its gifts; Halloween's jack-o'-lanterns.
  showHolidays(entities, holidayWords(units.map((u) => u.text.toLowerCase())), setting.kind, lex, extraIds);
  giftsUnderTrees(entities);
  furnishBedroom(entities, units.some((u) => /^bed ?rooms?$/.test(u.lemma)), lex, extraIds);
  // "a skateboarder doing tricks": on a board that rolls and jumps now and then.
  const tricks = units.filter((u) => TRICK_WORDS.test(u.lemma));
  boardSkateboarders(entities, tricks.length > 0, lex, extraIds);
  if (entities.some((e) => e.noun === 'skateboard' && e.actions?.some((a) => a.motion === 'jump'))) for (const u of tricks) u.used = true;
  // "a band playing": musicians with instruments; "doing ballet": dancing, not shoes.
  formBands(entities, lex, extraIds);
  danceNamedDances(entities, duration);
  throwBalls(entities, lex, extraIds);
  visitFlowers(entities);
  drinkAtWateringHole(entities, setting.kind);
  // "a surfer riding a big wave": along the sea before the wave, not on a wave tile in the sky.
  surfWaves(entities, setting.kind);
  // "a frog jumping from lily pad to lily pad": a row of pads afloat, the frog hopping along them.
  hopAcrossLilyPads(entities);
  // "blowing bubbles": a stream from the blower's mouth, and no wind for the verb "blow".
  if (blowBubbles(entities) && !setting.said.weather && setting.weather === 'wind') setting.weather = 'clear';
}

/** The staging that needs the shot's camera: a web seen close, a lens close enough for insect-small subjects. */
export function frameStagedScene(entities: EntityDraft[], group: readonly SentenceReading[], camera: CameraDraft): void {
  // "a spider spinning a web between two branches": the drawn web on its twigs, the spider at its hub, seen close.
  stringWebs(entities, group, camera);
  // "an ant carrying a leaf": insect-small subjects get a closer lens so they read.
  if (camera.shot) camera.shot = shotSizeForSubjects(camera.shot, entities, group);
}
