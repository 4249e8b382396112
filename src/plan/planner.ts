import { InvalidRequestError } from '../util/errors.ts';
import { castOf } from './compose/cast.ts';
import { captionFor } from './compose/caption.ts';
import { FISH_VERB } from './compose/fishing.ts';
import { memberLooks } from './compose/member-look.ts';
import { impliedHour, lightingUpHour } from './compose/night-lights.ts';
import { splitMoonPhases } from './compose/moon-phases.ts';
import { frameStagedScene, stageScene } from './compose/scene-staging.ts';
import { sceneSetting, type SceneSetting } from './compose/scene-setting.ts';
import { shotCamera } from './compose/shot-camera.ts';
import { shotCast, type EntityDraft } from './compose/shot-entities.ts';
import { groupShots, shotTimes } from './compose/shot-groups.ts';
import { shotTexts } from './compose/shot-texts.ts';
import { unresolvedWords } from './compose/unresolved.ts';
import { lexicon, type Lexicon } from './lexicon/lexicon.ts';
import { LIMITS } from './limits.ts';
import { readTokens } from './nlp/read-tokens.ts';
import { parseScenePlan } from './parse-plan.ts';
import { groupMentions } from './read/mentions.ts';
import { readClauses } from './read/read-clauses.ts';
import type { SentenceReading } from './read/read-sentence.ts';
import { readUnits } from './read/read-units.ts';
import { isKind, type Unit } from './read/unit.ts';
import { SCENE_PLAN_VERSION, type ScenePlan, type ScenePlanInput } from './schema.ts';
import type { SettingKind, StyleName } from './vocabulary.ts';
import { COOKING_VERBS } from './words/cooking-words.ts';
import { VERB_MOTIONS } from './words/motion-words.ts';
import { SETTING_PARTS } from './words/setting-words.ts';

/** What the planner needs besides the prompt. */
export interface PlanOptions {
  readonly prompt: string;
  readonly seed: number;
  readonly output: ScenePlan['output'];
  /** Overrides any style named in the prompt. */
  readonly style?: StyleName;
}

type ShotDraft = ScenePlanInput['shots'][number];

/** Places a "busy" prompt fills with passers-by. */
const BUSY_PLACES = new Set<SettingKind>(['city-street', 'skyline', 'village', 'park', 'road', 'harbor', 'beach', 'cafe', 'stage', 'club', 'farm']);

/**
 * The embedded planner: reads any English prompt into a scene plan. The
 * prompt is tokenised and tagged (wink-nlp), read into noun phrases and
 * clauses, its nouns resolved to art through the precomputed lexicon
 * (emoji names and WordNet), and each sentence of a story becomes a shot.
 * Deterministic: the same prompt and seed give the same plan. Every content
 * word the plan does not show is listed in `unresolved`.
 */
export function planScene(options: PlanOptions): ScenePlan {
  const { prompt, seed, output } = options;
  if (typeof prompt !== 'string') throw new InvalidRequestError('prompt must be a string', 'prompt');
  if (prompt.length > LIMITS.maxPromptChars) throw new InvalidRequestError(`prompt is longer than ${LIMITS.maxPromptChars} characters`, 'prompt');
  const lex = lexicon();
  const read = readTokens(prompt);
  const units = readUnits(read, lex);
  const readings: SentenceReading[] = [];
  for (let s = 0; s < read.sentenceCount; s++) readings.push(...readClauses(s, groupMentions(units.filter((u) => u.sentence === s))));

  const cast = castOf(readings);
  const solarSystem = units.some((u) => isKind(u, 'place') && u.meaning.key.includes('solar system'));
  const looks = memberLooks(cast.members, lex, (u) => isMotionWord(u, lex), { solarSystem });
  const style = chooseStyle(units, options.style);
  const groups = groupShots(readings, cast);
  if (groups.length === 0) groups.push([]);
  const times = shotTimes(groups.length, output.seconds);
  const extraIds = { next: cast.members.length + 1 };
  const extras = new Map<string, string>();
  const clipped: string[] = [];

  let previousSetting: SceneSetting | null = null;
  let previousEntities: EntityDraft[] = [];
  let storySubject = cast.members[0] ?? null;
  const grouped: ShotDraft[] = groups.map((group, index) => {
    const { start, duration } = times[index]!;
    const setting = sceneSetting(group, previousSetting);
    const built = shotCast({ readings: group, cast, looks, setting, duration, lex, previous: previousEntities, storySubject, extraIds });
    for (const mention of built.overflow) mention.head.used = false;
    const entities = built.entities;
    adjustSettingFromEntities(setting, entities, index === 0, group);
    stageScene({ entities, setting, group, duration, lex, extraIds });
    // "between the metal" in a junkyard: the junk the backdrop shows.
    const parts = SETTING_PARTS[setting.kind];
    if (parts) for (const r of group) for (const u of r.items.flatMap((it) => (it.type === 'unit' ? [it.unit] : it.mention.units))) if (!u.used && (isKind(u, 'unknown') || isKind(u, 'color')) && parts.has(u.text.toLowerCase())) u.used = true;
    if (setting.ambience.includes('busy') && BUSY_PLACES.has(setting.kind)) addPassersBy(entities, setting.kind, lex, extraIds, extras);
    const { camera, timeScale } = shotCamera(group, cast, built.members, built.subject);
    frameStagedScene(entities, group, camera);
    const texts = shotTexts(group, read.quotes, cast, looks, read.tokens, index === 0);
    const settingDraft = { kind: setting.kind, timeOfDay: setting.timeOfDay, weather: setting.weather, season: setting.season, ...(setting.backdrop.length ? { backdrop: setting.backdrop } : {}), ...(setting.sky.length ? { sky: setting.sky } : {}) };
    const caption = captionFor({ entities, looks, setting: settingDraft, camera: { ...camera, speed: camera.speed ?? 1, target: camera.target ?? null, shot: camera.shot ?? 'wide', move: camera.move ?? 'static' }, timeScale, texts, style });
    previousSetting = setting;
    previousEntities = entities;
    if (built.subject) storySubject = built.subject;
    return { id: `shot${index + 1}`, start, duration, setting: settingDraft, camera, timeScale, entities, texts, caption };
  });
  const shots = splitMoonPhases(grouped, units, lex);
  // Once, not per look: a prompt of thousands of counted things would otherwise list every number thousands of times.
  if ([...looks.values()].some((look) => look.count === LIMITS.maxCount)) clipped.push(...countWordsAbove(units, LIMITS.maxCount));

  const ambience = [...new Set(shots.length ? (previousSetting as SceneSetting | null)?.ambience ?? [] : [])].join(' ').slice(0, 64) || null;
  const plan: ScenePlanInput = {
    version: SCENE_PLAN_VERSION,
    prompt,
    seed,
    output,
    style: { name: style, strength: 1 },
    shots,
    audio: { narration: null, ambience },
    reference: null,
    unresolved: unresolvedWords(units, clipped),
  };
  return parseScenePlan(plan);
}

/** The style the prompt names (the last one said wins; words naming another style stay unresolved). */
function chooseStyle(units: readonly Unit[], override: StyleName | undefined): StyleName {
  const said = units.filter((u): u is Unit & { meaning: { kind: 'style'; style: StyleName } } => isKind(u, 'style'));
  // A named look beats "realistic"; among named looks the last one said wins.
  const styled = said.filter((u) => u.meaning.style !== 'natural');
  const chosen = override ?? (styled[styled.length - 1] ?? said[said.length - 1])?.meaning.style ?? 'natural';
  for (const u of said) if (u.meaning.style === chosen || override) u.used = true;
  return chosen;
}

/** Settings that follow from what is in the shot: the sun setting makes a sunset, leaves blowing make wind. */
function adjustSettingFromEntities(setting: SceneSetting, entities: readonly EntityDraft[], first: boolean, group: readonly SentenceReading[]): void {
  if (first && !setting.said.kind) {
    const inferred = impliedSetting(entities);
    if (inferred) {
      setting.kind = inferred;
      if (inferred === 'space' || inferred === 'night-sky') setting.timeOfDay = setting.said.timeOfDay ? setting.timeOfDay : 'night';
      for (const e of entities) {
        const placement = e.layout?.placement;
        if (inferred === 'underwater' && placement !== 'water-surface') e.layout = { ...e.layout!, placement: 'underwater' };
        if (INDOOR.has(inferred) && placement === 'ground') e.layout = { ...e.layout!, placement: 'floor' };
        if (inferred === 'space') e.layout = { ...e.layout!, placement: 'sky' };
      }
    }
  }
  for (const e of entities) {
    for (const a of e.actions ?? []) {
      if (/^emoji:(2600|1f31e)$/.test(e.asset) && !setting.said.timeOfDay) {
        if (a.verb === 'set' || a.motion === 'sink') setting.timeOfDay = 'sunset';
        if (a.verb === 'rise' || a.motion === 'rise') setting.timeOfDay = 'sunrise';
      }
      if (a.verb === 'blow' && !setting.said.weather) setting.weather = 'wind';
    }
  }
  // Fireworks, the moon, fireflies: things that only show in the dark set the hour the prompt left open.
  const hour = impliedHour(entities, first) ?? lightingUpHour(group, setting.kind);
  if (hour && !setting.said.timeOfDay && !group.some((r) => r.scene.some((u) => isKind(u, 'time')))) setting.timeOfDay = hour;
}

const INDOOR = new Set<SettingKind>(['living-room', 'kitchen', 'classroom', 'cafe', 'stage']);

/**
 * Where a prompt that names no place most likely is, from what is in it: sea
 * creatures under water, furniture in a living room, planets in space.
 * Ordinary actors (a fox, a car) leave the default.
 */
const IMPLIED_SETTINGS: ReadonlyArray<readonly [RegExp, SettingKind]> = [
  [/^(astronaut|planet|planets|satellite|ufo|flying saucer|alien|comet|spaceship|space station|asteroid|galaxy|milky way)$/, 'space'],
  [/^(diver|divers|scuba diver|mermaid|merman|seahorse|coral|clownfish|starfish)$/, 'underwater'],
  [/^(whale|whales|dolphin|dolphins|orca|seal|seals|sailboat|ship|boat|boats|yacht|canoe|ferry|submarine|surfer)$/, 'ocean'],
  [/^(galleon|galleons|schooner|clipper|frigate|brigantine|caravel|windjammer)$/, 'ocean'],
  [/^(waterfall|waterfalls|cascade)$/, 'jungle'],
  [/^(lily pad|lily pads|lilypad|lilypads|water lily|water lilies)$/, 'lake'],
  [/^(bridge|bridges|stone bridge|arch bridge|footbridge|viaduct|drawbridge)$/, 'river'],
  [/^(fish|shark|sharks|octopus|squid|jellyfish|crab|lobster|shrimp|eel|turtle|tropical fish|blowfish)$/, 'underwater'],
  // A kitchen table is in the kitchen (its last word alone would say living room).
  [/^(kitchen table|kitchen counter|dining table)$/, 'kitchen'],
  [/^(sofa|couch|armchair|chair|bed|bedtime|lamp|floor lamp|table|desk|bookshelf|bookcase|television|tv|fireplace|rug|carpet|cushion|pillow|piano|clock|vase|houseplant|potted plant)$/, 'living-room'],
  [/^(stove|oven|fridge|refrigerator|kettle|teapot|pot|pan|frying pan|toaster|microwave|sink|cutting board|chef|cook|counter)$/, 'kitchen'],
  [/^(traffic light|traffic lights|stoplight|stoplights|stop light|stop lights|traffic signal|traffic signals|red light|green light|amber light|yellow light)$/, 'city-street'],
  [/^(blackboard|chalkboard|teacher|student|students|classroom desk|school desk)$/, 'classroom'],
  [/^(lighthouse|sandcastle|beach ball|beach umbrella)$/, 'beach'],
  [/^(fishing rod|fishing rods|fishing pole|fishing poles)$/, 'lake'],
  [/^(cow|cows|pig|pigs|sheep|chicken|chickens|rooster|tractor|barn|goat|goats|hay|scarecrow|farmer)$/, 'farm'],
  [/^(camel|camels|cactus|cacti|scorpion)$/, 'desert'],
  [/^(penguin|penguins|polar bear|polar bears|igloo|iceberg|walrus)$/, 'arctic'],
  [/^(moon|stars|star|shooting star|constellation)$/, 'night-sky'],
  // Performers with no place said are on a stage: a ballerina, a band.
  [/^(ballerinas?|ballet dancers?|ballet|band|bands|rock band|jazz band|pop band|punk band|musicians)$/, 'stage'],
  // Basketball is played on a court: the sports ground (not "hoops", which may be hula hoops).
  [/^(basketball|basketballs|basketball hoop|netball)$/, 'sports-ground'],
];

function impliedSetting(entities: readonly EntityDraft[]): SettingKind | null {
  // Someone cooking ("a man frying eggs") is at a stove: in a kitchen.
  if (entities.some((e) => e.category === 'person' && (e.actions ?? []).some((a) => COOKING_VERBS.test(a.verb)))) return 'kitchen';
  // Patterns in priority order: a boat puts a shark in the sea rather than under it.
  for (const [pattern, kind] of IMPLIED_SETTINGS) {
    if (!entities.some((e) => pattern.test(e.noun.toLowerCase()) || pattern.test(e.noun.toLowerCase().split(' ').pop()!))) continue;
    // Night sky only when nothing on the ground is named.
    if (kind === 'night-sky' && entities.some((o) => o.category !== 'celestial')) continue;
    // A ship at sea watched by someone on foot ("a lighthouse keeper watching a ship"): from the shore, not on the water.
    if (kind === 'ocean' && entities.some(standsAshore)) return 'beach';
    return kind;
  }
  // Anything that fishes with no place said (a bear, a heron) is at the water: a lake.
  if (entities.some((e) => (e.actions ?? []).some((a) => a.verb === FISH_VERB))) return 'lake';
  return null;
}

/** A person or land animal that neither swims nor is aboard something: it needs ground to stand on. */
function standsAshore(e: EntityDraft): boolean {
  if (e.category !== 'person' && e.category !== 'animal') return false;
  if ((e.actions ?? []).some((a) => a.motion === 'swim' || a.motion === 'sail' || a.motion === 'ride' || a.motion === 'drive')) return false;
  const relation = e.layout?.relation?.kind;
  return relation !== 'on' && relation !== 'inside';
}

/** "A busy street": people and cars passing in the background. */
function addPassersBy(entities: EntityDraft[], kind: SettingKind, lex: Lexicon, extraIds: { next: number }, extras: Map<string, string>): void {
  const wanted: Array<[string, number]> = [['people', 5]];
  if (kind === 'city-street' || kind === 'road' || kind === 'skyline') wanted.push(['car', 2]);
  for (const [noun, count] of wanted) {
    if (entities.length >= LIMITS.maxEntitiesPerShot || entities.some((e) => e.noun === noun)) continue;
    const entry = lex.noun(noun);
    if (!entry) continue;
    let id = extras.get(noun);
    if (!id) {
      id = `e${extraIds.next++}`;
      extras.set(noun, id);
    }
    const walkers = entry.category === 'person';
    const art = walkers ? (lex.emoji('1f6b6')?.asset ?? entry.asset) : entry.asset;
    entities.push({
      id,
      noun,
      asset: art,
      category: entry.category,
      count,
      color: null,
      size: 1,
      layout: { x: null, depth: 0.7, placement: kind === 'cafe' || kind === 'stage' || kind === 'club' ? 'floor' : 'ground', arrangement: 'scatter', relation: null },
      actions: [{ verb: walkers ? 'walk' : 'drive', motion: walkers ? 'walk' : 'drive', start: 0, end: null }],
    });
  }
}

function isMotionWord(u: Unit, lex: Lexicon): boolean {
  const word = u.text.toLowerCase().replace(/ing$/, '');
  return [word, `${word}e`, word.replace(/(.)\1$/, '$1'), u.lemma].some((w) => w in VERB_MOTIONS || lex.wordNetMotion(w) !== null);
}

/** Numbers in the prompt larger than a plan may hold ("a thousand birds" shows 200). */
function countWordsAbove(units: readonly Unit[], limit: number): string[] {
  return units.filter((u) => isKind(u, 'number') && u.meaning.count > limit).map((u) => `${u.text.toLowerCase()} (shown as ${limit})`);
}
