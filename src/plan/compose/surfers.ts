import type { ScenePlanInput } from '../schema.ts';
import type { Motion, SettingKind } from '../vocabulary.ts';

/**
 * "A surfer riding a big wave": the surfer rides along the sea on the board,
 * never up by the clouds on a wave tile. The wave said is the sea itself,
 * so its tile goes and the caller roughens the water; whoever surfs, or
 * rides a wave, is drawn as a surfer on the water surface and sails along it
 * (a surfer paddling out still swims).
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

const SURFER_ART = 'emoji:1f3c4';
/** Settings with open water to surf on. */
const SURFABLE: ReadonlySet<SettingKind> = new Set(['ocean', 'beach', 'harbor', 'lake']);
/** A ridden wave stands taller than its surfer (its art alone is surfer-sized). */
const WAVE_SIZE = 2.6;
const WAVES = /^(waves?|breakers?|swells?|surf|rollers?|tubes?)$/;
/** What a rider on the water does: rides, surfs, glides or drifts along. */
const RIDING: ReadonlySet<Motion> = new Set(['ride', 'glide', 'drift', 'float', 'walk', 'run', 'drive', 'sail']);

const isWave = (e: EntityDraft): boolean => WAVES.test(e.noun.toLowerCase()) || e.asset === 'emoji:1f30a';
const isSurfer = (e: EntityDraft): boolean => e.asset === SURFER_ART || /\bsurfers?\b/.test(e.noun.toLowerCase());

/**
 * Puts surfers on the water in a shot that has some, and drops the wave
 * tiles they ride. Returns whether a wave was ridden (the sea should run
 * high).
 */
export function surfWaves(entities: EntityDraft[], setting: SettingKind): boolean {
  const hasWater = SURFABLE.has(setting);
  const waves = entities.filter(isWave);
  const waveIds = new Set(waves.map((w) => w.id));
  let ridden = false;
  for (const entity of entities) {
    if (entity.category !== 'person') continue;
    const actions = entity.actions ?? [];
    const surfs = actions.some((a) => a.verb === 'surf' || (a.target !== undefined && waveIds.has(a.target)));
    if (!isSurfer(entity) && !surfs) continue;
    if (surfs) entity.asset = SURFER_ART;
    ridden ||= actions.some((a) => a.target !== undefined && waveIds.has(a.target)) || (surfs && waves.length > 0);
    // A surfer with nothing else to do is out surfing: the art shows them up on the board.
    if (hasWater && actions.every((a) => a.motion === 'idle')) {
      entity.actions = [{ verb: 'surf', motion: 'sail', start: actions[0]?.start ?? 0, end: actions[0]?.end ?? null }];
      entity.layout = { ...(entity.layout ?? {}), placement: 'water-surface' };
      continue;
    }
    const riding = actions.filter((a) => RIDING.has(a.motion) || a.verb === 'surf');
    const swimming = actions.some((a) => a.motion === 'swim');
    if ((riding.length === 0 && !swimming) || !hasWater) continue;
    entity.actions = actions.map((a) => (riding.includes(a) ? { verb: a.verb, motion: 'sail' as const, start: a.start ?? 0, end: a.end ?? null } : a));
    entity.layout = { ...(entity.layout ?? {}), placement: 'water-surface' };
  }
  const surfer = entities.find((e) => e.asset === SURFER_ART && e.layout?.placement === 'water-surface');
  if (!surfer) return false;
  // The wave ridden rolls along the sea just behind its surfer: a breaking wave, not a tile up by the clouds.
  for (const wave of waves) {
    if (entities.some((e) => (e.actions ?? []).some((a) => a.target === wave.id && e.asset !== SURFER_ART))) continue;
    wave.layout = { ...(wave.layout ?? {}), placement: 'water-surface', relation: null };
    wave.size = Math.max(wave.size ?? 1, WAVE_SIZE);
    wave.actions = [{ verb: 'follow', motion: 'follow', target: surfer.id, start: 0, end: null }];
    ridden = true;
  }
  for (const action of surfer.actions ?? []) if (action.target !== undefined && waveIds.has(action.target)) delete action.target;
  return ridden;
}
