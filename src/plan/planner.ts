import { createRandom } from '../util/random.ts';
import { emojiNouns, type NounArt } from './emoji-nouns.ts';
import { parseScenePlan } from './parse-plan.ts';
import { SCENE_PLAN_VERSION, type ScenePlan, type ScenePlanInput } from './schema.ts';
import type { Motion, Placement, SettingKind, StyleName } from './vocabulary.ts';
import {
  CAMERA_WORDS,
  COLOR_WORDS,
  NUMBER_WORDS,
  SEASON_WORDS,
  SETTING_WORDS,
  SIZE_WORDS,
  STOPWORDS,
  STYLE_WORDS,
  TIME_WORDS,
  VERB_MOTIONS,
  WEATHER_WORDS,
} from './word-tables.ts';

/** What the planner needs besides the prompt. */
export interface PlanOptions {
  readonly prompt: string;
  readonly seed: number;
  readonly output: ScenePlan['output'];
  /** Overrides any style named in the prompt. */
  readonly style?: StyleName;
}

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/**
 * The first planner: reads nouns, counts, colours, sizes, verbs, setting,
 * time, weather, camera and style words from a prompt and builds a one-shot
 * scene plan. Words it cannot place are listed in `unresolved`.
 */
export function planScene(options: PlanOptions): ScenePlan {
  const { prompt, seed, output } = options;
  const random = createRandom(seed).fork('planner');
  const texts = [...prompt.matchAll(/["“”']([^"“”']{1,200})["“”']/g)].map((m) => m[1]!.trim()).filter(Boolean);
  const withoutQuotes = prompt.replace(/["“”']([^"“”']{1,200})["“”']/g, ' ');
  const words = withoutQuotes.toLowerCase().match(/[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'-]*|\d+/g) ?? [];

  const nouns = emojiNouns();
  const entities: EntityDraft[] = [];
  const unresolved: string[] = [];
  let settingKind: SettingKind | null = null;
  let timeOfDay: ScenePlan['shots'][number]['setting']['timeOfDay'] | null = null;
  let weather: ScenePlan['shots'][number]['setting']['weather'] | null = null;
  let season: ScenePlan['shots'][number]['setting']['season'] = null;
  let style: StyleName = 'natural';
  let cameraMove: ScenePlan['shots'][number]['camera']['move'] = 'static';
  let cameraShot: ScenePlan['shots'][number]['camera']['shot'] = 'wide';
  let pendingCount: number | null = null;
  let pendingColor: string | null = null;
  let pendingSize: number | null = null;
  const pendingVerbs: { verb: string; motion: Motion }[] = [];

  let i = 0;
  while (i < words.length) {
    const one = words[i]!;
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : null;
    const three = i + 2 < words.length ? `${two} ${words[i + 2]}` : null;

    // Longest phrases first: "hot air balloon", "black and white", "zoom in".
    const phrase = [three, two].find((p) => p && (STYLE_WORDS[p] || CAMERA_WORDS[p] || SETTING_WORDS[p] || lookupNoun(nouns, p)));
    const token = phrase ?? one;
    const span = phrase ? phrase.split(' ').length : 1;
    i += span;

    if (STYLE_WORDS[token]) {
      style = STYLE_WORDS[token];
      continue;
    }
    if (CAMERA_WORDS[token]) {
      cameraMove = CAMERA_WORDS[token].move ?? cameraMove;
      cameraShot = CAMERA_WORDS[token].shot ?? cameraShot;
      continue;
    }
    if (/^\d+$/.test(token)) {
      pendingCount = Math.min(Number(token), 50);
      continue;
    }
    if (NUMBER_WORDS[token] !== undefined && (token !== 'a' && token !== 'an')) {
      pendingCount = NUMBER_WORDS[token]!;
      continue;
    }
    if (COLOR_WORDS[token]) {
      pendingColor = COLOR_WORDS[token];
      continue;
    }
    if (SIZE_WORDS[token]) {
      pendingSize = SIZE_WORDS[token];
      continue;
    }
    const noun = lookupNoun(nouns, token);
    const settingWord = SETTING_WORDS[token] ?? SETTING_WORDS[singular(token)];
    // A place word names the setting unless it is clearly an actor ("a red car" vs "the city").
    if (settingWord && !(noun && (pendingColor || pendingCount || pendingSize))) {
      settingKind = refineSetting(settingKind, settingWord);
      continue;
    }
    if (TIME_WORDS[token]) {
      timeOfDay = TIME_WORDS[token];
      if (token === 'starry') weather = weather ?? 'clear';
      continue;
    }
    if (WEATHER_WORDS[token]) {
      weather = WEATHER_WORDS[token];
      continue;
    }
    if (SEASON_WORDS[token] && !(token === 'fall' && pendingVerbs.length === 0 && entities.length > 0)) {
      season = SEASON_WORDS[token];
      continue;
    }
    const verb = verbLemma(token);
    if (verb && !noun) {
      pendingVerbs.push({ verb, motion: VERB_MOTIONS[verb]! });
      const last = entities[entities.length - 1];
      if (last) last.actions = [...(last.actions ?? []), { verb, motion: VERB_MOTIONS[verb]! }];
      continue;
    }
    if (noun) {
      const count = pendingCount ?? (isPlural(token) ? 3 : 1);
      entities.push(
        makeEntity(entities.length, token, noun, count, pendingColor, pendingSize, settingKind, random.next()),
      );
      pendingCount = pendingColor = pendingSize = null;
      continue;
    }
    if (STOPWORDS.has(token) || token.length < 2) continue;
    unresolved.push(token);
  }

  // Verbs seen before any noun apply to the first entity ("running dogs").
  const first = entities[0];
  if (first && (first.actions ?? []).length === 0 && pendingVerbs.length > 0) {
    first.actions = pendingVerbs.map((v) => ({ verb: v.verb, motion: v.motion }));
  }
  // Chase / follow / flee / watch / eat target the next entity.
  entities.forEach((entity, index) => {
    const next = entities[index + 1];
    entity.actions = (entity.actions ?? []).map((action) =>
      next && ['chase', 'follow', 'flee', 'watch', 'eat', 'ride', 'carry', 'orbit', 'circle'].includes(action.motion)
        ? { ...action, target: next.id }
        : action,
    );
  });

  let kind: SettingKind = settingKind ?? 'meadow';
  if (kind === 'forest' && (weather === 'snow' || season === 'winter')) kind = 'snowy-forest';
  const shotDraft = {
    id: 'shot1',
    start: 0,
    duration: output.seconds,
    setting: {
      kind,
      timeOfDay: timeOfDay ?? (kind === 'space' || kind === 'night-sky' ? 'night' : 'afternoon'),
      weather: weather ?? 'clear',
      season,
    },
    camera: { shot: cameraShot, move: cameraMove, speed: 1, target: entities[0]?.id ?? null },
    entities: entities.map((e) => ({ ...e, layout: { ...e.layout!, placement: placementFor(e.category!, kind) } })),
    texts: texts.map((text) => ({ text, role: 'title' as const, position: 'center' as const })),
    caption: '',
  };
  const plan: ScenePlanInput = {
    version: SCENE_PLAN_VERSION,
    prompt,
    seed,
    output,
    style: { name: options.style ?? style, strength: 1 },
    shots: [{ ...shotDraft, caption: describeShot(shotDraft) }],
    audio: { narration: null, ambience: null },
    reference: null,
    unresolved: [...new Set(unresolved)],
  };
  return parseScenePlan(plan);
}

function lookupNoun(nouns: ReadonlyMap<string, NounArt>, word: string): NounArt | undefined {
  return nouns.get(word) ?? nouns.get(singular(word));
}

/** Naive English singular: enough for the first planner's plural nouns. */
export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ves') && word.length > 4) return `${word.slice(0, -3)}f`;
  if (/(ch|sh|x|s|z|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function isPlural(word: string): boolean {
  return singular(word) !== word;
}

/** The base form of a verb ("trotting" → "trot"), when it is one the planner knows. */
function verbLemma(word: string): string | null {
  if (VERB_MOTIONS[word]) return word;
  const candidates = [
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/([a-z])\1ing$/, '$1'),
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/ed$/, ''),
    word.replace(/ed$/, 'e'),
    word.replace(/ies$/, 'y'),
  ];
  return candidates.find((c) => c !== word && VERB_MOTIONS[c]) ?? null;
}

function refineSetting(current: SettingKind | null, next: SettingKind): SettingKind {
  if (current === 'forest' && next === 'forest') return current;
  return current && current !== 'sky' ? current : next;
}

function placementFor(category: string, setting: SettingKind): Placement {
  if (setting === 'underwater' && category !== 'boat') return 'underwater';
  if (setting === 'space') return 'sky';
  switch (category) {
    case 'bird':
    case 'aircraft':
    case 'insect':
      return 'air';
    case 'celestial':
      return 'sky';
    case 'boat':
      return 'water-surface';
    case 'fish':
      return setting === 'ocean' || setting === 'lake' || setting === 'river' ? 'water-surface' : 'underwater';
    default:
      return 'ground';
  }
}

function makeEntity(
  index: number,
  noun: string,
  art: NounArt,
  count: number,
  color: string | null,
  size: number | null,
  _setting: SettingKind | null,
  jitter: number,
): EntityDraft {
  return {
    id: `e${index + 1}`,
    noun,
    asset: art.asset,
    category: art.category,
    count,
    color,
    size: size ?? 1,
    layout: {
      x: null,
      depth: Math.min(0.9, 0.12 + index * 0.12 + jitter * 0.05),
      placement: 'ground',
      arrangement: count > 4 ? 'scatter' : 'row',
      relation: null,
    },
    actions: [],
  };
}

function describeShot(shot: {
  setting: { kind: string; timeOfDay: string; weather: string };
  entities: EntityDraft[];
}): string {
  const who = shot.entities.map((e) => {
    const n = e.count ?? 1;
    const actions = (e.actions ?? []).map((a) => a.verb).join(' and ');
    return `${n === 1 ? 'a' : n} ${e.noun}${actions ? ` that ${n === 1 ? `${actions}s` : actions}` : ''}`;
  });
  const place = `${shot.setting.kind.replace(/-/g, ' ')} in the ${shot.setting.timeOfDay}`;
  const weather = shot.setting.weather === 'clear' ? '' : ` The weather is ${shot.setting.weather}.`;
  return who.length ? `The shot shows ${who.join(', ')} in a ${place}.${weather}` : `The shot shows a ${place}.${weather}`;
}
