import { HOOP_ART } from '../../assets/drawn-sport.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { ScenePlanInput } from '../schema.ts';

/**
 * Balls thrown and shot: "a basketball player shooting a hoop" throws a
 * basketball in an arc through a hoop (the player jumps, never launches like
 * a rocket); "a soccer player shooting at goal" sends the ball into the goal;
 * "a boy throwing a ball to his dog" throws it to the dog. The plan links
 * them so the simulator can fly the ball between them: the thrower's action
 * targets the ball, the ball's flight ('fly', verb 'throw') targets where it goes.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];
type ActionDraft = NonNullable<EntityDraft['actions']>[number];

/** Verbs (lemmas) of sending a ball through the air. */
export const THROW_VERBS = /^(shoot|throw|toss|lob|fling|hurl|pass|dunk|pitch|chuck)$/;

/** Verbs of throwing anything, a stone as well as a ball (shooting and passing are of balls). */
const FLINGS = /^(throw|toss|lob|fling|hurl|chuck)$/;

/** Nouns of balls and other thrown toys. */
const BALL = /(^|\s)(balls?|basketballs?|footballs?|volleyballs?|netballs?|frisbees?)$/;

/** Nouns of a basketball hoop. */
const HOOP = /^(hoops?|basket|basketball (hoop|net|basket)s?|rim)$/;

/** Nouns of what is played at (a hoop or a goal). */
const AIMED_AT = /^(hoops?|basket|basketball (hoop|net|basket)s?|rim|goals?|goalposts?|net)$/;

/** Anything said of basketball. */
const BASKETBALL = /\b(basketball|netball|hoops?|basket|dunk)\b/;

/** Who plays a ball game: shooting is at a goal or a hoop. */
const PLAYER = /\b(player|players|footballer|footballers|striker|forward|baller)s?$/;

/** Kinds of thing that are thrown at or to, never thrown. */
const ANIMATE = new Set(['person', 'animal', 'bird', 'fish', 'insect']);

/** Face emoji of people and the standing figures that throw in their place. */
const STANDING: Readonly<Record<string, string>> = { 'emoji:1f9d1': 'emoji:1f9cd', 'emoji:1f468': 'emoji:1f9cd-200d-2642', 'emoji:1f469': 'emoji:1f9cd-200d-2640' };

/** The drawn hoop stands about twice a player's height. */
const HOOP_SIZE = 2.6;

/**
 * Sets up every throw in the shot: the thrower jumps (a basketball shot) or
 * stands, facing where the ball goes, and the ball flies there. Adds the ball
 * when none is said, and a drawn hoop for a basketball shot with no hoop said.
 */
export function throwBalls(entities: EntityDraft[], lex: Lexicon, extraIds: { next: number }): void {
  const byId = (id: string | null | undefined): EntityDraft | undefined => (id ? entities.find((e) => e.id === id) : undefined);
  // A ball thrown with no thrower said ("a boy throwing a ball to his dog" reads the throw as the ball's).
  for (const ball of entities.filter((e) => BALL.test(e.noun.toLowerCase()) && (e.actions ?? []).some((a) => THROW_VERBS.test(a.verb)))) {
    if (entities.some((e) => (e.actions ?? []).some((a) => a.target === ball.id && THROW_VERBS.test(a.verb)))) continue;
    const thrower = entities.find((e) => e.category === 'person' && (e.actions ?? []).every((a) => a.motion === 'idle'));
    if (thrower) thrower.actions = [{ verb: 'throw', motion: 'idle', target: ball.id, start: 0, end: null }];
  }
  for (const thrower of [...entities]) {
    if (thrower.category !== 'person') continue;
    // "Kids playing basketball": playing a ball game is shooting at its hoop.
    const throwing = (thrower.actions ?? []).find((a) => THROW_VERBS.test(a.verb) || (a.verb === 'play' && BASKETBALL.test(byId(a.target)?.noun.toLowerCase() ?? '')));
    if (!throwing) continue;
    const said = byId(throwing.target);
    const basketball = BASKETBALL.test(entities.map((e) => e.noun.toLowerCase()).join(' '));
    // The ball: what was said thrown (a ball, a stone), or any ball in the shot, or a new one where a game is played.
    const thrownSaid = said && !AIMED_AT.test(said.noun.toLowerCase()) && !ANIMATE.has(said.category ?? '') ? said : undefined;
    let ball = thrownSaid ?? entities.find((e) => BALL.test(e.noun.toLowerCase()));
    const game = basketball || PLAYER.test(thrower.noun.toLowerCase()) || entities.some((e) => AIMED_AT.test(e.noun.toLowerCase()));
    if (!game && !(ball && BALL.test(ball.noun.toLowerCase())) && !FLINGS.test(throwing.verb)) {
      // "A man shooting a gun", "a hunter shooting": not a ball game; a person never launches like a rocket.
      if (throwing.motion === 'launch') thrower.actions = (thrower.actions ?? []).map((a) => (a === throwing ? { ...a, motion: thrownSaid ? 'carry' : 'idle' } : a));
      continue;
    }
    if (!ball) {
      if (!game) continue;
      const art = lex.noun(basketball ? 'basketball' : 'soccer ball');
      if (!art || entities.length >= LIMITS.maxEntitiesPerShot) continue;
      ball = { id: `e${extraIds.next++}`, noun: basketball ? 'basketball' : 'ball', asset: art.asset, category: art.category, count: 1, color: null, size: 1, layout: { ...thrower.layout!, relation: null }, actions: [] };
      entities.push(ball);
    }
    // Where it goes: what was shot at, else what the ball was thrown to, else a hoop or goal in the shot.
    let aim = said && said !== ball ? said : (byId(ball.layout?.relation?.target) ?? byId(thrower.layout?.relation?.target) ?? entities.find((e) => AIMED_AT.test(e.noun.toLowerCase())));
    if (aim === thrower) aim = undefined;
    if (!aim && basketball && entities.length < LIMITS.maxEntitiesPerShot) {
      aim = { id: `e${extraIds.next++}`, noun: 'hoop', asset: HOOP_ART, category: 'object', count: 1, color: null, size: HOOP_SIZE, layout: { ...thrower.layout!, relation: null }, actions: [] };
      entities.push(aim);
    }
    if (aim && HOOP.test(aim.noun.toLowerCase()) && basketball) {
      // "Shooting hoops" is at one hoop.
      aim.count = 1;
      aim.asset = HOOP_ART;
      aim.category = 'object';
      aim.size = HOOP_SIZE;
    }
    const span = { start: throwing.start ?? 0, end: throwing.end ?? null };
    // A basketball shot is a jump shot; anyone else throws standing.
    const motion = basketball ? 'jump' : 'idle';
    thrower.actions = [{ verb: throwing.verb === 'play' ? 'shoot' : throwing.verb, motion, target: ball.id, ...span }];
    // A player is drawn standing, whole, not as a face.
    thrower.asset = STANDING[thrower.asset] ?? thrower.asset;
    const flight: ActionDraft = { verb: 'throw', motion: 'fly', ...span, ...(aim ? { target: aim.id } : {}) };
    ball.actions = [flight];
    // The ball starts in the thrower's hands, so near them; it is not "near" whatever it was said to go to.
    ball.layout = { ...ball.layout!, x: thrower.layout?.x ?? null, depth: thrower.layout?.depth ?? 0.3, placement: 'air', relation: null };
    if (aim) {
      // Thrower on the left, what they throw at on the right, at the same depth.
      const depth = thrower.layout?.depth ?? 0.3;
      thrower.layout = { ...thrower.layout!, x: -0.45, depth, relation: null };
      ball.layout = { ...ball.layout, x: -0.45 };
      aim.layout = { ...aim.layout!, x: 0.45, depth, relation: null };
    }
  }
}
