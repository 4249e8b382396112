import type { NounEntry } from '../lexicon/lexicon.ts';
import type { Mention } from '../read/mentions.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import { isKind } from '../read/unit.ts';

/**
 * The cast of a prompt: one entry per thing the prompt talks about, however
 * often and however it is named. "A fox ... It ... the fox" is one entity;
 * "a cat ... another cat" are two. Identity is what keeps an entity's id
 * across the shots of a story.
 */
export interface CastMember {
  readonly id: string;
  /** Normal noun key of the first naming mention ("fox", "hot air balloon"). */
  readonly key: string;
  readonly entry: NounEntry;
  /** Every mention that names it, in prompt order. */
  readonly mentions: Mention[];
  readonly firstSentence: number;
}

/** The cast and which member each mention names. */
export interface Cast {
  readonly members: CastMember[];
  readonly of: ReadonlyMap<Mention, CastMember>;
  /** "They" for several members met separately ("a robot ... a dog. They walk"). */
  readonly groups: ReadonlyMap<Mention, CastMember[]>;
}

/** Every member a mention names (a plural pronoun may name several). */
export function membersOf(cast: Cast, mention: Mention): CastMember[] {
  return cast.groups.get(mention) ?? (cast.of.has(mention) ? [cast.of.get(mention)!] : []);
}

/** Resolves every entity and pronoun mention of the readings to cast members. */
export function castOf(readings: readonly SentenceReading[]): Cast {
  const members: CastMember[] = [];
  const of = new Map<Mention, CastMember>();
  const groups = new Map<Mention, CastMember[]>();
  let previousSubjects: CastMember[] = [];
  let previousNamed: CastMember[] = [];
  for (const reading of readings) {
    const subjectsHere: CastMember[] = [];
    const namedHere: CastMember[] = [];
    for (const mention of reading.mentions) {
      if (mention.kind === 'place' || mention.negated || reading.sought.has(mention)) continue;
      const taken = reading.mentions.filter((m) => m !== mention && of.has(m) && m.kind === 'pronoun').map((m) => of.get(m)!);
      // "The cat woke up and chased it": an object pronoun is someone other than its own clause's subject ("itself" aside).
      const object = mention.kind === 'pronoun' && !reading.actions.some((a) => a.agents.includes(mention)) && reading.actions.some((a) => a.agents.some((g) => subjectsHere.includes(of.get(g)!)));
      const member =
        mention.kind === 'pronoun'
          ? resolvePronoun(mention, object ? [] : subjectsHere, previousSubjects, members, object ? [...taken, ...subjectsHere] : taken)
          : resolveNoun(mention, members);
      if (!member) continue;
      if (mention.kind === 'pronoun' && isKind(mention.head, 'pronoun') && mention.head.meaning.plural && !isPluralMember(member)) {
        const group = [...new Set([...namedHere, ...previousNamed])].filter((m) => m.entry.category !== 'building');
        if (group.length > 1) groups.set(mention, group);
      }
      if (!namedHere.includes(member)) namedHere.push(member);
      if (!members.includes(member)) members.push(member);
      if (!member.mentions.includes(mention)) member.mentions.push(mention);
      of.set(mention, member);
      mention.head.used = true;
      const isSubject = reading.actions.some((a) => a.agents.includes(mention));
      if (isSubject && !subjectsHere.includes(member)) subjectsHere.push(member);
    }
    if (subjectsHere.length > 0) previousSubjects = subjectsHere;
    else if (previousSubjects.length === 0) previousSubjects = members.slice(0, 1);
    if (namedHere.length > 0) previousNamed = namedHere;
  }
  return { members, of, groups };
}

/** People proper: "it" is rather not one of them (a robot or a ghost may well be "it"). */
function isHuman(m: CastMember): boolean {
  return m.entry.category === 'person' && !/robot|alien|ghost|monster|ogre|goblin|troll|zombie|genie|snowman|poo|jack-o-lantern/.test(m.entry.label);
}

function isPluralMember(m: CastMember): boolean {
  const first = m.mentions[0];
  return first ? first.plural || (first.count ?? 1) > 1 : false;
}

function newMember(mention: Mention, members: readonly CastMember[]): CastMember | null {
  if (!isKind(mention.head, 'entity')) return null;
  return {
    id: `e${members.length + 1}`,
    key: mention.head.meaning.key,
    entry: mention.head.meaning.entry,
    mentions: [],
    firstSentence: mention.sentence,
  };
}

/** "the fox" is the fox already met; "a fox" is a new one; "another fox" always new. */
function resolveNoun(mention: Mention, members: CastMember[]): CastMember | null {
  if (!isKind(mention.head, 'entity')) return null;
  const isAnother = mention.units.some((u) => u.lemma === 'another');
  if (mention.definite && !isAnother) {
    const { key, entry } = mention.head.meaning;
    const same = [...members].reverse().find((m) => m.key === key) ?? [...members].reverse().find((m) => m.entry.asset === entry.asset && m.firstSentence < mention.sentence);
    if (same) return same;
  }
  const member = newMember(mention, members);
  if (member) members.push(member);
  return member;
}

/** "It spots a rabbit": the subject of the sentence before, or the latest fitting mention. */
function resolvePronoun(mention: Mention, here: readonly CastMember[], previous: readonly CastMember[], members: readonly CastMember[], taken: readonly CastMember[]): CastMember | null {
  if (!isKind(mention.head, 'pronoun')) return null;
  const { plural, person } = mention.head.meaning;
  const fits = (m: CastMember): boolean => {
    if (taken.includes(m) || plural !== isPluralMember(m)) return false;
    if (person && person !== 'any') return m.entry.category === 'person' || m.entry.category === 'animal';
    return true;
  };
  // "He carries it": "it" is rather the thing or animal than the person.
  const prefersThing = !plural && !person;
  const ranked = (list: readonly CastMember[]): CastMember[] => (prefersThing ? [...list.filter((m) => !isHuman(m)), ...list.filter(isHuman)] : [...list]);
  const recent = [...members].reverse();
  return ranked(here).find(fits) ?? ranked(previous).find(fits) ?? ranked(recent).find(fits) ?? previous.find((m) => !taken.includes(m)) ?? recent.find((m) => !taken.includes(m)) ?? null;
}
