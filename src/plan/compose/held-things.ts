import type { Motion } from '../vocabulary.ts';
import type { MemberLook } from './member-look.ts';

/**
 * Things a person holds while doing what they do with them: an instrument
 * played in the hands, a book read, an ice cream eaten, a phone used.
 * Big instruments (a piano, a drum kit, a harp) stand on the floor and the
 * player sits or stands at them, so they are not here.
 */
const HANDHELD = /\b(violin|viola|fiddle|guitar|bass guitar|banjo|ukulele|mandolin|lute|flute|piccolo|recorder|clarinet|oboe|trumpet|horn|trombone|saxophone|sax|harmonica|accordion|tambourine|maracas|microphone|book|books|newspaper|paper|magazine|comic|letter|notebook|map|phone|smartphone|mobile phone|cell phone|telephone|camera|tablet|ice cream|ice cream cone|popsicle|lollipop|sandwich|burger|hamburger|hot dog|taco|apple|banana|donut|doughnut|cookie|pretzel|slice of pizza|pizza slice|cup|mug|coffee|tea|bottle|glass|can|soda|juice|balloon|umbrella|torch|flashlight|lantern|candle|flower|bouquet|fan|sword|wand|brush|paintbrush|pen|pencil|net|flag|sign|video game|video games|game controller|controller|gamepad|joystick)\b/;

/** What someone does with a thing in their hands (verb lemmas). */
const HANDLING_VERBS = new Set(['play', 'strum', 'pluck', 'blow', 'read', 'study', 'browse', 'flip', 'eat', 'lick', 'munch', 'nibble', 'drink', 'sip', 'use', 'text', 'call', 'check', 'photograph', 'film', 'wave', 'light', 'sniff', 'smell', 'write', 'sing']);

/** Who holds things in their hands. */
const HOLDING_CATEGORIES = new Set(['person']);

/** Kinds of thing small enough to hold. */
const HOLDABLE_CATEGORIES = new Set(['object', 'food', 'plant', 'symbol']);

/** An action as the shot records it. */
export interface HeldAction {
  verb: string;
  motion: Motion;
  target?: string;
  start?: number;
  end?: number | null;
}

/**
 * Whether someone doing `verb` to a thing that looks like `held` has it in
 * their hands ("a boy playing the violin", "a girl reading a book", "eating
 * an ice cream"), rather than standing beside it.
 */
export function holdsWhileDoing(verb: string, holder: MemberLook | undefined, held: MemberLook | undefined): boolean {
  if (!holder || !held || !HOLDING_CATEGORIES.has(holder.category) || !HOLDABLE_CATEGORIES.has(held.category)) return false;
  if (!HANDLING_VERBS.has(verb.split(' ')[0]!) || held.size > 1.5 || held.count > 3) return false;
  return HANDHELD.test(`${held.noun} ${held.artLabel}`.toLowerCase());
}

/**
 * Adds a hold (motion carry) beside each handling action whose thing is held,
 * for the same time: the action keeps its own verb and motion (a violinist
 * sways, a reader sits, an eater bites) while the simulator puts the thing in
 * their hands. Returns the ids of the things now held, with who holds them.
 */
export function holdHandledThings(actionsOf: Map<string, HeldAction[]>, looks: ReadonlyMap<string, MemberLook>): Map<string, string> {
  const holderOf = new Map<string, string>();
  for (const [holderId, list] of actionsOf) {
    for (const action of [...list]) {
      const heldId = action.target;
      if (!heldId || heldId === holderId || action.motion === 'carry' || holderOf.has(heldId)) continue;
      if (!holdsWhileDoing(action.verb, looks.get(holderId), looks.get(heldId))) continue;
      if (!list.some((a) => a.motion === 'carry' && a.target === heldId)) list.push({ verb: 'hold', motion: 'carry', target: heldId, start: action.start, end: action.end });
      holderOf.set(heldId, holderId);
    }
    for (const action of list) if (action.motion === 'carry' && action.target && action.target !== holderId && !holderOf.has(action.target)) holderOf.set(action.target, holderId);
  }
  return holderOf;
}

/** Dishes and containers a held thing sits on or in: "an apple on a plate" stays on the plate. */
const DISHES = /\b(plate|dish|bowl|tray|platter|cup|mug|glass|saucer|cone|basket|box|bag|jar|pan|pot|napkin|stick|spoon|fork)\b/;

/**
 * Whether a place phrase said after a held thing ("reading a newspaper on a
 * bench", "a book under a tree") is where its holder is: anywhere but a dish
 * or container the thing itself sits on or in, or something smaller than the thing.
 */
export function placeIsHolders(place: MemberLook | undefined, held: MemberLook | undefined): boolean {
  if (!place || !held) return false;
  if (DISHES.test(`${place.noun} ${place.artLabel}`.toLowerCase())) return false;
  return place.size >= held.size;
}

/**
 * Puts down what was only taken up for its action when the prompt sets it on
 * a dish ("a boy eating an apple on a plate" eats from the plate): the hold
 * added beside the action goes, the action stays.
 */
export function leaveOnDishes(
  actionsOf: Map<string, HeldAction[]>,
  holderOf: ReadonlyMap<string, string>,
  relationOf: ReadonlyMap<string, { kind: string; target: string }>,
  looks: ReadonlyMap<string, MemberLook>,
): void {
  for (const [heldId, holderId] of holderOf) {
    const rel = relationOf.get(heldId);
    if (!rel || (rel.kind !== 'on' && rel.kind !== 'inside') || placeIsHolders(looks.get(rel.target), looks.get(heldId))) continue;
    const list = actionsOf.get(holderId) ?? [];
    // Only a hold added beside another action on the thing; a hold the prompt said ("holding a cup on a saucer") stays.
    if (!list.some((a) => a.target === heldId && a.motion !== 'carry')) continue;
    actionsOf.set(holderId, list.filter((a) => !(a.motion === 'carry' && a.verb === 'hold' && a.target === heldId)));
  }
}

/**
 * Who really holds a thing said "with" a non-person: "a man walking his dog
 * with an umbrella" reads the umbrella as the dog's, but a handheld thing
 * said of an animal someone is doing something to (walking it, feeding it)
 * is in that person's hands. Anyone else keeps what the prompt gave them.
 */
export function handlerOf(holderId: string, heldId: string, actionsOf: ReadonlyMap<string, readonly HeldAction[]>, looks: ReadonlyMap<string, MemberLook>): string {
  const holder = looks.get(holderId);
  const held = looks.get(heldId);
  if (!holder || !held || HOLDING_CATEGORIES.has(holder.category) || !HANDHELD.test(`${held.noun} ${held.artLabel}`.toLowerCase())) return holderId;
  for (const [personId, list] of actionsOf) {
    if (HOLDING_CATEGORIES.has(looks.get(personId)?.category ?? '') && list.some((a) => a.target === holderId)) return personId;
  }
  return holderId;
}

/** Kinds of thing that move by themselves, and so keep their own actions when held ("a man with a puppy running"). */
const SELF_MOVING = new Set(['person', 'animal', 'bird', 'fish', 'insect', 'vehicle', 'aircraft', 'boat']);

/**
 * "A girl with an umbrella walking in the rain": the reader gives the walk to
 * the last thing named, the umbrella; a held thing cannot walk, so what it was
 * given to do goes to the hands it is in (the holder does it unless it already
 * does that motion). Returns the ids whose actions moved to their holder.
 */
export function giveHeldActionsToHolders(actionsOf: Map<string, HeldAction[]>, looks: ReadonlyMap<string, MemberLook>): Map<string, string> {
  const moved = new Map<string, string>();
  for (const [holderId, list] of [...actionsOf]) {
    for (const hold of list) {
      const heldId = hold.motion === 'carry' ? hold.target : undefined;
      if (!heldId || heldId === holderId || SELF_MOVING.has(looks.get(heldId)?.category ?? 'animal')) continue;
      const own = actionsOf.get(heldId) ?? [];
      // Only what a holder could do; a flag that waves keeps its waving.
      const passed = own.filter((a) => a.motion !== 'carry' && a.target !== holderId && PASSABLE.has(a.motion));
      if (passed.length === 0) continue;
      for (const a of passed) if (!list.some((b) => b.motion === a.motion)) list.push({ ...a });
      actionsOf.set(heldId, own.filter((a) => !passed.includes(a)));
      moved.set(heldId, holderId);
    }
  }
  return moved;
}

/** Motions only the one holding a thing can be doing. */
const PASSABLE = new Set<Motion>(['walk', 'run', 'trot', 'jump', 'hop', 'dance', 'sit', 'sleep', 'chase', 'follow', 'flee', 'ride', 'drive', 'swim', 'watch']);
