import { BODY_PARTS } from '../words/body-words.ts';
import {
  ANIMALS, BUILT_IN_PARTS, CAMERA_FOLLOW_VERBS, CAMERA_PURPOSE_VERBS, CATENATIVE, CONTAINERS, KIN, MADE_OF, SEEKING, TEXT_VERBS,
  WITH_WORDS, YOUNG_KIN, placeAsThing,
} from '../words/clause-words.ts';
import { COLOR_WORDS, MATERIAL_COLORS } from '../words/color-words.ts';
import { byAgent, clauseStartsHere, isFinite, mannerBefore, nextIsMention, nextIsQuote, nextUnit, textCues } from './items.ts';
import type { Item, Mention } from './mentions.ts';
import type { ActionReading, CameraReading, SentenceReading } from './sentence-reading.ts';
import { isKind, type Unit } from './unit.ts';
import { isStatueWord, SHOWN_AS_STATUES } from '../words/statue-words.ts';

export type { ActionReading, CameraReading, PlaceReading, RelationReading, SentenceReading, TextReading } from './sentence-reading.ts';

/** The same phrase read as a thing rather than a place. */
function asThing(m: Mention): Mention {
  const head = m.head as { meaning: Unit['meaning'] };
  if (head.meaning.kind === 'place' && head.meaning.entry) head.meaning = { kind: 'entity', entry: head.meaning.entry, key: head.meaning.key, plural: /s$/.test(m.head.text) && !/ss$/.test(m.head.text) };
  return { ...m, kind: 'entity', plural: m.plural || (head.meaning.kind === 'entity' && head.meaning.plural) };
}

/**
 * Who does what to whom, and where: reads one sentence's noun phrases joined
 * by its verbs, prepositions and conjunctions. A small rule-based reader for
 * the shapes prompts take ("a dog chasing a cat across a park", "It spots a
 * rabbit and gives chase", "a lamp to the left of a sofa").
 */
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
  // "a car with shiny wheels driving": a part its owner's picture has stands for the owner when a verb follows.
  const builtInPartOf = new Map<Mention, Mention>();
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
      let m = item.mention;
      if (m.negated) {
        for (const u of m.units) u.used = true;
        return;
      }
      // "its tail", "holding hands", "on one leg": a body part of someone already there is not drawn on its own.
      const bodyPart = m.kind === 'entity' && (BODY_PARTS.has(m.head.lemma) || BODY_PARTS.has(m.head.text.toLowerCase()));
      const someoneThere = reading.mentions.some((o) => o !== m && isKind(o.head, 'entity') && ['person', 'animal', 'bird', 'fish', 'insect'].includes(o.head.meaning.entry.category));
      if (bodyPart && (m.possessive || someoneThere)) {
        for (const u of m.units) u.used = true;
        return;
      }
      // "a baby elephant following its mother", "a lion sleeping while a cub plays": kin of an animal are the same animal.
      const possessor = subjects[0] ?? lastMention ?? reading.mentions.find((o) => o.kind === 'entity');
      const young = YOUNG_KIN.has(m.head.lemma) && !m.possessive;
      if ((m.possessive && KIN.has(m.head.lemma) || young) && m.kind === 'entity' && possessor && possessor !== m && isKind(possessor.head, 'entity') && ANIMALS.has(possessor.head.meaning.entry.category)) {
        (m.head as { meaning: Unit['meaning'] }).meaning = { ...possessor.head.meaning, plural: m.plural, color: undefined };
        m.size = { scale: young ? 0.6 : 1.6, units: [] };
      }
      // "between a church and a bakery", "behind the clouds": a place word used as a thing beside another thing.
      if (m.kind === 'place' && pendingRelation && isKind(pendingRelation, 'relation') && (attach.length > 0 || lastMention) && isKind(m.head, 'place') && m.head.meaning.entry && placeAsThing(m.head.meaning.setting, pendingRelation.meaning.relation, m.head.meaning.key)) {
        m = asThing(m);
      }
      if (pendingCamera && !pendingCamera.target && m.kind !== 'place') pendingCamera.target = m;
      pendingCamera = null;
      if (m.kind === 'place') {
        // "a sunflower field": the things in a place's name are in the place (a "hospital hallway" is no hospital in view).
        for (const u of m.modifiers) {
          if (!isKind(u, 'entity') || u.meaning.entry.category === 'building') continue;
          const inside: Mention = { ...m, kind: 'entity', head: u, units: [u], modifiers: [], count: null, plural: true, color: null, size: null, arrangement: null, naturalColor: null };
          reading.mentions.push(inside);
        }
        reading.places.push({ mention: m, via: pendingRelation, subjects: attach.length ? [...attach] : subjects });
        // "the planets of the solar system" is no subject; "a view of a river winding" is.
        const afterOf = k > 1 && items[k - 1]!.type === 'unit' && isKind((items[k - 1] as { unit: Unit }).unit, 'of') && items[k - 2]!.type === 'mention';
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
      // "a kitchen table", "a road sign": the place in a thing's name is a hint of where it is.
      for (const u of m.modifiers) {
        if (isKind(u, 'place')) reading.places.push({ mention: { ...m, kind: 'place', head: u, units: [u], modifiers: [] }, via: null, subjects: [m], weak: true });
      }
      // "a cozy cabin", "autumn leaves": moods and seasons said of a thing describe the scene too.
      for (const u of m.modifiers) if (isKind(u, 'ambience') || isKind(u, 'season') || isKind(u, 'time') || isKind(u, 'weather')) reading.scene.push(u);
      mentionSinceAction = true;
      placeIsSubject = false;
      if (pendingRelation) {
        const relation = pendingRelation;
        pendingRelation = null;
        const subjectsOf = attach.length ? attach : lastMention ? [lastMention] : [];
        // "a robot made of cheese": the material colours the thing; it is not a second thing.
        if (MADE_OF.has(relation.lemma) && subjectsOf[0]) {
          const hex = MATERIAL_COLORS[m.head.lemma] ?? MATERIAL_COLORS[m.head.text.toLowerCase()] ?? COLOR_WORDS[m.head.lemma];
          if (hex) {
            const subject = subjectsOf[0];
            if (!subject.color) subject.color = { hex, name: m.head.text.toLowerCase(), units: [relation, ...m.units] };
            for (const unit of [relation, ...m.units]) unit.used = true;
            reading.mentions.pop();
            return;
          }
        }
        // "a police car with flashing lights": parts its picture already has.
        const holder = subjectsOf[0];
        const part = holder && isKind(holder.head, 'entity') ? BUILT_IN_PARTS.find(([art, parts]) => art.test(holder.head.meaning.kind === 'entity' ? holder.head.meaning.entry.label : '') && parts.test(m.head.lemma)) : undefined;
        if (WITH_WORDS.has(relation.lemma) && part && holder) {
          for (const unit of [relation, ...m.units]) unit.used = true;
          builtInPartOf.set(m, holder);
          reading.mentions.pop();
          return;
        }
        if (WITH_WORDS.has(relation.lemma)) {
          relation.used = true;
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
      const before = items[k - 1];
      // "a statue of a horse": the horse is what the statue shows (compose/statues.ts), not a live horse beside it.
      if (before?.type === 'unit' && isKind(before.unit, 'of') && lastMention && items[k - 2]?.type === 'mention' && (items[k - 2] as { mention: Mention }).mention === lastMention && lastMention.kind === 'entity' && isStatueWord(lastMention.head.lemma) && isKind(m.head, 'entity') && SHOWN_AS_STATUES.has(m.head.meaning.entry.category)) {
        lastMention.modifiers.push(m.head);
        lastMention.color ??= m.color;
        for (const unit of [before.unit, ...m.units]) if (unit !== m.head) unit.used = true;
        reading.mentions.pop();
        return;
      }
      // "a basket of apples": the apples are in the basket, and the phrase is about the basket.
      if (before?.type === 'unit' && isKind(before.unit, 'of') && lastMention && lastMention.kind === 'entity' && items[k - 2]?.type === 'mention' && (items[k - 2] as { mention: Mention }).mention === lastMention) {
        if (CONTAINERS.has(lastMention.head.lemma)) reading.relations.push({ subject: m, relation: 'inside', unit: before.unit, target: lastMention, second: null });
        before.unit.used = true;
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
      // "a cow drinking water": the water is drunk, not drawn.
      const drunk = lastAction?.motion === 'drink' && ['water', 'milk', 'juice', 'wine', 'beer', 'soda', 'nectar', 'tea', 'lemonade', 'dew', 'sap', 'potion'].includes(m.head.lemma);
      if (lastAction && verbOpen && !lastAction.target && (SEEKING.has(lastAction.verb.lemma) || drunk)) {
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
        // "learn to fly", "tries to jump": the verb after "to" is the action.
        if (CATENATIVE.has(u.lemma) && nextUnit(items, k)?.lemma === 'to' && isKind(items[k + 2]?.type === 'unit' ? (items[k + 2] as { unit: Unit }).unit : undefined, 'verb')) {
          u.used = true;
          return;
        }
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
        // "zoom out ... to reveal a garden": the verb says what the camera shows.
        const infinitive = previous?.type === 'unit' && previous.unit.lemma === 'to';
        if (lastCamera && CAMERA_PURPOSE_VERBS.has(u.lemma) && (!isFinite(u) || infinitive) && !subjects.length) {
          u.used = true;
          return;
        }
        // "the ball was kicked by the boy": the one after "by" does it, to the subject.
        const passive = previous?.type === 'unit' && isKind(previous.unit, 'copula') && /ed$/.test(u.text.toLowerCase()) && subjects.length > 0 && byAgent(items, k);
        if (passive) {
          const agent = byAgent(items, k)!;
          const action: ActionReading = { agents: [agent.mention], placeAgent: null, verb: u, motion: m.motion, target: subjects[0]!, direction: null, manner: null, step, negated: false, implicit: false };
          reading.actions.push(action);
          agent.by.used = true;
          lastAction = action;
          verbOpen = false;
          clauseHasVerb = true;
          return;
        }
        let agents: Mention[];
        let implicit = false;
        let placeAgent: Mention | null = null;
        const previousMention = previous?.type === 'mention' ? (builtInPartOf.get(previous.mention) ?? previous.mention) : null;
        const coordinated = (afterAnd || afterComma) && lastAction !== null && previous?.type === 'unit' && (isKind(previous.unit, 'and') || isKind(previous.unit, 'punct') || isKind(previous.unit, 'manner'));
        if (relativeFor) agents = [relativeFor];
        else if (coordinated || ((afterAnd || afterComma) && lastAction && !mentionSinceAction)) agents = lastAction!.agents;
        else if (previous?.type === 'unit' && previous.unit.lemma === 'to' && lastAction && CATENATIVE.has(items[k - 2]?.type === 'unit' ? (items[k - 2] as { unit: Unit }).unit.lemma : '')) agents = subjects.length ? subjects : lastAction.agents;
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
        if (u.used) return; // "by" of a passive, already read
        pendingRelation = u;
        verbOpen = false;
        return;
      case 'direction':
        if (lastAction && !lastAction.direction && (verbOpen || !mentionSinceAction || (items[k - 1]?.type === 'mention' && (items[k - 1] as { mention: Mention }).mention === lastAction.target))) lastAction.direction = u;
        if (nextIsMention(items, k)) pendingRelation = u;
        return;
      case 'camera': {
        const camera: CameraReading = { unit: u, target: null, speed: mannerBefore(items, k) };
        if (m.camera.later) reading.startsLater = true;
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
        // "a lion sleeping while a cub plays": a new clause at the same moment.
        u.used = true;
        verbOpen = false;
        if (clauseHasVerb) {
          clauseHasVerb = false;
          subjects = [];
        }
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
        // "an elephant that is bigger than a house": the size is the subject's.
        if (copulaFor && isKind(u, 'size')) {
          copulaFor.size ??= { scale: u.meaning.scale, units: [u] };
          if (copulaFor.size.units.includes(u)) u.used = true;
          if (nextUnit(items, k)?.lemma === 'than') nextUnit(items, k)!.used = true;
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
          if (after?.type === 'unit' && isKind(after.unit, 'verb') && ['fall', 'drift', 'blow', 'sink', 'pour', 'come', 'start', 'begin', 'swirl', 'rage', 'roll', 'howl', 'whip', 'rise', 'strike', 'flash', 'crash', 'approach', 'arrive', 'hit', 'lash', 'fill', 'cover', 'clear', 'gather', 'move'].includes(after.unit.lemma.split(' ')[0]!)) {
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
