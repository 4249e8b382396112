import type { Motion, Relation, SettingKind } from '../vocabulary.ts';
import type { HeldAction } from './held-things.ts';
import type { MemberLook } from './member-look.ts';

/** Verbs whose object comes along behind the subject ("a mother duck leading her ducklings"). */
const LEAD_VERBS = new Set(['lead', 'guide', 'escort']);

/** Verbs whose object is hauled behind the subject ("a horse pulling a cart"). */
const TOW_VERBS = new Set(['pull', 'tow', 'drag', 'haul', 'draw']);

/** Things that are pulled behind their puller, not held in its hands or mouth. */
const TOWED = /\b(cart|wagon|waggon|sled|sledge|sleigh|plough|plow|carriage|trailer|rickshaw|buggy|chariot|coach|stagecoach|barge|caravan|log|logs|boat|canoe|kayak|raft|trolley|wheelbarrow)\b/;

/** Birds being fed, which come down to peck at the food. */
const FED_BIRDS = /\b(pigeon|dove|duck|duckling|goose|geese|gosling|swan|chicken|hen|rooster|chick|sparrow|seagull|gull|bird|turkey|peacock)\b/;
const SWIMMING_BIRDS = /\b(duck|duckling|goose|geese|gosling|swan)\b/;
const WATER_SETTINGS = new Set<SettingKind>(['lake', 'river', 'harbor', 'ocean']);

/** Verbs for giving food to animals. */
const FEED_VERBS = new Set(['feed']);

/** A relation as the shot records it. */
interface RelationDraft {
  kind: Relation;
  target: string;
  secondTarget: string | null;
}

const AIRBORNE = new Set<Motion>(['fly', 'soar', 'glide', 'float', 'drift', 'circle', 'orbit', 'land']);

/**
 * Who comes along behind whom. Something led follows its leader ("a mother
 * duck leading her ducklings across a road": the ducklings walk in a line
 * behind her), and something pulled goes behind its puller ("a horse pulling a
 * cart": the cart follows the horse, hitched behind it, instead of being held
 * in its mouth). The leader or puller keeps its verb and goes on its way.
 */
export function followLeaders(actionsOf: Map<string, HeldAction[]>, relationOf: Map<string, RelationDraft>, looks: ReadonlyMap<string, MemberLook>): void {
  for (const [leaderId, list] of [...actionsOf]) {
    for (const action of list) {
      const followerId = action.target;
      if (!followerId || followerId === leaderId) continue;
      const head = action.verb.split(' ')[0]!;
      const follower = looks.get(followerId);
      if (!follower) continue;
      const led = LEAD_VERBS.has(head);
      const towed = TOW_VERBS.has(head) && TOWED.test(`${follower.noun} ${follower.artLabel}`);
      if (!led && !towed) continue;
      // The leader goes its own way; a puller walks where it hauls rather than carrying the load.
      delete action.target;
      if (action.motion === 'carry' || action.motion === 'idle') action.motion = 'walk';
      const own = actionsOf.get(followerId) ?? [];
      // One follower pursues its leader. A brood walks the leader's way in a line behind it: the simulator starts every
      // member of a following group at the same spot behind its quarry, which would stack the ducklings into one.
      const follows = led && follower.count > 1 ? { verb: 'follow', motion: action.motion, start: action.start, end: action.end } : { verb: 'follow', motion: 'follow' as const, target: leaderId, start: action.start, end: action.end };
      if (!own.some((a) => a.verb === 'follow')) own.push(follows);
      actionsOf.set(followerId, own);
      if (!relationOf.has(followerId)) relationOf.set(followerId, { kind: 'behind', target: leaderId, secondTarget: null });
      // A brood walks single file behind its mother.
      if (led && follower.count > 1 && !follower.arrangement) follower.arrangement = 'line';
    }
  }
}

/**
 * Birds being fed ("an old man feeding pigeons in a city square") come down
 * to peck near the feeder: on the ground, or on the water where the shot has
 * water and the birds swim, unless something says they fly. Returns the ids
 * of birds that float on the water.
 */
export function peckAtFeeders(actionsOf: Map<string, HeldAction[]>, relationOf: Map<string, RelationDraft>, looks: ReadonlyMap<string, MemberLook>, setting: SettingKind): Set<string> {
  const onWater = new Set<string>();
  for (const [feederId, list] of [...actionsOf]) {
    for (const action of list) {
      const birdId = action.target;
      if (!birdId || birdId === feederId || !FEED_VERBS.has(action.verb.split(' ')[0]!)) continue;
      const bird = looks.get(birdId);
      if (!bird || bird.category !== 'bird' || !FED_BIRDS.test(`${bird.noun} ${bird.artLabel}`)) continue;
      const own = actionsOf.get(birdId) ?? [];
      if (own.some((a) => AIRBORNE.has(a.motion))) continue;
      if (!own.some((a) => a.motion === 'eat')) own.push({ verb: 'peck', motion: 'eat', start: action.start, end: action.end });
      actionsOf.set(birdId, own);
      const swims = SWIMMING_BIRDS.test(`${bird.noun} ${bird.artLabel}`) && WATER_SETTINGS.has(setting);
      if (swims) onWater.add(birdId);
      else if (!relationOf.has(birdId)) relationOf.set(birdId, { kind: 'near', target: feederId, secondTarget: null });
      if (bird.count > 2 && !bird.arrangement) bird.arrangement = 'cluster';
    }
  }
  return onWater;
}

/** Verbs for taking an animal out on foot ("walking his dog"). */
const PET_WALK_VERBS = new Set(['walk']);
const PET_WALKERS = new Set<Motion>(['walk', 'run']);

/**
 * "A man walking his dog": the dog goes where he goes, at his side and his
 * pace, rather than staying put while he walks off. The walker keeps the walk
 * (the dog still its object: a walk's target steers nothing); the animal follows him, beside him (the simulator puts a follower beside its
 * quarry at heel, just ahead). A few dogs walk his way as a group.
 */
export function walkPets(actionsOf: Map<string, HeldAction[]>, relationOf: Map<string, RelationDraft>, looks: ReadonlyMap<string, MemberLook>): void {
  for (const [walkerId, list] of [...actionsOf]) {
    if (looks.get(walkerId)?.category !== 'person') continue;
    for (const action of list) {
      const petId = action.target;
      const pet = petId ? looks.get(petId) : undefined;
      if (!petId || petId === walkerId || !pet || pet.category !== 'animal' || pet.count > 3) continue;
      if (!PET_WALK_VERBS.has(action.verb.split(' ')[0]!) || !PET_WALKERS.has(action.motion)) continue;
      const own = actionsOf.get(petId) ?? [];
      if (own.some((a) => a.motion !== 'carry' && a.motion !== 'idle')) continue;
      const follows = pet.count > 1 ? { verb: 'follow', motion: action.motion, start: action.start, end: action.end } : { verb: 'follow', motion: 'follow' as const, target: walkerId, start: action.start, end: action.end };
      own.push(follows);
      actionsOf.set(petId, own);
      if (!relationOf.has(petId)) relationOf.set(petId, { kind: 'beside', target: walkerId, secondTarget: null });
    }
  }
}
