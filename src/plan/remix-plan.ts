import { parseScenePlan } from './parse-plan.ts';
import type { Entity, ScenePlan, ScenePlanInput, Shot } from './schema.ts';

/** Plans a prompt with a fixed seed and output (supplied by the caller, so this module stays pure). */
export type PromptPlanner = (prompt: string) => ScenePlan;

/**
 * A prompt with no words: what the planner gives when nothing is said. A
 * field of a fresh plan that equals the neutral plan's was not asked for, so
 * a remix keeps the source's value there.
 */
export const NEUTRAL_PROMPT = '.';

type ShotDraft = ScenePlanInput['shots'][number];
type EntityDraft = NonNullable<ShotDraft['entities']>[number];
type RelationDraft = NonNullable<EntityDraft['layout']>['relation'];

/** Words that make a remix add entities instead of swapping unmatched ones. */
const ADDITIVE = /\b(add|adds|adding|also|too|join|joins|joining|another|plus|appear|appears|appearing)\b/i;
/** "without the cat", "remove the cat", "no cats": nouns to drop. */
const REMOVAL = /\b(?:without|remove|removing|minus|delete|drop|no)\s+(?:the\s+|a\s+|an\s+|any\s+|all\s+)?([a-z][a-z'-]*)/gi;

/**
 * A remix: the new prompt applied to a finished video's plan, keeping its
 * seed, output, shot structure and the layout of everything the prompt does
 * not change. The rules:
 *
 * - Entities of the new prompt that name a source entity (same noun, or the
 *   same art) update it in place: it keeps its id and layout (so the seeded
 *   simulation puts it where it was) and takes the new colour, count, size and
 *   actions when the prompt gives them.
 * - Other new entities take the place (id and layout) of source entities the
 *   prompt did not mention, in order ("a wolf" for "a fox") — unless the prompt
 *   says it adds ("add a rabbit", "a rabbit joins"), then they are added.
 * - Source entities the prompt does not mention stay, unless it removes them
 *   ("without the cat", "remove the cat", "no cats").
 * - Setting, camera, time scale and style change only where the new prompt
 *   asks for something other than the planner's neutral defaults; texts are
 *   replaced when the new prompt has some.
 */
export function remixPlan(source: ScenePlan, prompt: string, planPrompt: PromptPlanner): ScenePlan {
  const fresh = planPrompt(prompt);
  const neutral = planPrompt(NEUTRAL_PROMPT);
  const intent = readIntent(prompt);
  const shots = source.shots.map((shot, index) => {
    const freshShot = fresh.shots[Math.min(index, fresh.shots.length - 1)]!;
    return mergeShot(shot, freshShot, neutral.shots[0]!, intent);
  });
  const draft: ScenePlanInput = {
    ...clone(source),
    prompt,
    style: fresh.style.name !== neutral.style.name ? clone(fresh.style) : clone(source.style),
    shots,
    unresolved: [...fresh.unresolved],
  };
  return parseScenePlan(draft);
}

/** What the wording of a remix prompt says beyond its nouns. */
export interface RemixIntent {
  readonly additive: boolean;
  /** Noun keys the prompt removes. */
  readonly removed: ReadonlySet<string>;
}

/** Reads "add …" and "without …" out of a prompt. */
export function readIntent(prompt: string): RemixIntent {
  const removed = new Set<string>();
  for (const match of prompt.matchAll(REMOVAL)) removed.add(nounKey(match[1]!));
  return { additive: ADDITIVE.test(prompt), removed };
}

/**
 * One source shot with a fresh shot's changes applied (see remixPlan). The
 * result keeps the source shot's id, start and duration.
 */
export function mergeShot(source: Shot, fresh: Shot, neutral: Shot, intent: RemixIntent): ShotDraft {
  const kept = source.entities.filter((e) => !intent.removed.has(nounKey(e.noun)));
  const wanted = fresh.entities.filter((e) => !intent.removed.has(nounKey(e.noun)));
  const { entities, idOf } = mergeEntities(kept, wanted, intent.additive);
  const setting = { ...clone(source.setting) };
  for (const key of ['kind', 'timeOfDay', 'weather', 'season'] as const) {
    if (fresh.setting[key] !== neutral.setting[key]) (setting as Record<string, unknown>)[key] = fresh.setting[key];
  }
  const camera = { ...clone(source.camera) };
  for (const key of ['shot', 'move', 'speed'] as const) {
    if (fresh.camera[key] !== neutral.camera[key]) (camera as Record<string, unknown>)[key] = fresh.camera[key];
  }
  const ids = new Set(entities.map((e) => e.id));
  const freshTarget = fresh.camera.target ? idOf.get(fresh.camera.target) : undefined;
  const target = camera.target && ids.has(camera.target) ? camera.target : (freshTarget ?? entities[0]?.id ?? null);
  const draft: ShotDraft = {
    ...clone(source),
    setting,
    camera: { ...camera, target },
    timeScale: fresh.timeScale !== neutral.timeScale ? fresh.timeScale : source.timeScale,
    entities: dropDanglingReferences(entities),
    texts: fresh.texts.length > 0 ? clone(fresh.texts) : clone(source.texts),
  };
  return { ...draft, caption: describeShot(draft) };
}

function mergeEntities(
  source: readonly Entity[],
  fresh: readonly Entity[],
  additive: boolean,
): { entities: EntityDraft[]; idOf: Map<string, string> } {
  const pairOf = new Map<number, number>(); // fresh index → source index
  const used = new Set<number>();
  fresh.forEach((f, fi) => {
    const si = source.findIndex((s, i) => !used.has(i) && sameThing(s, f));
    if (si >= 0) {
      pairOf.set(fi, si);
      used.add(si);
    }
  });
  const swaps = new Set<number>();
  if (!additive) {
    fresh.forEach((_, fi) => {
      if (pairOf.has(fi)) return;
      const si = source.findIndex((_s, i) => !used.has(i));
      if (si < 0) return;
      pairOf.set(fi, si);
      used.add(si);
      swaps.add(fi);
    });
  }
  // Final ids: source ids for paired entities, fresh ids renamed when they clash.
  const taken = new Set(source.map((e) => e.id));
  const idOf = new Map<string, string>();
  fresh.forEach((f, fi) => {
    const si = pairOf.get(fi);
    if (si !== undefined) idOf.set(f.id, source[si]!.id);
  });
  fresh.forEach((f, fi) => {
    if (pairOf.has(fi)) return;
    let id = f.id;
    for (let n = 1; taken.has(id); n++) id = `r${n}`;
    taken.add(id);
    idOf.set(f.id, id);
  });
  const remapActions = (f: Entity): NonNullable<EntityDraft['actions']> =>
    f.actions.map((a) => ({ ...clone(a), target: a.target ? (idOf.get(a.target) ?? a.target) : undefined }));
  const remapRelation = (f: Entity): RelationDraft =>
    f.layout.relation
      ? {
          ...clone(f.layout.relation),
          target: idOf.get(f.layout.relation.target) ?? f.layout.relation.target,
          secondTarget: f.layout.relation.secondTarget ? (idOf.get(f.layout.relation.secondTarget) ?? null) : null,
        }
      : null;

  const merged = new Map<number, EntityDraft>(); // source index → merged entity
  fresh.forEach((f, fi) => {
    const si = pairOf.get(fi);
    if (si === undefined) return;
    const s = source[si]!;
    const actions = f.actions.length > 0 ? inheritTargets(remapActions(f), s.actions) : clone(s.actions);
    const relation = remapRelation(f) ?? clone(s.layout.relation);
    if (swaps.has(fi)) {
      merged.set(si, { ...clone(f), id: s.id, layout: { ...clone(s.layout), placement: f.layout.placement, relation }, actions });
    } else {
      merged.set(si, {
        ...clone(s),
        noun: f.noun,
        color: f.color ?? s.color,
        count: f.count !== 1 ? f.count : s.count,
        size: f.size !== 1 ? f.size : s.size,
        layout: { ...clone(s.layout), relation },
        actions,
      });
    }
  });
  const entities: EntityDraft[] = source.map((s, si) => merged.get(si) ?? clone(s));
  fresh.forEach((f, fi) => {
    if (pairOf.has(fi)) return;
    // An added entity stands behind what is already there rather than on top of it.
    const depths = entities.map((e) => e.layout?.depth ?? 0.3);
    const depth = depths.some((d) => Math.abs(d - f.layout.depth) < 0.05) ? Math.min(0.9, Math.max(...depths) + 0.12) : f.layout.depth;
    entities.push({ ...clone(f), id: idOf.get(f.id)!, layout: { ...clone(f.layout), depth, relation: remapRelation(f) }, actions: remapActions(f) });
  });
  return { entities, idOf };
}

/** A new action without a target keeps the target the source's same action had ("a dog chasing" still chases the cat). */
function inheritTargets(actions: NonNullable<EntityDraft['actions']>, source: Entity['actions']): NonNullable<EntityDraft['actions']> {
  return actions.map((a) => {
    if (a.target) return a;
    const before = source.find((b) => b.target && (b.verb === a.verb || b.motion === a.motion));
    return before ? { ...a, target: before.target } : a;
  });
}

/** Removes action targets and relations that point at entities no longer in the shot. */
function dropDanglingReferences(entities: EntityDraft[]): EntityDraft[] {
  const ids = new Set(entities.map((e) => e.id));
  return entities.map((e) => {
    const relation = e.layout?.relation;
    const keepRelation = relation && ids.has(relation.target) && (!relation.secondTarget || ids.has(relation.secondTarget));
    return {
      ...e,
      layout: { ...e.layout!, relation: keepRelation ? relation : null },
      actions: (e.actions ?? []).map((a) => (a.target && !ids.has(a.target) ? { ...a, target: undefined } : a)),
    };
  });
}

function sameThing(a: Entity, b: Entity): boolean {
  return nounKey(a.noun) === nounKey(b.noun) || a.asset === b.asset;
}

/** A noun reduced to compare "foxes" with "fox" and "Puppies" with "puppy". */
export function nounKey(noun: string): string {
  const word = noun.trim().toLowerCase();
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A one-sentence description of a merged shot (the plan's dense caption). */
export function describeShot(shot: ShotDraft): string {
  const who = (shot.entities ?? []).map((e) => {
    const n = e.count ?? 1;
    const verbs = (e.actions ?? []).map((a) => a.verb).join(' and ');
    return `${n === 1 ? 'a' : n} ${e.noun}${verbs ? ` that ${n === 1 ? `${verbs}s` : verbs}` : ''}`;
  });
  const setting = shot.setting ?? {};
  const place = `${String(setting.kind ?? 'plain').replace(/-/g, ' ')} in the ${setting.timeOfDay ?? 'afternoon'}`;
  const weather = setting.weather && setting.weather !== 'clear' ? ` The weather is ${setting.weather}.` : '';
  return who.length > 0 ? `The shot shows ${who.join(', ')} in a ${place}.${weather}` : `The shot shows a ${place}.${weather}`;
}

type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

/** A deep, mutable copy of plain JSON data. */
function clone<T>(value: T): DeepMutable<T> {
  return JSON.parse(JSON.stringify(value)) as DeepMutable<T>;
}
