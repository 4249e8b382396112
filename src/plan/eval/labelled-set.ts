import { hexOfChar } from '../lexicon-build/emoji-source.ts';
import {
  CAMERA_MOVES, MOTIONS, RELATIONS, SEASONS, SETTING_KINDS, SHOT_SIZES, STYLE_NAMES, TIMES_OF_DAY, WEATHERS,
  type CameraMove, type Motion, type Relation, type Season, type SettingKind, type ShotSize, type StyleName, type TimeOfDay, type Weather,
} from '../vocabulary.ts';

/**
 * The labelled prompt set (eval/plan/labelled.txt): prompts with the plan a
 * careful reader expects, written and checked by hand. The format is one
 * block per prompt:
 *
 *   prompt: a dog chasing a cat across a park
 *   entities: dog (chase>cat); cat
 *   relations: cat under table
 *   setting: park, dusk, rain, winter
 *   camera: close-up, zoom-in, slow-motion
 *   style: watercolor
 *   text: Happy Birthday | Chapter One
 *   shots: 3
 *
 * An entity is `[count ]noun[ @emoji][ (attribute, ...)]` (or `@drawn:name`
 * for Diorama's own drawn art); attributes are
 * colour names, motions (`trot`) and motions with a target noun
 * (`chase>cat`). Only the lines given are checked.
 */
export interface ExpectedEntity {
  readonly noun: string;
  readonly count: number | null;
  /** The emoji's hexcode, or a drawn asset id ("drawn:fox"). */
  readonly art: string | null;
  readonly color: string | null;
  readonly actions: ReadonlyArray<{ readonly motion: Motion; readonly target: string | null }>;
}

export interface ExpectedPlan {
  readonly prompt: string;
  readonly line: number;
  readonly entities: readonly ExpectedEntity[] | null;
  readonly relations: ReadonlyArray<{ readonly subject: string; readonly kind: Relation; readonly target: string }>;
  readonly setting: { kind?: SettingKind; timeOfDay?: TimeOfDay; weather?: Weather; season?: Season } | null;
  readonly camera: { shot?: ShotSize; move?: CameraMove; timeScale?: 'slow-motion' | 'time-lapse' } | null;
  readonly style: StyleName | null;
  readonly texts: readonly string[] | null;
  readonly shots: number | null;
}

/** Parses the labelled set; throws with the line number on any malformed line. */
export function parseLabelledSet(text: string, colorNames: ReadonlySet<string>): ExpectedPlan[] {
  const cases: ExpectedPlan[] = [];
  let current: { -readonly [K in keyof ExpectedPlan]: ExpectedPlan[K] } | null = null;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = index + 1;
    if (!line || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`line ${at}: expected "field: value"`);
    const field = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (field === 'prompt') {
      current = { prompt: value, line: at, entities: null, relations: [], setting: null, camera: null, style: null, texts: null, shots: null };
      cases.push(current);
      return;
    }
    if (!current) throw new Error(`line ${at}: "${field}" before any prompt`);
    switch (field) {
      case 'entities':
        current.entities = value === 'none' ? [] : value.split(';').map((s) => parseEntity(s.trim(), at, colorNames));
        break;
      case 'relations':
        current.relations = value.split(';').map((s) => parseRelation(s.trim(), at));
        break;
      case 'setting':
        current.setting = parseSetting(value, at);
        break;
      case 'camera':
        current.camera = parseCamera(value, at);
        break;
      case 'style':
        if (!(STYLE_NAMES as readonly string[]).includes(value)) throw new Error(`line ${at}: unknown style "${value}"`);
        current.style = value as StyleName;
        break;
      case 'text':
        current.texts = value.split('|').map((s) => s.trim()).filter(Boolean);
        break;
      case 'shots':
        current.shots = Number(value);
        if (!Number.isInteger(current.shots) || current.shots < 1) throw new Error(`line ${at}: shots must be a positive integer`);
        break;
      default:
        throw new Error(`line ${at}: unknown field "${field}"`);
    }
  });
  return cases;
}

function parseEntity(spec: string, at: number, colorNames: ReadonlySet<string>): ExpectedEntity {
  const match = /^(?:(\d+)\s+)?([^@(]+?)\s*(?:@(\S+))?\s*(?:\((.*)\))?$/u.exec(spec);
  if (!match) throw new Error(`line ${at}: cannot read entity "${spec}"`);
  const [, count, noun, art, attributes] = match;
  let color: string | null = null;
  const actions: Array<{ motion: Motion; target: string | null }> = [];
  for (const attribute of (attributes ?? '').split(',').map((a) => a.trim()).filter(Boolean)) {
    const [motion, target] = attribute.split('>').map((s) => s.trim());
    if ((MOTIONS as readonly string[]).includes(motion!)) actions.push({ motion: motion as Motion, target: target ?? null });
    else if (colorNames.has(attribute)) color = attribute;
    else throw new Error(`line ${at}: "${attribute}" is neither a motion nor a colour`);
  }
  return { noun: noun!.trim().toLowerCase(), count: count ? Number(count) : null, art: art ? (art.startsWith('drawn:') ? art : hexOfChar(art)) : null, color, actions };
}

function parseRelation(spec: string, at: number): { subject: string; kind: Relation; target: string } {
  const words = spec.split(/\s+/);
  const kindIndex = words.findIndex((w) => (RELATIONS as readonly string[]).includes(w));
  if (kindIndex <= 0 || kindIndex === words.length - 1) throw new Error(`line ${at}: cannot read relation "${spec}"`);
  return { subject: words.slice(0, kindIndex).join(' ').toLowerCase(), kind: words[kindIndex] as Relation, target: words.slice(kindIndex + 1).join(' ').toLowerCase() };
}

function parseSetting(value: string, at: number): NonNullable<ExpectedPlan['setting']> {
  const setting: { kind?: SettingKind; timeOfDay?: TimeOfDay; weather?: Weather; season?: Season } = {};
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    if ((SETTING_KINDS as readonly string[]).includes(part)) setting.kind = part as SettingKind;
    else if ((TIMES_OF_DAY as readonly string[]).includes(part)) setting.timeOfDay = part as TimeOfDay;
    else if ((WEATHERS as readonly string[]).includes(part)) setting.weather = part as Weather;
    else if ((SEASONS as readonly string[]).includes(part)) setting.season = part as Season;
    else throw new Error(`line ${at}: "${part}" is not a setting kind, time, weather or season`);
  }
  return setting;
}

function parseCamera(value: string, at: number): NonNullable<ExpectedPlan['camera']> {
  const camera: { shot?: ShotSize; move?: CameraMove; timeScale?: 'slow-motion' | 'time-lapse' } = {};
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    if ((SHOT_SIZES as readonly string[]).includes(part)) camera.shot = part as ShotSize;
    else if ((CAMERA_MOVES as readonly string[]).includes(part)) camera.move = part as CameraMove;
    else if (part === 'slow-motion' || part === 'time-lapse') camera.timeScale = part;
    else throw new Error(`line ${at}: "${part}" is not a shot size, camera move or time scale`);
  }
  return camera;
}
