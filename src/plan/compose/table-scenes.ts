import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { Motion, SettingKind } from '../vocabulary.ts';
import { COOKING_VERBS } from '../words/cooking-words.ts';
import { personVariant } from './person-variants.ts';

/**
 * Scenes at a table: a family having dinner, a man eating breakfast at the
 * kitchen table, grandmother and girl baking cookies, a girl at her desk.
 * The people sit (or, baking, stand) behind the table, facing us, and the
 * food rests on its top, instead of a meal flying in mid-air beside an empty
 * table. Bakers and cooks stay at the stove the renderer draws for them;
 * what they bake cools on a table beside them. A family drawn as the one family emoji becomes its members, so they
 * can take their places.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** Meals: a plate of food on the table. */
const MEALS = /^(dinner|dinners|supper|lunch|lunches|breakfast|brunch|meal|meals|feast)$/;

/** What is baked in an oven and set out on a table to cool. */
const BAKED = /^(cookies?|biscuits?|cakes?|cupcakes?|muffins?|bread|loaf|loaves|pies?|tarts?|brownies?|croissants?|buns?|rolls?|scones?|pastry|pastries|gingerbread)$/;

/** The table art (tables, desks, kitchen tables, counters all draw as it). */
const TABLE_ART = 'drawn:table';

/** A family, drawn as one picture of heads, is these people. */
const FAMILY = /^(family|families)$/;
const FAMILY_MEMBERS = ['man', 'woman', 'girl', 'boy'] as const;

/** What someone at a table may be doing there. */
const AT_TABLE_MOTIONS: ReadonlySet<Motion> = new Set(['idle', 'sit', 'eat', 'drink', 'carry', 'watch']);

/** Relations that say someone is at a table ("at a table", "by the desk"). */
const AT_TABLE_RELATIONS = new Set(['near', 'beside', 'in-front-of', 'behind', 'left-of', 'right-of']);

/** Places where a meal is had at a table (not the woods). */
const TABLE_PLACES: ReadonlySet<SettingKind> = new Set(['living-room', 'kitchen', 'cafe', 'classroom', 'garden', 'park', 'city-street', 'village']);

/** Extra table width per diner beyond two, so four people fit behind it. */
const WIDTH_PER_DINER = 0.45;

/**
 * Replaces a family shown as the family emoji by a man, a woman, a girl and a
 * boy, each with the family's actions and place (the first keeps its id, so
 * whatever pointed at the family points at them).
 */
export function expandFamilies(entities: EntityDraft[], lex: Lexicon, extraIds: { next: number }): void {
  for (let i = 0; i < entities.length; i++) {
    const family = entities[i]!;
    if (!FAMILY.test(family.noun.toLowerCase()) || family.count !== 1 || !family.asset.startsWith('emoji:1f46a')) continue;
    const first = family.actions?.[0];
    const members = FAMILY_MEMBERS.flatMap((noun, k) => {
      const entry = lex.noun(noun);
      if (!entry) return [];
      const asset = personVariant(noun, entry.asset, first?.verb.split(' ')[0] ?? '', first?.motion ?? 'idle', lex) ?? entry.asset;
      const id = k === 0 ? family.id : `e${extraIds.next++}`;
      return [{ ...structuredClone(family), id, noun, asset, category: 'person' as const, size: noun === 'man' || noun === 'woman' ? 1 : 0.8 }];
    });
    if (members.length === 0) continue;
    const room = LIMITS.maxEntitiesPerShot - entities.length + 1;
    entities.splice(i, 1, ...members.slice(0, Math.max(1, room)));
    i += members.length - 1;
  }
}

/**
 * Sits diners behind their table and puts meals on its top. A
 * meal with no table said gets one where people eat at tables. Diners are the
 * people said to be at the table, or who eat or do nothing else while a meal
 * is on it.
 */
export function setTables(entities: EntityDraft[], setting: SettingKind, lex: Lexicon, extraIds: { next: number }): void {
  const persons = entities.filter((e) => e.category === 'person');
  if (persons.length === 0) return;
  const meals = entities.filter((e) => e.category === 'food' && MEALS.test(e.noun.toLowerCase()));
  // Baked things come out of the oven onto the table: not into the frying pan on the stove.
  const baked = entities.filter((e) => e.category === 'food' && !e.layout?.relation && BAKED.test(e.noun.toLowerCase()) && persons.some((p) => (p.actions ?? []).some((a) => a.verb === 'bake' && a.target === e.id)));
  let table = entities.find((e) => e.asset === TABLE_ART && e.count === 1);
  if (!table && (meals.length > 0 || baked.length > 0) && TABLE_PLACES.has(setting) && entities.length < LIMITS.maxEntitiesPerShot) {
    const art = lex.noun('table');
    if (!art) return;
    table = { id: `e${extraIds.next++}`, noun: 'table', asset: art.asset, category: art.category, count: 1, color: null, size: 1, layout: { x: null, depth: 0.3, placement: floorOf(entities), arrangement: 'row', relation: null }, actions: [] };
    entities.push(table);
  }
  if (!table) return;
  const tableId = table.id;
  for (const food of baked) {
    food.layout = { ...food.layout!, relation: { kind: 'on', target: tableId, secondTarget: null } };
    for (const p of persons) for (const a of p.actions ?? []) if (a.verb === 'bake' && a.target === food.id) delete a.target;
  }
  const atTable = (e: EntityDraft): boolean => {
    const rel = e.layout?.relation;
    return rel != null && rel.target === tableId && AT_TABLE_RELATIONS.has(rel.kind);
  };
  // The meal and small things "at" the table (homework at a desk) lie on the table, wherever the prompt left them ("dinner at a table" is said of the dinner).
  let sharedBy = false;
  const smallThings = entities.filter((e) => e !== table && atTable(e) && (e.category === 'food' || (e.category === 'object' && (e.size ?? 1) <= 1)));
  for (const food of new Set([...meals, ...smallThings])) {
    if (food.layout?.relation?.kind === 'on' && food.layout.relation.target !== tableId) continue;
    if (atTable(food)) sharedBy = true;
    food.layout = { ...food.layout!, relation: { kind: 'on', target: tableId, secondTarget: null } };
    food.actions = (food.actions ?? []).filter((a) => a.motion === 'idle');
  }
  const free = (p: EntityDraft): boolean => !p.layout?.relation || atTable(p);
  // Cooks stay at the stove (render/effects/cooking.ts draws it round them).
  const stays = (p: EntityDraft): boolean => (p.actions ?? []).every((a) => AT_TABLE_MOTIONS.has(a.motion) && !COOKING_VERBS.test(a.verb));
  const mealHad = meals.length > 0 || sharedBy;
  const diners = persons.filter((p) => free(p) && stays(p) && (atTable(p) || mealHad));
  for (const diner of diners) {
    diner.layout = { ...diner.layout!, relation: { kind: 'behind', target: tableId, secondTarget: null } };
    // Eating from the plate on the table: no plate held up at the mouth.
    diner.actions = (diner.actions ?? []).filter((a) => !(a.motion === 'carry' && meals.some((m) => m.id === a.target)));
  }
  const seats = diners.reduce((n, d) => n + (d.count ?? 1), 0);
  if (seats > 2) table.size = Math.max(table.size ?? 1, round(1 + WIDTH_PER_DINER * (seats - 2)));
}

/** Indoors a new table stands on the floor, outdoors on the ground, as the people do. */
function floorOf(entities: readonly EntityDraft[]): 'floor' | 'ground' {
  return entities.some((e) => e.layout?.placement === 'floor') ? 'floor' : 'ground';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A game controller in someone's hands: they play sitting down, facing a screen. */
const GAME_ART = 'emoji:1f3ae';

/**
 * A bedroom has a bed ("a boy playing video games in his bedroom"): the room
 * is drawn as the living room, so the bed is added when none is named. Who
 * plays a video game there sits on it, the controller in their hands, and a
 * television stands before them.
 */
export function furnishBedroom(entities: EntityDraft[], bedroom: boolean, lex: Lexicon, extraIds: { next: number }): void {
  const add = (noun: string): EntityDraft | undefined => {
    const art = lex.noun(noun);
    if (!art || entities.length >= LIMITS.maxEntitiesPerShot) return undefined;
    const thing: EntityDraft = { id: `e${extraIds.next++}`, noun, asset: art.asset, category: art.category, count: 1, color: null, size: 1, layout: { x: null, depth: 0.3, placement: floorOf(entities), arrangement: 'row', relation: null }, actions: [] };
    entities.push(thing);
    return thing;
  };
  const gamers = entities.filter((e) => e.category === 'person' && e.count === 1 && (e.actions ?? []).some((a) => a.motion === 'carry' && entities.find((t) => t.id === a.target)?.asset === GAME_ART));
  let bed = entities.find((e) => e.asset.startsWith('emoji:1f6cf'));
  if (!bed && bedroom) bed = add('bed');
  // Whoever sits in a bedroom ("reading a book in his bedroom") sits on the bed.
  if (bed && bedroom) for (const e of entities) if (e.category === 'person' && !e.layout?.relation && (e.actions ?? []).some((a) => a.motion === 'sit') && (e.actions ?? []).every((a) => a.motion === 'sit' || a.motion === 'carry')) e.layout = { ...e.layout!, relation: { kind: 'on', target: bed.id, secondTarget: null } };
  if (gamers.length === 0) return;
  if (!entities.some((e) => e.asset.startsWith('emoji:1f4fa'))) add('television');
  for (const gamer of gamers) {
    if (bed && !gamer.layout?.relation) gamer.layout = { ...gamer.layout!, relation: { kind: 'on', target: bed.id, secondTarget: null } };
    // Playing a game is done sitting still, thumbs busy: no bouncing about.
    for (const a of gamer.actions ?? []) if (a.motion !== 'carry') a.motion = bed ? 'sit' : 'idle';
  }
}
