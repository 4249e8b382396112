import type { Motion, Relation } from '../vocabulary.ts';
import type { Item, Mention } from './mentions.ts';
import { isKind, type Unit } from './unit.ts';

/**
 * Who does what to whom, and where: one sentence's noun phrases joined by
 * its verbs, prepositions and conjunctions. A small rule-based reader for
 * the shapes prompts take ("a dog chasing a cat across a park", "It spots a
 * rabbit and gives chase", "a lamp to the left of a sofa").
 */
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

/** Verbs whose object is wanted, not present. */
const SEEKING = new Set(['look for', 'search for', 'hunt for', 'wait for', 'wish for', 'dream of', 'think about', 'think of', 'dream about', 'long for', 'ask for']);

const TEXT_VERBS = new Set(['say', 'read', 'write', 'spell', 'display', 'show', 'proclaim', 'announce', 'flash']);
const CAMERA_FOLLOW_VERBS = new Set(['follow', 'track', 'chase', 'trail', 'circle', 'orbit', 'reveal', 'show', 'capture', 'film', 'focus']);

/** Reads one sentence's items. */
export function readSentence(index: number, items: readonly Item[]): SentenceReading {
  const reading: SentenceReading = {
    index, items, mentions: [], actions: [], relations: [], places: [], cameras: [], texts: [], scene: [], predicates: [],
    holds: [], startsLater: false, topic: [], sought: new Set(),
  };
  let subjects: Mention[] = [];
  let lastMention: Mention | null = null;
  let attach: Mention[] = [];
  let lastAction: ActionReading | null = null;
  let verbOpen = false; // the last thing read was a verb still looking for its object
  let pendingRelation: Unit | null = null;
  let pendingCamera: CameraReading | null = null;
  let pendingNegation: Unit | null = null;
  let pendingManner: Unit | null = null;
  let relativeFor: Mention | null = null;
  let copulaFor: Mention | null = null;
  let afterAnd = false;
  let afterComma = false;
  let clauseHasVerb = false;
  let step = 0;
  let mentionSinceAction = false;
  let lastPlace: Mention | null = null;
  let placeIsSubject = false;
  const weatherVerbs = new Set<Unit>();

  const verbAhead = (from: number): boolean => {
    for (let j = from; j < items.length; j++) {
      const it = items[j]!;
      if (it.type === 'unit' && isKind(it.unit, 'verb')) return true;
      if (it.type === 'unit' && (isKind(it.unit, 'punct') || isKind(it.unit, 'and') || isKind(it.unit, 'relation'))) return false;
    }
    return false;
  };

  items.forEach((item, k) => {
    if (item.type === 'mention') {
      const m = item.mention;
      if (m.negated) {
        for (const u of m.units) u.used = true;
        return;
      }
      if (pendingCamera && !pendingCamera.target && m.kind !== 'place') pendingCamera.target = m;
      pendingCamera = null;
      if (m.kind === 'place') {
        reading.places.push({ mention: m, via: pendingRelation, subjects: attach.length ? [...attach] : subjects });
        const afterOf = k > 0 && items[k - 1]!.type === 'unit' && isKind((items[k - 1] as { unit: Unit }).unit, 'of');
        placeIsSubject = !pendingRelation && !(lastAction && verbOpen) && !afterOf;
        if (pendingRelation) pendingRelation.used = true;
        pendingRelation = null;
        lastPlace = m;
        reading.mentions.push(m);
        verbOpen = false;
        afterAnd = afterComma = false;
        if (!lastMention && subjects.length === 0) copulaFor = m;
        return;
      }
      reading.mentions.push(m);
      // "a cozy cabin", "autumn leaves": moods and seasons said of a thing describe the scene too.
      for (const u of m.modifiers) if (isKind(u, 'ambience') || isKind(u, 'season') || isKind(u, 'time') || isKind(u, 'weather')) reading.scene.push(u);
      mentionSinceAction = true;
      placeIsSubject = false;
      if (pendingRelation) {
        const relation = pendingRelation;
        pendingRelation = null;
        const subjectsOf = attach.length ? attach : lastMention ? [lastMention] : [];
        if (relation.lemma === 'with') {
          for (const holder of subjectsOf) reading.holds.push({ holder, held: m, unit: relation });
        } else if (isKind(relation, 'relation')) {
          for (const subject of subjectsOf) {
            if (subject !== m) reading.relations.push({ subject, relation: relation.meaning.relation, unit: relation, target: m, second: null });
          }
        } else if (isKind(relation, 'direction')) {
          for (const subject of subjectsOf) if (subject !== m) reading.relations.push({ subject, relation: 'on', unit: relation, target: m, second: null });
        }
        lastMention = m;
        verbOpen = false;
        afterAnd = afterComma = false;
        return;
      }
      // "between a tree and a rock": the second reference.
      const lastRelation = reading.relations[reading.relations.length - 1];
      if (afterAnd && lastRelation?.relation === 'between' && !lastRelation.second && lastMention === lastRelation.target) {
        for (const r of reading.relations) if (r.unit === lastRelation.unit) r.second = m;
        afterAnd = false;
        lastMention = m;
        return;
      }
      if (lastAction && verbOpen && !lastAction.target && SEEKING.has(lastAction.verb.lemma)) {
        reading.sought.add(m);
        for (const unit of m.units) unit.used = true;
        verbOpen = false;
        afterAnd = afterComma = false;
        return;
      }
      if (lastAction && verbOpen && !lastAction.target) {
        lastAction.target = m;
        verbOpen = false;
        attach = [m];
        lastMention = m;
        afterAnd = afterComma = false;
        return;
      }
      if ((afterAnd || afterComma) && lastAction?.target && !verbAhead(k + 1) && !clauseStartsHere(items, k)) {
        // "eating a banana and an apple": a second object of the same verb.
        reading.actions.push({ ...lastAction, target: m, step: lastAction.step });
        attach = [m];
        lastMention = m;
        afterAnd = afterComma = false;
        return;
      }
      if ((afterAnd || afterComma) && !clauseHasVerb && subjects.length > 0) subjects.push(m);
      else {
        if (clauseHasVerb) {
          clauseHasVerb = false;
          lastAction = null;
        }
        subjects = [m];
      }
      attach = [m];
      lastMention = m;
      copulaFor = null;
      afterAnd = afterComma = false;
      return;
    }

    const u = item.unit;
    const m = u.meaning;
    switch (m.kind) {
      case 'verb': {
        // "a sign that says ...": the verb introduces text.
        if (TEXT_VERBS.has(u.lemma.split(' ')[0]!) && nextIsQuote(items, k)) {
          u.used = true;
          return;
        }
        // "a tracking shot following a deer": the camera does the following.
        const previous = items[k - 1];
        const lastCamera = reading.cameras[reading.cameras.length - 1];
        if (lastCamera && previous?.type === 'unit' && previous.unit === lastCamera.unit && CAMERA_FOLLOW_VERBS.has(u.lemma)) {
          u.used = true;
          pendingCamera = lastCamera;
          return;
        }
        let agents: Mention[];
        let implicit = false;
        let placeAgent: Mention | null = null;
        const previousMention = previous?.type === 'mention' ? previous.mention : null;
        const coordinated = (afterAnd || afterComma) && lastAction !== null && previous?.type === 'unit' && (isKind(previous.unit, 'and') || isKind(previous.unit, 'punct') || isKind(previous.unit, 'manner'));
        if (relativeFor) agents = [relativeFor];
        else if (coordinated || ((afterAnd || afterComma) && lastAction && !mentionSinceAction)) agents = lastAction!.agents;
        else if (placeIsSubject && lastPlace && previousMention === lastPlace) {
          agents = [];
          placeAgent = lastPlace;
        } else if (!isFinite(u) && previousMention && previousMention.kind !== 'place') {
          // "a black cat and a white dog sitting": the participle belongs to all the subjects.
          agents = !clauseHasVerb && subjects.length > 1 && subjects[subjects.length - 1] === previousMention ? subjects : [previousMention];
        } else if (subjects.length > 0) agents = subjects;
        else if (lastMention) agents = [lastMention];
        else {
          agents = [];
          implicit = true;
        }
        const sequential = (coordinated || ((afterAnd || afterComma) && lastAction && !mentionSinceAction)) && isFinite(u) && isFinite(lastAction!.verb);
        if (sequential) step++;
        const action: ActionReading = {
          agents, placeAgent, verb: u, motion: m.motion, target: null, direction: null, manner: pendingManner, step,
          negated: pendingNegation !== null, implicit,
        };
        if (pendingNegation) pendingNegation.used = true;
        pendingNegation = null;
        pendingManner = null;
        relativeFor = null;
        reading.actions.push(action);
        lastAction = action;
        verbOpen = true;
        clauseHasVerb = true;
        mentionSinceAction = false;
        attach = agents;
        afterAnd = afterComma = false;
        copulaFor = null;
        return;
      }
      case 'relation':
        pendingRelation = u;
        verbOpen = false;
        return;
      case 'direction':
        if (lastAction && !lastAction.direction && (verbOpen || !mentionSinceAction)) lastAction.direction = u;
        if (nextIsMention(items, k)) pendingRelation = u;
        return;
      case 'camera': {
        const camera: CameraReading = { unit: u, target: null, speed: mannerBefore(items, k) };
        reading.cameras.push(camera);
        if (m.camera.targets || isKind(nextUnit(items, k), 'of') || isKind(nextUnit(items, k), 'relation')) pendingCamera = camera;
        return;
      }
      case 'of':
        if (lastAction && verbOpen) return;
        return;
      case 'and':
        afterAnd = true;
        return;
      case 'punct':
        if (m.mark === ':' && reading.topic.length === 0 && !reading.actions.length && k <= 8) {
          // "the water cycle: ...": what comes before the colon is a title, not part of the scene.
          reading.topic = items.slice(0, k).flatMap((it) => (it.type === 'mention' ? it.mention.units : [it.unit]));
          reading.mentions.length = 0;
          reading.places.length = 0;
          subjects = [];
          lastMention = null;
          attach = [];
        }
        if (m.mark === ',' || m.mark === ';' || m.mark === ':') {
          afterComma = true;
          verbOpen = false;
          if (m.mark !== ',') {
            clauseHasVerb = false;
            subjects = [];
          }
        }
        return;
      case 'sequence':
        if (k === 0 || items.slice(0, k).every((it) => it.type === 'unit' && (isKind(it.unit, 'punct') || isKind(it.unit, 'and')))) reading.startsLater = true;
        step++;
        u.used = true;
        return;
      case 'simultaneous':
        u.used = true;
        return;
      case 'negation':
        pendingNegation = u;
        return;
      case 'relative':
        relativeFor = lastMention;
        u.used = true;
        return;
      case 'copula':
        copulaFor = subjects[0] ?? lastMention ?? copulaFor;
        u.used = true;
        return;
      case 'manner':
        if (lastAction && (verbOpen || !mentionSinceAction) && !lastAction.manner) lastAction.manner = u;
        else pendingManner = u;
        return;
      case 'quote':
        reading.texts.push({ quote: u, cues: textCues(items, k), on: lastMention });
        return;
      case 'size':
        // "growing bigger", "shrinks smaller": the size says how the action goes.
        if (lastAction && (lastAction.motion === 'grow' || lastAction.motion === 'shrink' || lastAction.motion === 'rise')) {
          u.used = true;
          return;
        }
        if (copulaFor) reading.predicates.push({ mention: copulaFor, unit: u });
        return;
      case 'color':
      case 'adjective':
      case 'natural-color':
      case 'ambience':
        if (copulaFor) reading.predicates.push({ mention: copulaFor, unit: u });
        else if (m.kind === 'ambience') reading.scene.push(u);
        return;
      case 'time':
      case 'weather':
      case 'season':
      case 'style':
      case 'arrangement':
      case 'text-cue':
        reading.scene.push(u);
        // "rain falls", "snow falling": the weather's own verb.
        if (m.kind === 'weather') {
          const after = items[k + 1];
          if (after?.type === 'unit' && isKind(after.unit, 'verb') && ['fall', 'drift', 'blow', 'sink', 'pour', 'come', 'start', 'begin', 'swirl', 'rage', 'roll', 'howl', 'whip', 'rise'].includes(after.unit.lemma.split(' ')[0]!)) {
            after.unit.used = true;
            weatherVerbs.add(after.unit);
          }
        }
        return;
      default:
        return;
    }
  });
  // Verbs the weather owns are not actions.
  for (let a = reading.actions.length - 1; a >= 0; a--) if (weatherVerbs.has(reading.actions[a]!.verb)) reading.actions.splice(a, 1);
  return reading;
}

function isFinite(u: Unit): boolean {
  return isKind(u, 'verb') && u.meaning.finite;
}

function nextUnit(items: readonly Item[], k: number): Unit | undefined {
  const next = items[k + 1];
  return next?.type === 'unit' ? next.unit : undefined;
}

function nextIsMention(items: readonly Item[], k: number): boolean {
  return items[k + 1]?.type === 'mention';
}

function nextIsQuote(items: readonly Item[], k: number): boolean {
  for (let j = k + 1; j < items.length && j < k + 4; j++) {
    const it = items[j]!;
    if (it.type === 'unit' && isKind(it.unit, 'quote')) return true;
    if (it.type === 'mention') return false;
  }
  return false;
}

/** Does a new clause start at item k ("a dog runs and a cat sleeps")? */
function clauseStartsHere(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  return next?.type === 'unit' && isKind(next.unit, 'verb');
}

function mannerBefore(items: readonly Item[], k: number): Unit | null {
  const before = items[k - 1];
  return before?.type === 'unit' && (isKind(before.unit, 'manner') || isKind(before.unit, 'size')) ? before.unit : null;
}

/** Cue words near a quote ("a title card that says", "with the words"). */
function textCues(items: readonly Item[], k: number): Unit[] {
  const cues: Unit[] = [];
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const it = items[j]!;
    if (it.type === 'unit' && (isKind(it.unit, 'text-cue') || isKind(it.unit, 'verb') && TEXT_VERBS.has(it.unit.lemma))) cues.push(it.unit);
    if (it.type === 'mention' && it.mention.units.some((u) => isKind(u, 'text-cue'))) cues.push(...it.mention.units.filter((u) => isKind(u, 'text-cue')));
    if (it.type === 'unit' && isKind(it.unit, 'punct') && it.unit.meaning.mark !== ',' && it.unit.meaning.mark !== ':') break;
  }
  for (let j = k + 1; j < items.length && j <= k + 3; j++) {
    const it = items[j]!;
    if (it.type === 'unit' && isKind(it.unit, 'text-cue')) cues.push(it.unit);
  }
  return cues;
}
