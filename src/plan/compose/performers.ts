import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { ScenePlanInput } from '../schema.ts';

/**
 * People who perform: "a band playing music" is musicians each with an
 * instrument in their hands, playing in time (there is no picture of a band,
 * only of a person); "a girl doing ballet" dances and turns, ballet being
 * what she does, not a pair of shoes on the floor.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];
type ActionDraft = NonNullable<EntityDraft['actions']>[number];

/** Nouns of a group of musicians. */
const BAND = /^((rock|pop|jazz|punk|metal|indie|brass|school|live|boy|girl|music|musical|wedding|country|folk) )?(band|bands|musicians)$/;

/** What a band plays, in who-joins-first order: guitar, singer, drums, keys. */
/** Sizes are of the instrument's art, which draws a drum and keys as big as a guitar. */
const LINE_UP: ReadonlyArray<{ noun: string; instrument: string; size: number; asset: string }> = [
  { noun: 'guitarist', instrument: 'guitar', size: 1, asset: 'emoji:1f9cd-200d-2642' },
  { noun: 'singer', instrument: 'microphone', size: 0.8, asset: 'emoji:1f9cd-200d-2640' },
  { noun: 'drummer', instrument: 'drum', size: 0.6, asset: 'emoji:1f9cd-200d-2642' },
  { noun: 'keyboard player', instrument: 'musical keyboard', size: 0.45, asset: 'emoji:1f9cd-200d-2640' },
];

/** Nouns that name music itself, which a band's playing shows (no floating notes beside them). */
const MUSIC = /^(music|song|songs|tune|tunes|melody|concert|gig|rock|jazz|pop)$/;

/** Dances said as things done ("doing ballet", "dancing the tango"): the doing is the dance. */
export const DANCE_NOUNS = /^(ballet|dance|dances|dancing|tango|waltz|salsa|tap dance|ballroom dance|hip hop|breakdance|breakdancing|pirouettes?)$/;

/** Dancers who turn as they dance. */
const TURNING_DANCERS = /^(ballerinas?|ballet dancers?|ballet girls?|figure skaters?)$/;

/** Seconds of dancing between turns, and of one turn, for a ballet dancer. */
const DANCE_SPELL = 1.6;
const TURN_SPELL = 1.1;

/**
 * Splits each band into its musicians, each holding their instrument and
 * playing it (a gentle sway for the singer, the beat for the rest), and
 * takes away the "music" they were said to play.
 */
export function formBands(entities: EntityDraft[], lex: Lexicon, extraIds: { next: number }): void {
  for (const band of [...entities]) {
    if (band.category !== 'person' || !BAND.test(band.noun.toLowerCase())) continue;
    const members = Math.min(LINE_UP.length, Math.max(2, band.count ?? 4));
    if (entities.length + members * 2 - 1 > LIMITS.maxEntitiesPerShot) continue;
    const played = band.actions ?? [];
    const span = played[0] ? { start: played[0].start, end: played[0].end } : {};
    // Music played by the band shows as the band playing it.
    for (const a of played) {
      const said = a.target ? entities.find((e) => e.id === a.target) : undefined;
      if (said && MUSIC.test(said.noun.toLowerCase())) entities.splice(entities.indexOf(said), 1);
    }
    const at = entities.indexOf(band);
    const added: EntityDraft[] = [];
    const baseX = band.layout?.x ?? 0;
    for (let i = 0; i < members; i++) {
      const part = LINE_UP[i]!;
      const art = lex.noun(part.instrument);
      const playerId = i === 0 ? band.id : `e${extraIds.next++}`;
      // Spread across the stage, left to right, singer near the middle.
      const x = Math.max(-1, Math.min(1, baseX + (i - (members - 1) / 2) * 0.42));
      const layout = { ...band.layout!, x, arrangement: 'row' as const, relation: null };
      const actions: ActionDraft[] = [{ verb: 'play', motion: i === 1 ? 'sway' : 'bounce', ...span }];
      if (art) {
        const instrumentId = `e${extraIds.next++}`;
        actions[0] = { ...actions[0]!, target: instrumentId };
        actions.push({ verb: 'hold', motion: 'carry', target: instrumentId, ...span });
        added.push({ id: instrumentId, noun: part.instrument, asset: art.asset, category: art.category, count: 1, color: null, size: part.size, layout: { ...layout }, actions: [] });
      }
      added.push({ ...band, id: playerId, noun: part.noun, asset: part.asset, count: 1, layout, actions });
    }
    entities.splice(entities.indexOf(band), 1);
    entities.splice(Math.min(at, entities.length), 0, ...added);
  }
}

/**
 * "A girl doing ballet": the dance named as a thing is what the people of the
 * shot do, so it goes and they dance; a ballerina (or anyone doing ballet)
 * turns now and then between spells of dancing. `duration` is the shot's length.
 */
export function danceNamedDances(entities: EntityDraft[], duration: number): void {
  // A dance named is a thing done, even one the lexicon draws as a dancer ("dancing the tango").
  const danced = new Set(entities.flatMap((e) => (e.actions ?? []).filter((a) => a.motion === 'dance' && a.target).map((a) => a.target)));
  const dances = entities.filter((e) => DANCE_NOUNS.test(e.noun.toLowerCase()) && (e.category !== 'person' || danced.has(e.id)));
  const ballet = dances.some((e) => /^(ballet|pirouettes?)$/.test(e.noun.toLowerCase()));
  for (const dance of dances) entities.splice(entities.indexOf(dance), 1);
  const danceIds = new Set(dances.map((d) => d.id));
  for (const e of entities) {
    if (e.category !== 'person') continue;
    const actions = e.actions ?? [];
    const doesTheDance = dances.length > 0 && actions.every((a) => a.motion === 'idle' || a.motion === 'dance' || (a.target !== undefined && a.target !== null && danceIds.has(a.target)));
    const turner = TURNING_DANCERS.test(e.noun.toLowerCase()) && actions.every((a) => a.motion === 'idle' || a.motion === 'dance' || a.motion === 'spin');
    if (!doesTheDance && !turner) continue;
    e.actions = ballet || turner ? balletSpells(duration) : [{ verb: 'dance', motion: 'dance', start: 0, end: null }];
  }
}

/** Dancing with a turn (a pirouette) between spells, over the shot. */
export function balletSpells(duration: number): ActionDraft[] {
  const out: ActionDraft[] = [];
  let t = 0;
  while (t < duration && out.length < 14) {
    const danceEnd = Math.min(duration, t + DANCE_SPELL);
    out.push({ verb: 'dance', motion: 'dance', start: round(t), end: round(danceEnd) });
    t = danceEnd;
    if (t >= duration) break;
    const turnEnd = Math.min(duration, t + TURN_SPELL);
    out.push({ verb: 'pirouette', motion: 'spin', start: round(t), end: round(turnEnd) });
    t = turnEnd;
  }
  // The last spell runs to the end of the shot, however long it turns out.
  if (out.length) out[out.length - 1] = { ...out[out.length - 1]!, end: null };
  return out;
}

const round = (s: number): number => Math.round(s * 100) / 100;
