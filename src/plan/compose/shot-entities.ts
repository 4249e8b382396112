import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { Mention } from '../read/mentions.ts';
import type { ActionReading, SentenceReading } from '../read/read-sentence.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { Arrangement, Motion, Placement, Relation } from '../vocabulary.ts';
import { ANIMATE, BURSTS_OF_LIGHT, HOLDERS, LIGHT_VERBS, RIDEABLE, SHINING, STILL, TRANSFORM_VERBS, TRAVELLING, VERB_STATE_ART, WEAR_VERBS } from '../words/entity-words.ts';
import { COOKING_VERBS } from '../words/cooking-words.ts';
import { EFFECT_VERBS, VERB_MOTIONS } from '../words/motion-words.ts';
import { equipFishers, FISH_VERB, fishingAfter, fishingWithoutVerb, fishingWords } from './fishing.ts';
import { membersOf, type Cast, type CastMember } from './cast.ts';
import type { MemberLook } from './member-look.ts';
import { refineMotion } from './motion-refine.ts';
import { activityArt, personVariant } from './person-variants.ts';
import { followLeaders, peckAtFeeders, walkPets } from './followers.ts';
import { giveHeldActionsToHolders, handlerOf, holdHandledThings, leaveOnDishes, placeIsHolders } from './held-things.ts';
import { placeHintFor, placementFor } from './placement.ts';
import { isRoomScenery } from './room-scenery.ts';
import { fitSupports, walksAlongTop } from './supports.ts';
import type { SceneSetting } from './scene-setting.ts';
import { round } from './shot-groups.ts';
import { standStatuesOnPlinths } from './statues.ts';
import { TRAVELLING_ARRANGEMENT, travellingGroups } from './travelling-groups.ts';
import { AT_RELATIONS, drivesThenStops, headsTo, STOP_VERBS } from './vehicle-stops.ts';

/** Things people sit or lie on: someone on them keeps the plain art rather than a standing figure. */
const SEATS = /\b(bench|chair|armchair|sofa|couch|stool|throne|seat|bed|swing|hammock|saddle|sled|sleigh|boat|canoe|raft|car)\b/;

/**
 * The entities of one shot: who is in it, what each does and when, where
 * each stands relative to the others, and how groups are arranged.
 */
export type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];
type ActionDraft = NonNullable<EntityDraft['actions']>[number];
/** Where an entity stands relative to another, as the plan records it. */
type RelationDraft = { kind: Relation; target: string; secondTarget: string | null };

export interface ShotCastInput {
  readonly readings: readonly SentenceReading[];
  readonly cast: Cast;
  readonly looks: ReadonlyMap<string, MemberLook>;
  readonly setting: SceneSetting;
  readonly duration: number;
  readonly lex: Lexicon;
  /** The previous shot's entities, carried when this shot names none. */
  readonly previous: readonly EntityDraft[];
  /** The member who acts when a sentence gives no subject ("Runs into the woods"). */
  readonly storySubject: CastMember | null;
  readonly extraIds: { next: number };
}

export interface ShotCast {
  readonly entities: EntityDraft[];
  /** Members in the shot, in order (for camera targets and captions). */
  readonly members: CastMember[];
  /** The first member that acts: the shot's subject. */
  readonly subject: CastMember | null;
  /** Entities named but left out because the shot is full. */
  readonly overflow: Mention[];
}

/** Builds a shot's entity drafts. */
export function shotCast(input: ShotCastInput): ShotCast {
  const { readings, cast, looks, setting, duration, lex } = input;
  const members: CastMember[] = [];
  const overflow: Mention[] = [];
  const add = (member: CastMember | undefined, mention?: Mention): void => {
    if (!member || members.includes(member)) return;
    // "a blackboard in a classroom": the room's own board, drawn by the setting.
    if (isRoomScenery(setting.kind, looks.get(member.id))) {
      for (const u of mention?.units ?? []) u.used = true;
      return;
    }
    if (members.length >= LIMITS.maxEntitiesPerShot) {
      if (mention) overflow.push(mention);
      return;
    }
    members.push(member);
  };
  for (const r of readings) for (const m of r.mentions) for (const member of membersOf(cast, m)) add(member, m);
  const implicitActions = readings.flatMap((r) => r.actions.filter((a) => a.implicit));
  if (implicitActions.length > 0 && input.storySubject) add(input.storySubject);

  // Slots: actions in order of (sentence, step) share a slot when they happen together.
  const slotKeys = [...new Set(readings.flatMap((r, ri) => r.actions.filter((a) => !a.negated && a.motion).map((a) => ri * 1000 + a.step)))].sort((a, b) => a - b);
  const slotOf = (ri: number, a: ActionReading): number => Math.max(0, slotKeys.indexOf(ri * 1000 + a.step));
  const slotTime = (slot: number): { start: number; end: number | null } => {
    if (slotKeys.length <= 1) return { start: 0, end: null };
    return { start: round((slot * duration) / slotKeys.length), end: slot === slotKeys.length - 1 ? null : round(((slot + 1) * duration) / slotKeys.length) };
  };

  const twins: Array<{ after: string; draft: EntityDraft }> = [];
  const artOf = new Map<string, string>();
  const actionsOf = new Map<string, ActionDraft[]>();
  const relationOf = new Map<string, RelationDraft>();
  const placeHints = new Map<string, Placement>();
  const idOf = (m: Mention | null): string | null => {
    const member = m ? cast.of.get(m) : undefined;
    return member && members.includes(member) ? member.id : null;
  };
  let subject: CastMember | null = null;

  // Place phrases said of an entity ("a boat on the lake", "balloons floating into the sky").
  const intoSky = new Set<string>();
  for (const r of readings) {
    for (const place of r.places) {
      if (!isKind(place.mention.head, 'place')) continue;
      const relation = place.via && isKind(place.via, 'relation') ? place.via.meaning.relation : null;
      const surface = place.mention.head.meaning.surface;
      const hint = surface ? (surface === 'water-surface' && relation === 'under' ? 'underwater' : surface) : placeHintFor(relation, place.mention.head.meaning.setting, place.mention.head.meaning.key);
      for (const s of place.subjects) {
        const id = idOf(s);
        if (!id) continue;
        if (hint) placeHints.set(id, hint);
        if (hint === 'air' && place.via && ['into', 'up', 'to', 'toward', 'towards'].includes(place.via.lemma)) intoSky.add(id);
      }
    }
  }

  // Whoever fishes stands still at it; the words that said so are shown.
  // With no time given it comes after what they already do ("wades into the river and starts fishing").
  const fishes = (agents: readonly CastMember[], words: readonly Unit[], time?: { start: number; end: number | null }): void => {
    for (const agent of new Set(agents)) {
      if (!members.includes(agent) || !ANIMATE.has(looks.get(agent.id)?.category ?? '')) continue;
      const list = actionsOf.get(agent.id) ?? [];
      if (!list.some((x) => x.verb === FISH_VERB)) list.push({ verb: FISH_VERB, motion: 'idle', ...(time ?? fishingAfter(list, duration)) });
      actionsOf.set(agent.id, list);
      for (const u of words) u.used = true;
      subject ??= agent;
    }
  };

  // Actions.
  readings.forEach((r, ri) => {
    for (const a of r.actions) {
      if (a.negated) {
        a.verb.used = true;
        continue;
      }
      const verbHead = a.verb.lemma.split(' ')[0]!;
      // "a man fishing at the lake", "goes fishing": the fisher stands and fishes (a person gets a rod, see fishing.ts).
      const fishing = fishingWords(r, a);
      if (fishing) {
        fishes(a.implicit && input.storySubject ? [input.storySubject] : a.agents.flatMap((m) => membersOf(cast, m)), fishing, slotTime(slotOf(ri, a)));
        if (a.verb.used) continue;
      }
      // "a giraffe wearing a tuxedo": what is worn is on the wearer.
      if (WEAR_VERBS.has(verbHead) && a.target) {
        const wornId = idOf(a.target);
        for (const agentMention of a.agents) {
          const wearerId = idOf(agentMention);
          if (wornId && wearerId && wornId !== wearerId && !relationOf.has(wornId)) {
            relationOf.set(wornId, { kind: 'on', target: wearerId, secondTarget: null });
            a.verb.used = true;
          }
        }
        continue;
      }
      // "a child kicking a ball": the ball rolls; the child is where it was kicked from.
      const effect = EFFECT_VERBS[verbHead];
      const effectTarget = effect && a.target && !ANIMATE.has(looks.get(idOf(a.target) ?? '')?.category ?? '') ? idOf(a.target) : null;
      // "a man flipping pancakes": a cook turning food in the pan, not pancakes spinning on their own.
      if (effect && effectTarget && COOKING_VERBS.test(verbHead) && looks.get(effectTarget)?.category === 'food') {
        for (const agent of a.agents.flatMap((m) => membersOf(cast, m))) {
          const look = looks.get(agent.id);
          if (!look || look.category !== 'person' || !members.includes(agent)) continue;
          const art = activityArt(look.noun, look.artLabel, 'cook', lex);
          if (art.asset) artOf.set(agent.id, art.asset);
          const list = actionsOf.get(agent.id) ?? [];
          list.push({ verb: verbHead, motion: 'idle', target: effectTarget, ...slotTime(slotOf(ri, a)) });
          actionsOf.set(agent.id, list);
          a.verb.used = true;
        }
        if (a.verb.used) continue;
      }
      if (effect && effectTarget) {
        const list = actionsOf.get(effectTarget) ?? [];
        list.push({ verb: verbHead, motion: effect, ...slotTime(slotOf(ri, a)) });
        actionsOf.set(effectTarget, list);
        a.verb.used = true;
        continue;
      }
      // "a whale sprays water", "eggs hatch": states with a picture of their own.
      if (!a.motion) {
        for (const agentMention of a.agents) {
          const agent = cast.of.get(agentMention);
          const look = agent ? looks.get(agent.id) : undefined;
          const state = look ? VERB_STATE_ART.find(([verbs, label]) => verbs.test(verbHead) && label.test(`${look.noun} ${look.artLabel}`)) : undefined;
          const art = state ? lex.emoji(state[2]) : null;
          if (agent && art) {
            artOf.set(agent.id, art.asset);
            a.verb.used = true;
          }
        }
        if (a.verb.used) continue;
      }
      // "the city lights up": the place's windows and lamps come on (the shot is at night, see night-lights.ts).
      if (!a.motion && a.placeAgent && a.agents.length === 0 && LIGHT_VERBS.has(verbHead)) {
        a.verb.used = true;
        continue;
      }
      // "a woman painting", "a chef cooking": the person's picture shows the activity.
      if (!a.motion) {
        for (const agentMention of a.agents) {
          const agent = cast.of.get(agentMention);
          const look = agent ? looks.get(agent.id) : undefined;
          if (!agent || !look) continue;
          // "stars twinkling", "fireflies glowing": light is how their picture looks.
          if (LIGHT_VERBS.has(verbHead) && SHINING.test(`${look.artLabel} ${look.noun}`)) {
            // "fireworks light up the sky": their light is their bursts.
            if (BURSTS_OF_LIGHT.test(`${look.artLabel} ${look.noun}`)) {
              for (const member of membersOf(cast, agentMention)) {
                if (!members.includes(member)) continue;
                const list = actionsOf.get(member.id) ?? [];
                list.push({ verb: a.verb.lemma, motion: 'explode', ...slotTime(slotOf(ri, a)) });
                actionsOf.set(member.id, list);
              }
            }
            a.verb.used = true;
            continue;
          }
          if (look.category !== 'person') continue;
          const art = activityArt(look.noun, look.artLabel, verbHead, lex);
          if (art.asset) artOf.set(agent.id, art.asset);
          // Any cook stands at a range the renderer draws, whatever their picture ("grandma baking cookies").
          if (art.shown || COOKING_VERBS.test(verbHead)) {
            // The plan still says what they do (standing at it): the renderer draws the tools of the
            // trade where it can ("a chef cooking" stands at a stove with a steaming pan).
            // What they work on ("frying eggs") is the action's target: the eggs go in the pan.
            const worked = idOf(a.target);
            const target = worked && worked !== agent.id && !ANIMATE.has(looks.get(worked)?.category ?? '') ? worked : null;
            const list = actionsOf.get(agent.id) ?? [];
            if (!list.some((x) => x.verb === verbHead)) list.push({ verb: verbHead, motion: 'idle', ...(target ? { target } : {}), ...slotTime(slotOf(ri, a)) });
            actionsOf.set(agent.id, list);
            a.verb.used = true;
          }
        }
        continue;
      }
      if (a.placeAgent) {
        // "a volcano erupting", "a river winding": the place does it, and the setting shows it.
        a.verb.used = true;
        continue;
      }
      const agents = a.implicit && input.storySubject ? [input.storySubject] : [...new Set(a.agents.flatMap((m) => membersOf(cast, m)))];
      const targetId = idOf(a.target);
      const relationAround = r.relations.find((rel) => rel.relation === 'around' && a.agents.includes(rel.subject));
      // "a horse and rider galloping": the rider rides the horse.
      const mount = agents.length > 1 ? agents.find((m) => RIDEABLE.test(looks.get(m.id)?.artLabel ?? '')) : undefined;
      for (const agent of agents) {
        if (!members.includes(agent)) continue;
        const look = looks.get(agent.id)!;
        const rides = mount !== undefined && agent !== mount && look.category === 'person';
        let target = rides ? mount.id : targetId && targetId !== agent.id ? targetId : relationAround ? idOf(relationAround.target) : null;
        const motion = rides ? 'ride' : refineMotion({
          motion: a.motion,
          verb: a.verb.lemma,
          category: look.category,
          label: `${look.artLabel} ${look.noun}`,
          direction: a.direction?.meaning.kind === 'direction' ? a.direction.meaning.direction : null,
          aroundTarget: relationAround !== undefined && target !== null,
          targetLabel: a.target ? (cast.of.get(a.target) ? looks.get(cast.of.get(a.target)!.id)?.artLabel ?? null : null) : null,
          intoSky: intoSky.has(agent.id),
        });
        // "A dog barking at a cat": what it calls or looks at is what it watches.
        const lookedAt = !target && motion === 'watch' ? r.relations.find((rel) => a.agents.includes(rel.subject) && ['at', 'towards', 'toward'].includes(rel.unit.text.toLowerCase()) && idOf(rel.target) !== agent.id) : undefined;
        if (lookedAt) {
          target = idOf(lookedAt.target);
          lookedAt.unit.used = true;
        }
        // "The car stops at the red light": a vehicle that stops was on its way; it drives, then stands.
        if (STOP_VERBS.has(verbHead) && look.category === 'vehicle') {
          const list = actionsOf.get(agent.id) ?? [];
          const where = r.relations.find((rel) => a.agents.includes(rel.subject) && AT_RELATIONS.has(rel.relation));
          const at = target ?? idOf(where?.target ?? null);
          list.push(...drivesThenStops(verbHead, list, slotTime(slotOf(ri, a)), duration, at));
          // It pulls up in front of what it stops at (a traffic light stands at the kerb behind the lane).
          if (at && at !== agent.id && !relationOf.has(agent.id)) {
            relationOf.set(agent.id, { kind: 'in-front-of', target: at, secondTarget: null });
            if (where) where.unit.used = true;
          }
          actionsOf.set(agent.id, list);
          a.verb.used = true;
          subject ??= agent;
          continue;
        }
        // "A fire truck racing to a burning house": it arrives there and stops, not drives on through.
        const heading = look.category === 'vehicle' && motion === 'drive' && !target ? r.relations.find((rel) => a.agents.includes(rel.subject) && headsTo(verbHead, rel.unit.text, looks.get(idOf(rel.target) ?? '')?.category ?? null)) : undefined;
        if (heading) {
          const list = actionsOf.get(agent.id) ?? [];
          list.push({ verb: a.verb.lemma, motion: 'land', target: idOf(heading.target)!, ...slotTime(slotOf(ri, a)) });
          actionsOf.set(agent.id, list);
          heading.unit.used = true;
          a.verb.used = true;
          subject ??= agent;
          continue;
        }
        // A lamp that "sits" or a car that "waits" stands still: nothing to animate.
        if (STILL.has(motion) && !ANIMATE.has(look.category)) {
          a.verb.used = true;
          continue;
        }
        const list = actionsOf.get(agent.id) ?? [];
        if (list.length >= 16) continue;
        list.push({ verb: a.verb.lemma, motion, ...(target ? { target } : {}), ...slotTime(slotOf(ri, a)) });
        actionsOf.set(agent.id, list);
        a.verb.used = true;
        if (a.direction) a.direction.used = true;
        if (a.manner) a.manner.used = agreesWithManner(motion, a.manner.meaning.kind === 'manner' ? a.manner.meaning.manner : 'gentle');
        if (relationAround) relationAround.unit.used = true;
        subject ??= agent;
      }
    }
  });

  // "He starts fishing": fishing after a word the reader took as no verb.
  for (const r of readings) for (const said of fishingWithoutVerb(r)) fishes(membersOf(cast, said.agent), said.words);

  // "a running deer": a participle in front of the noun is an action too.
  for (const member of members) {
    const look = looks.get(member.id)!;
    for (const u of look.participles) {
      const base = u.lemma in VERB_MOTIONS ? u.lemma : u.text.toLowerCase().replace(/ing$/, '');
      const motion = VERB_MOTIONS[base] ?? VERB_MOTIONS[`${base}e`] ?? VERB_MOTIONS[base.replace(/(.)\1$/, '$1')] ?? input.lex.wordNetMotion(base);
      if (!motion) continue;
      const list = actionsOf.get(member.id) ?? [];
      if (!list.some((a) => a.motion === motion)) list.push({ verb: u.lemma, motion, start: 0, end: null });
      actionsOf.set(member.id, list);
      u.used = true;
    }
  }

  // "a camel caravan", "a convoy of trucks": on their way, in a line, when no verb says otherwise.
  const travelling = travellingGroups(readings, cast, members, looks, actionsOf);

  // Pursuits without a named quarry chase the latest other thing in the shot ("spots a rabbit and gives chase").
  for (const member of members) {
    for (const action of actionsOf.get(member.id) ?? []) {
      if (action.target || !['chase', 'follow'].includes(action.motion)) continue;
      const quarry = [...members].reverse().find((m) => m !== member);
      if (quarry) action.target = quarry.id;
    }
  }

  // "a mother duck leading her ducklings", "a horse pulling a cart": they come along behind.
  followLeaders(actionsOf, relationOf, looks);
  // "feeding pigeons": the pigeons come down to peck.
  for (const id of peckAtFeeders(actionsOf, relationOf, looks, setting.kind)) if (!placeHints.has(id)) placeHints.set(id, 'water-surface');
  // "a boy playing the violin", "a girl reading a book": the thing is in their hands while they do it.
  const holderOf = holdHandledThings(actionsOf, looks);

  // Relations between entities, and things held ("a girl with an umbrella", "a cake with candles").
  for (const r of readings) {
    for (const rel of r.relations) {
      const saidOf = idOf(rel.subject);
      // "a man reading a newspaper on a bench": a place said after a held thing is where its holder is.
      const holder = saidOf ? holderOf.get(saidOf) : undefined;
      const placeId = idOf(rel.target);
      const subjectId = holder && placeId && holder !== placeId && !relationOf.has(holder) && placeIsHolders(looks.get(placeId), looks.get(saidOf!)) ? holder : saidOf;
      const targetId = idOf(rel.target);
      if (!subjectId || !targetId || subjectId === targetId || relationOf.has(subjectId)) continue;
      let kind = rel.relation;
      // "a car crashes into a tree": into a thing that holds nothing is against it.
      if (rel.unit.lemma === 'into' && kind === 'inside' && !HOLDERS.test(looks.get(targetId)?.artLabel ?? '') && !(actionsOf.get(subjectId) ?? []).some((a) => a.motion === 'grow' || TRANSFORM_VERBS.has(a.verb))) kind = 'beside';
      if (rel.unit.lemma === 'from') kind = (actionsOf.get(subjectId) ?? []).some((a) => ['fall', 'jump', 'launch', 'sink'].includes(a.motion)) ? 'on' : 'near';
      // "fishing from a boat", "waving from a rowboat": a person who stays put is aboard, not beside it.
      if (rel.unit.lemma === 'from' && kind === 'near' && aboardFrom(looks.get(subjectId), looks.get(targetId), actionsOf.get(subjectId) ?? [])) kind = 'inside';
      if (rel.unit.lemma === 'into' && (actionsOf.get(subjectId) ?? []).some((a) => a.motion === 'grow' || TRANSFORM_VERBS.has(a.verb))) {
        // "a seed growing into a tree": the tree grows from the seed after it.
        transform(subjectId, targetId, duration, actionsOf, relationOf);
        rel.unit.used = true;
        continue;
      }
      // "a koala in a tree": in the branches, on the tree.
      if (kind === 'inside' && looks.get(targetId)?.category === 'plant') kind = 'on';
      // "a cat walking along a fence": along its top.
      if (rel.unit.lemma === 'along' && walksAlongTop(looks.get(subjectId), looks.get(targetId))) kind = 'on';
      relationOf.set(subjectId, { kind, target: targetId, secondTarget: idOf(rel.second) });
      rel.unit.used = true;
    }
    for (const hold of r.holds) {
      const saidHolder = idOf(hold.holder);
      const heldId = idOf(hold.held);
      if (!saidHolder || !heldId || saidHolder === heldId) continue;
      // "walking his dog with an umbrella": the umbrella is in the walker's hands, not the dog's.
      const holderId = handlerOf(saidHolder, heldId, actionsOf, looks);
      const holder = looks.get(holderId)!;
      const held = looks.get(heldId)!;
      hold.unit.used = true;
      if ((holder.category === 'person' || holder.category === 'animal') && ['object', 'food', 'plant', 'symbol'].includes(held.category) && held.size <= 1.5) {
        const list = actionsOf.get(holderId) ?? [];
        if (!list.some((a) => a.target === heldId)) list.push({ verb: 'hold', motion: 'carry', target: heldId, start: 0, end: null });
        actionsOf.set(holderId, list);
      } else if (!relationOf.has(heldId) && holder.count === 1) {
        // "a cake with candles": small things sit on what has them; bigger ones stand beside it.
        const on = ['object', 'food', 'building', 'plant', 'vehicle'].includes(holder.category) && ['object', 'food', 'plant', 'symbol'].includes(held.category) && held.size <= holder.size;
        relationOf.set(heldId, { kind: on ? 'on' : 'beside', target: holderId, secondTarget: null });
      }
    }
    for (const u of r.scene) {
      if (u.meaning.kind !== 'arrangement') continue;
      const arrangement = u.meaning.arrangement;
      // "a black cat and a white dog sitting side by side": the second stands beside the first.
      const singles = members.filter((m) => (looks.get(m.id)?.count ?? 1) === 1);
      if (u.lemma.startsWith('side by side') && singles.length >= 2) {
        for (let k = 1; k < singles.length; k++) if (!relationOf.has(singles[k]!.id)) relationOf.set(singles[k]!.id, { kind: 'beside', target: singles[k - 1]!.id, secondTarget: null });
        u.used = true;
      }
      for (const m of members) {
        const look = looks.get(m.id)!;
        if (look.count > 1 && !look.arrangement) {
          look.arrangement = arrangement;
          u.used = true;
        }
      }
      // "a dog, a cat and a bird standing in a row": single things already stand in a row.
      if ((arrangement === 'row' || arrangement === 'line') && members.length >= 2) u.used = true;
    }
  }

  leaveOnDishes(actionsOf, holderOf, relationOf, looks);
  // "a girl with an umbrella walking": the walk read onto the umbrella is hers.
  for (const [heldId, holderId] of giveHeldActionsToHolders(actionsOf, looks)) {
    if (subject?.id === heldId) subject = members.find((m) => m.id === holderId) ?? subject;
  }
  // "a man walking his dog": the dog comes along at his side.
  walkPets(actionsOf, relationOf, looks);

  // Riders sit on what they ride; drivers sit in what they drive.
  for (const member of members) {
    for (const action of actionsOf.get(member.id) ?? []) {
      if (!action.target || relationOf.has(member.id)) continue;
      const carrier = looks.get(action.target)?.category ?? '';
      const rideable = ['vehicle', 'boat', 'aircraft', 'animal'].includes(carrier);
      if (action.motion === 'ride' && rideable) relationOf.set(member.id, { kind: 'on', target: action.target, secondTarget: null });
      // "a man sailing a boat", "rowing a boat": aboard it, and the boat is what sails (a person does not sail the sea alone).
      if (action.motion === 'sail' && carrier === 'boat' && looks.get(member.id)?.category === 'person') {
        action.motion = 'ride';
        relationOf.set(member.id, { kind: 'inside', target: action.target, secondTarget: null });
      }
      if (action.motion === 'drive' && ['vehicle', 'boat', 'aircraft'].includes(carrier) && !['vehicle', 'boat', 'aircraft'].includes(looks.get(member.id)?.category ?? '')) {
        relationOf.set(member.id, { kind: 'inside', target: action.target, secondTarget: null });
      }
    }
  }

  // "between two trees": two trees, so the ball can stand between them.
  for (const [id, rel] of relationOf) {
    if (rel.kind !== 'between' || rel.secondTarget) continue;
    const target = members.find((m) => m.id === rel.target);
    const look = target ? looks.get(target.id) : undefined;
    if (!target || !look || look.count !== 2) continue;
    const twinId = `e${input.extraIds.next++}`;
    look.count = 1;
    twins.push({ after: target.id, draft: { id: twinId, noun: look.noun, asset: look.asset, category: look.category, count: 1, color: look.color, size: look.size, layout: { x: null, depth: 0.3, placement: 'ground', arrangement: 'row', relation: null }, actions: [] } });
    relationOf.set(id, { ...rel, secondTarget: twinId });
  }

  const entities: EntityDraft[] = [];
  for (const member of members) {
    const look = looks.get(member.id)!;
    const actions = actionsOf.get(member.id) ?? [];
    const motions = actions.map((a) => a.motion);
    const relation = onDeck(relationOf.get(member.id) ?? null, actions, looks);
    let asset = artOf.get(member.id) ?? look.asset;
    // What they do, not what they hold: "a girl with an umbrella walking" is a walking figure.
    const first = actions.find((a) => a.motion !== 'carry') ?? actions[0];
    // Someone placed on or in something keeps the plain art (a rider, a sitter), unless they travel there ("a man
    // walking on a bridge" walks) or stand on something that is no seat or mount ("a boy standing on a rock").
    const travels = first !== undefined && TRAVELLING.has(first.motion);
    const support = relation?.kind === 'on' ? looks.get(relation.target) : undefined;
    const stands = (first === undefined || first.motion === 'idle' || first.motion === 'carry') && support !== undefined && !RIDEABLE.test(`${support.noun} ${support.artLabel}`) && !SEATS.test(`${support.noun} ${support.artLabel}`);
    // Aboard a boat the hull hides the legs: a standing figure shows more than a head on the gunwale.
    const aboard = (relation?.kind === 'inside' || relation?.kind === 'on') && looks.get(relation.target)?.category === 'boat';
    if (!artOf.has(member.id) && (!relation || travels || stands || aboard)) asset = personVariant(look.noun, asset, first?.verb.split(' ')[0] ?? '', first?.motion ?? 'idle', lex) ?? asset;
    const placement = placementFor({ category: look.category, label: look.artLabel, noun: look.noun, motions, setting: setting.kind, placeHint: placeHints.get(member.id) ?? null, hasRelation: relation !== null });
    entities.push({
      id: member.id,
      noun: look.noun,
      asset,
      category: look.category,
      count: look.count,
      color: look.color,
      size: round(look.size),
      layout: { x: null, depth: 0.3, placement, arrangement: travelling.has(member.id) && !look.arrangement ? TRAVELLING_ARRANGEMENT : arrangementFor(look, placement, motions), relation },
      actions,
    });
    for (const twin of twins) if (twin.after === member.id) entities.push({ ...twin.draft, layout: { ...twin.draft.layout!, placement } });
    // "a burning castle": flames on the castle.
    const fire = look.onFire ? lex.emoji('1f525') : null;
    if (fire) {
      const fireId = `${member.id}-fire`;
      entities.push({ id: fireId, noun: 'fire', asset: fire.asset, category: 'object', count: 1, color: null, size: 0.6, layout: { x: null, depth: 0.3, placement, arrangement: 'row', relation: { kind: 'on', target: member.id, secondTarget: null } }, actions: [] });
    }
  }
  if (entities.length === 0 && input.previous.length > 0) return { entities: input.previous.map((e) => structuredClone(e)), members, subject, overflow };
  equipFishers(entities, lex);
  // "a bronze horse statue": the horse on a plinth, sized by fitSupports like a rock stood on.
  standStatuesOnPlinths(entities, (id) => looks.get(id)?.statue === true, input.extraIds);
  // A lion on a rock stands on a boulder; an owl on a branch perches in a tree.
  fitSupports(entities);
  return { entities: entities.slice(0, LIMITS.maxEntitiesPerShot), members, subject: subject ?? members[0] ?? null, overflow };
}

/** Whether someone doing something "from" a boat is aboard it: a person or animal on a boat, not going anywhere. */
function aboardFrom(subject: MemberLook | undefined, target: MemberLook | undefined, actions: readonly ActionDraft[]): boolean {
  if (!subject || target?.category !== 'boat' || (subject.category !== 'person' && subject.category !== 'animal')) return false;
  return !actions.some((a) => TRAVELLING.has(a.motion));
}

/** Art whose top is a deck to travel along. */
const DECKS = new Set(['drawn:bridge']);

/**
 * Crossing a bridge is done on its deck: "a train crossing a bridge", "a car
 * driving over a bridge" and "a man walking across a bridge" travel on top of
 * it, not past it in the water or floating over its parapet.
 */
function onDeck(
  relation: RelationDraft | null,
  actions: readonly ActionDraft[],
  looks: ReadonlyMap<string, MemberLook>,
): RelationDraft | null {
  const moving = actions.some((a) => TRAVELLING.has(a.motion) || a.motion === 'drive');
  if (!moving) return relation;
  const isDeck = (id: string | null | undefined): id is string => id != null && DECKS.has(looks.get(id)?.asset ?? '');
  if (relation && (relation.kind === 'over' || relation.kind === 'across' || relation.kind === 'on') && isDeck(relation.target)) {
    return { kind: 'on', target: relation.target, secondTarget: null };
  }
  const crossed = actions.find((a) => isDeck(a.target));
  return !relation && crossed ? { kind: 'on', target: crossed.target!, secondTarget: null } : relation;
}

function transform(fromId: string, toId: string, duration: number, actionsOf: Map<string, ActionDraft[]>, relationOf: Map<string, RelationDraft>): void {
  const half = round(duration / 2);
  const from = actionsOf.get(fromId) ?? [];
  // A seed grows into a tree; a caterpillar turning into a butterfly shrinks away as the butterfly appears.
  for (const a of from) {
    if (a.motion !== 'grow' && TRANSFORM_VERBS.has(a.verb)) a.motion = 'shrink';
    if (a.motion === 'grow' || a.motion === 'shrink') a.end = half;
  }
  const to = actionsOf.get(toId) ?? [];
  to.push({ verb: 'grow', motion: 'grow', start: half, end: null });
  actionsOf.set(toId, to);
  relationOf.set(toId, { kind: 'on', target: fromId, secondTarget: null });
}

function arrangementFor(look: MemberLook, placement: Placement, motions: readonly Motion[]): Arrangement {
  if (look.arrangement) return look.arrangement;
  if (look.count <= 1) return 'row';
  if ((placement === 'air' || placement === 'underwater') && (look.count >= 4 || motions.some((m) => m === 'fly' || m === 'swim'))) return 'flock';
  if (look.count >= 6) return 'scatter';
  return motions.some((m) => TRAVELLING.has(m)) && look.count >= 3 ? 'cluster' : 'row';
}

/** Whether a manner adverb agrees with the motion drawn ("drifts slowly" yes; "runs slowly" no). */
function agreesWithManner(motion: Motion, manner: 'slow' | 'fast' | 'gentle'): boolean {
  if (manner === 'gentle') return true;
  const slow = new Set<Motion>(['walk', 'drift', 'float', 'sway', 'glide', 'sink', 'rise', 'grow', 'shrink', 'melt', 'orbit', 'circle', 'sit', 'sleep', 'idle', 'watch', 'soar', 'spin', 'roll', 'swim', 'sail', 'fly', 'eat', 'drink', 'follow']);
  const fast = new Set<Motion>(['run', 'gallop', 'chase', 'flee', 'fly', 'launch', 'explode', 'jump', 'hop', 'bounce', 'spin', 'roll', 'drive', 'fall', 'dance', 'swim', 'trot']);
  return manner === 'slow' ? slow.has(motion) : fast.has(motion);
}

