import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { ScenePlanInput } from '../schema.ts';
import { round } from './shot-groups.ts';

type ShotDraft = ScenePlanInput['shots'][number];

/** The phases shown in turn: new, first quarter, full, last quarter. */
const PHASES = ['1f311', '1f313', '1f315', '1f317'];
const MOON = /^emoji:(1f31[1-9]|1f31a|1f31b|1f31c|1f31d)$/;
const PHASE_WORDS = new Set(['phase', 'phases', 'cycle', 'cycles']);
const CHANGE_WORDS = new Set(['change', 'wax', 'wane', 'cycle', 'turn', 'pass', 'progress', 'shift']);

/**
 * "The moon phases changing over a month": the shot with the moon becomes
 * one short shot per phase, so the plan shows the phases it was asked for.
 */
export function splitMoonPhases(shots: ShotDraft[], units: readonly Unit[], lex: Lexicon): ShotDraft[] {
  const phaseWords = units.filter((u) => !u.used && PHASE_WORDS.has(u.text.toLowerCase()));
  if (phaseWords.length === 0) return shots;
  const index = shots.findIndex((s) => (s.entities ?? []).some((e) => MOON.test(e.asset)));
  if (index < 0 || shots.length + PHASES.length - 1 > LIMITS.maxShots) return shots;
  const shot = shots[index]!;
  const step = shot.duration / PHASES.length;
  const phases = PHASES.map((hex, i): ShotDraft => {
    const asset = lex.emoji(hex)?.asset;
    const start = round(shot.start + i * step);
    const end = i === PHASES.length - 1 ? shot.start + shot.duration : round(shot.start + (i + 1) * step);
    return {
      ...shot,
      id: `${shot.id}-phase${i + 1}`,
      start,
      duration: end - start,
      entities: (shot.entities ?? []).map((e) => (MOON.test(e.asset) && asset ? { ...e, asset } : e)),
      texts: i === 0 ? shot.texts : [],
    };
  });
  for (const u of phaseWords) u.used = true;
  for (const u of units) if (!u.used && isKind(u, 'verb') && CHANGE_WORDS.has(u.lemma.split(' ')[0]!)) u.used = true;
  return [...shots.slice(0, index), ...phases, ...shots.slice(index + 1)];
}
