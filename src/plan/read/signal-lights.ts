import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../nlp/read-tokens.ts';
import type { UnitMeaning } from './unit.ts';

/**
 * "The car stops at the red light": on a road, a red (green, amber) light is
 * a traffic light, not a red lamp. A colour + "light" names the traffic
 * light when something stops, waits, turns or runs at it: after "at",
 * "through", "past", "to", "before", "until" or "ran a". "A red light glowing
 * in the dark" stays a red lamp.
 */

/** Colours a traffic light shows. */
const SIGNAL_COLOURS = new Set(['red', 'green', 'amber', 'yellow', 'orange']);
/** Words after which a signal colour + light is a traffic light. */
const AT_A_SIGNAL = new Set(['at', 'through', 'past', 'to', 'before', 'until', 'till', 'towards', 'toward', 'near', 'by', 'run', 'runs', 'ran', 'running', 'jump', 'jumps', 'jumped', 'jumping']);
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this']);
/** A traffic light on its pole, against the emoji's natural size. */
const SIGNAL_POLE = 1.9;
/** Other names of a traffic light the word list lacks. */
const SIGNAL_NAMES = new Set(['stop light', 'stop lights', 'traffic signal', 'traffic signals', 'signal light', 'signal lights']);

/** The traffic light a phrase at token `i` names, and how many tokens it takes; null when it names none. */
export function signalLight(tokens: readonly Token[], i: number, lex: Lexicon): { length: number; meaning: UnitMeaning } | null {
  const first = tokens[i]!;
  const second = tokens[i + 1];
  if (!second || second.sentence !== first.sentence || first.quote !== null || second.quote !== null) return null;
  const pair = `${first.lower} ${second.lower}`;
  const plural = second.lower.endsWith('s');
  let named = SIGNAL_NAMES.has(pair);
  if (!named && SIGNAL_COLOURS.has(first.lower) && (second.lower === 'light' || second.lower === 'lights')) {
    let k = i - 1;
    if (k >= 0 && DETERMINERS.has(tokens[k]!.lower)) k--;
    named = k >= 0 && tokens[k]!.sentence === first.sentence && AT_A_SIGNAL.has(tokens[k]!.lower);
  }
  if (!named) return null;
  // The upright kind: one that stands at a kerb, not hangs over a lane.
  const found = lex.noun('vertical traffic light') ?? lex.noun('traffic light');
  if (!found) return null;
  // On its pole it stands about as tall as a car is long (the bare emoji is sized as a small object).
  const entry = { ...found, size: found.size * SIGNAL_POLE };
  return { length: 2, meaning: { kind: 'entity', entry, key: 'traffic light', plural } };
}
