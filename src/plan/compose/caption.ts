import type { Camera, Setting } from '../schema.ts';
import type { Relation, StyleName } from '../vocabulary.ts';
import type { MemberLook } from './member-look.ts';
import type { EntityDraft } from './shot-entities.ts';

/**
 * The dense caption of a shot: full sentences that say exactly what the plan
 * shows, entity by entity, then the setting, camera, text and style. It is
 * written from the plan's own fields, so it cannot claim more than the plan.
 */
export interface CaptionInput {
  readonly entities: readonly EntityDraft[];
  readonly looks: ReadonlyMap<string, MemberLook>;
  readonly setting: Setting;
  readonly camera: Camera;
  readonly timeScale: number;
  readonly texts: ReadonlyArray<{ text: string; role?: string; position?: string }>;
  readonly style: StyleName;
}

const NUMBER_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const RELATION_PHRASES: Record<Relation, string> = {
  on: 'on', under: 'under', above: 'above', below: 'below', beside: 'beside', 'left-of': 'to the left of',
  'right-of': 'to the right of', 'in-front-of': 'in front of', behind: 'behind', between: 'between', around: 'around',
  inside: 'inside', across: 'across', through: 'through', over: 'over', near: 'near',
};

const WEATHER_SENTENCES: Record<string, string> = {
  clear: 'The sky is clear.', cloudy: 'The sky is cloudy.', fog: 'Fog hangs in the air.', rain: 'Rain falls.',
  storm: 'A storm rages with rain and lightning.', snow: 'Snow falls.', wind: 'A strong wind blows.',
};

const MOVE_PHRASES: Record<string, string> = {
  static: 'holds still', 'pan-left': 'pans to the left', 'pan-right': 'pans to the right', 'tilt-up': 'tilts up',
  'tilt-down': 'tilts down', 'zoom-in': 'zooms in', 'zoom-out': 'zooms out', 'dolly-in': 'dollies in', 'dolly-out': 'pulls back',
  track: 'tracks', orbit: 'orbits', shake: 'shakes like a handheld camera',
};

const STYLE_PHRASES: Record<StyleName, string> = {
  natural: '', watercolor: 'It is painted in watercolor.', 'oil-paint': 'It is painted in oil.', 'pencil-sketch': 'It is drawn as a pencil sketch.',
  'pixel-art': 'It is rendered as pixel art.', neon: 'It glows in a neon style.', 'film-noir': 'It is in black and white, film noir style.',
  'vintage-film': 'It looks like vintage film.', comic: 'It is drawn in a comic style.',
};

/** The caption for one shot. */
export function captionFor(input: CaptionInput): string {
  const { entities, looks, setting, camera, timeScale, texts, style } = input;
  const nameOf = new Map(entities.map((e) => [e.id, e]));
  const sentences: string[] = [];
  for (const entity of entities) {
    const look = looks.get(entity.id);
    const subject = capitalise(describe(entity, look));
    const plural = (entity.count ?? 1) > 1;
    const parts: string[] = [];
    const actions = entity.actions ?? [];
    actions.forEach((action, i) => {
      const target = action.target ? nameOf.get(action.target) : undefined;
      const verb = conjugate(action.verb, plural);
      const joiner = i === 0 ? '' : (action.start ?? 0) > (actions[i - 1]!.start ?? 0) ? 'and then ' : 'and ';
      const shown = action.motion !== action.verb && !action.verb.startsWith(action.motion) ? ` (shown as ${gerund(action.motion)})` : '';
      parts.push(`${joiner}${verb}${target ? ` ${targetName(action.verb, target)}` : ''}${shown}`);
    });
    const relation = entity.layout?.relation;
    let where = '';
    if (relation) {
      const target = nameOf.get(relation.target);
      const second = relation.secondTarget ? nameOf.get(relation.secondTarget) : undefined;
      if (target) where = ` ${RELATION_PHRASES[relation.kind]} the ${target.noun}${second ? ` and the ${second.noun}` : ''}`;
    }
    if (parts.length === 0) sentences.push(`${subject} ${plural ? 'are' : 'is'} ${where ? where.trim() : 'in the scene'}.`);
    else sentences.push(`${subject} ${parts.join(' ')}${where}.`);
  }
  const place = setting.kind === 'plain' ? 'a plain backdrop' : `${article(words(setting.kind))} ${words(setting.kind)}`;
  sentences.push(`The scene is ${place} ${timePhrase(setting.timeOfDay)}${setting.season ? ` in ${setting.season}` : ''}.`);
  sentences.push(WEATHER_SENTENCES[setting.weather] ?? '');
  const target = camera.target ? nameOf.get(camera.target) : undefined;
  const move = MOVE_PHRASES[camera.move] ?? camera.move;
  const on = target && camera.move !== 'static' ? ` on the ${target.noun}` : '';
  const speed = camera.speed < 0.9 ? 'slowly ' : camera.speed > 1.2 ? 'quickly ' : '';
  sentences.push(`${capitalise(article(camera.shot))} ${camera.shot} shot; the camera ${speed}${move}${on}.`);
  if (timeScale < 1) sentences.push('The action plays in slow motion.');
  if (timeScale > 1) sentences.push('Time passes quickly, as in a time-lapse.');
  for (const t of texts) sentences.push(`The ${t.role ?? 'title'} text "${t.text}" appears at the ${t.position ?? 'bottom'}.`);
  if (STYLE_PHRASES[style]) sentences.push(STYLE_PHRASES[style]);
  return fit(sentences.filter(Boolean), MAX_CAPTION_CHARS);
}

/** Longest caption the plan allows. */
const MAX_CAPTION_CHARS = 4000;

/** Whole sentences up to the limit; a crowded shot ends with how many things were left unsaid. */
function fit(sentences: readonly string[], limit: number): string {
  let text = '';
  for (let i = 0; i < sentences.length; i++) {
    const next = text ? `${text} ${sentences[i]}` : sentences[i]!;
    const rest = sentences.length - i - 1;
    if (next.length > limit - (rest > 0 ? 40 : 0)) return `${text} (${sentences.length - i} more sentences.)`.trim().slice(0, limit);
    text = next;
  }
  return text;
}

function describe(entity: EntityDraft, look: MemberLook | undefined): string {
  const count = entity.count ?? 1;
  const size = sizeWord(entity.size ?? 1);
  const colour = look?.colorName && entity.color ? `${look.colorName} ` : '';
  const noun = count > 1 ? pluralNoun(entity.noun) : entity.noun;
  const head = `${size}${colour}${noun}`;
  const quantity = count === 1 ? article(head) : count < NUMBER_NAMES.length ? NUMBER_NAMES[count]! : String(count);
  const art = look?.standIn && shownAs(entity.noun, look.artLabel) ? ` (shown as ${article(look.artLabel)} ${look.artLabel})` : '';
  const determiner = count === 1 && UNIQUE.test(entity.noun) ? 'the' : quantity;
  return `${determiner} ${head}${art}`;
}

function targetName(verb: string, target: EntityDraft): string {
  const name = `the ${target.noun}`;
  return /^(look|search|wait)/.test(verb) ? `for ${name}` : name;
}

/** Whether the art is a stand-in worth saying ("philosopher" shown as a person), not just another word for it. */
function shownAs(noun: string, label: string): boolean {
  const n = noun.replace(/(es|s)$/, '');
  return !label.includes(n) && !n.includes(label.split(' ').pop()!) && !/^(emoji|[0-9a-f-]+)$/.test(label);
}

function sizeWord(size: number): string {
  if (size <= 0.5) return 'tiny ';
  if (size < 0.9) return 'small ';
  if (size >= 2.2) return 'giant ';
  if (size >= 1.3) return 'big ';
  return '';
}

/** "chase" → "chases"/"chase", "wake up" → "wakes up". */
export function conjugate(verb: string, plural: boolean): string {
  if (plural) return verb;
  const [head, ...rest] = verb.split(' ');
  const w = head!;
  let third: string;
  if (w === 'be') third = 'is';
  else if (w === 'have') third = 'has';
  else if (/(s|sh|ch|x|z|o)$/.test(w)) third = `${w}es`;
  else if (/[^aeiou]y$/.test(w)) third = `${w.slice(0, -1)}ies`;
  else third = `${w}s`;
  return [third, ...rest].join(' ');
}

function gerund(motion: string): string {
  if (motion === 'idle') return 'standing still';
  if (/ie$/.test(motion)) return `${motion.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(motion)) return `${motion.slice(0, -1)}ing`;
  if (/^(run|swim|hop|sit|spin|trot|drop|shop)$/.test(motion)) return `${motion}${motion.slice(-1)}ing`;
  return `${motion}ing`;
}

function pluralNoun(noun: string): string {
  if (/s$/.test(noun) || /^(fish|sheep|deer|people|mice|geese|children|men|women|feet|teeth|cattle)$/.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) && !/^(uni|use|one|eu)/i.test(phrase) ? 'an' : 'a';
}

function words(kind: string): string {
  return kind.replace(/-/g, ' ');
}

/** Things there is only one of, named with "the". */
const UNIQUE = /^(sun|moon|earth|sky|horizon)$/;

function timePhrase(time: string): string {
  return time === 'morning' || time === 'afternoon' || time === 'evening' ? `in the ${time}` : `at ${time}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
