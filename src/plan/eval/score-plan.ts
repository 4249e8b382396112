import { singular } from '../read/singular.ts';
import type { Entity, ScenePlan } from '../schema.ts';
import type { ExpectedPlan } from './labelled-set.ts';

/** What the evaluation scores, each as correct out of total. */
export const CATEGORIES = [
  'entities', 'precision', 'art', 'counts', 'colors', 'actions', 'relations', 'setting', 'time', 'weather', 'season',
  'camera', 'style', 'text', 'shots',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Tally {
  correct: number;
  total: number;
}

export interface CaseResult {
  readonly prompt: string;
  readonly line: number;
  readonly scores: Record<Category, Tally>;
  /** What was expected and not found, for the failure list. */
  readonly misses: string[];
}

/** Scores one plan against its hand-written expectation. */
export function scorePlan(plan: ScenePlan, expected: ExpectedPlan, colorHex: (name: string) => string | undefined): CaseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, { correct: 0, total: 0 }])) as Record<Category, Tally>;
  const misses: string[] = [];
  const check = (category: Category, ok: boolean, what: string): void => {
    scores[category].total++;
    if (ok) scores[category].correct++;
    else misses.push(`${category}: ${what}`);
  };
  const entities = uniqueEntities(plan);
  const nounOf = new Map(entities.map((e) => [e.id, e.noun]));
  // An entity's actions over the whole story, not just its first shot.
  const actionsOf = (e: Entity): Entity['actions'][number][] => plan.shots.flatMap((s) => s.entities.filter((x) => x.id === e.id).flatMap((x) => [...x.actions]));
  const matching = (noun: string): Entity[] => entities.filter((e) => nounsMatch(e.noun, noun));

  if (expected.entities) {
    for (const want of expected.entities) {
      const found = matching(want.noun);
      check('entities', found.length > 0, `${want.noun} (got ${entities.map((e) => e.noun).join(', ') || 'none'})`);
      if (found.length === 0) continue;
      if (want.art) check('art', found.some((e) => e.asset === (want.art!.startsWith('drawn:') ? want.art : `emoji:${want.art}`)), `${want.noun} drawn as ${want.art} (got ${found.map((e) => e.asset).join(', ')})`);
      if (want.count !== null) {
        const count = found.reduce((sum, e) => sum + e.count, 0);
        check('counts', count === want.count, `${want.count} ${want.noun} (got ${count})`);
      }
      if (want.color) {
        const hex = colorHex(want.color);
        check('colors', found.some((e) => e.color !== null && hex !== undefined && sameColour(e.color, hex)), `${want.color} ${want.noun} (got ${found.map((e) => e.color ?? 'none').join(', ')})`);
      }
      for (const action of want.actions) {
        const ok = found.some((e) => actionsOf(e).some((a) => a.motion === action.motion && (!action.target || (a.target !== undefined && nounsMatch(nounOf.get(a.target) ?? '', action.target)))));
        const got = found.flatMap((e) => actionsOf(e).map((a) => `${a.motion}${a.target ? `>${nounOf.get(a.target)}` : ''}`)).join(', ') || 'none';
        check('actions', ok, `${want.noun} ${action.motion}${action.target ? `>${action.target}` : ''} (got ${got})`);
      }
    }
    for (const e of entities) check('precision', expected.entities.some((w) => nounsMatch(e.noun, w.noun)), `unexpected ${e.noun}`);
  }
  for (const want of expected.relations) {
    const ok = plan.shots.some((s) => s.entities.some((e) => {
      const r = e.layout.relation;
      if (!r || r.kind !== want.kind || !nounsMatch(e.noun, want.subject)) return false;
      return [r.target, r.secondTarget].some((t) => t && nounsMatch(nounOf.get(t) ?? '', want.target));
    }));
    const got = entities.filter((e) => nounsMatch(e.noun, want.subject)).flatMap((e) => plan.shots.map((s) => s.entities.find((x) => x.id === e.id)?.layout.relation)).filter(Boolean).map((r) => `${r!.kind}>${nounOf.get(r!.target)}`).join(', ') || 'none';
    check('relations', ok, `${want.subject} ${want.kind} ${want.target} (got ${got})`);
  }
  // A story's setting may change: a field is right when some shot has it.
  const first = plan.shots[0]!;
  const anyShot = (key: 'kind' | 'timeOfDay' | 'weather' | 'season', value: unknown): boolean => plan.shots.some((s) => s.setting[key] === value);
  const said = (key: 'kind' | 'timeOfDay' | 'weather' | 'season'): string => [...new Set(plan.shots.map((s) => String(s.setting[key])))].join('/');
  if (expected.setting?.kind) check('setting', anyShot('kind', expected.setting.kind), `setting ${expected.setting.kind} (got ${said('kind')})`);
  if (expected.setting?.timeOfDay) check('time', anyShot('timeOfDay', expected.setting.timeOfDay), `time ${expected.setting.timeOfDay} (got ${said('timeOfDay')})`);
  if (expected.setting?.weather) check('weather', anyShot('weather', expected.setting.weather), `weather ${expected.setting.weather} (got ${said('weather')})`);
  if (expected.setting?.season) check('season', anyShot('season', expected.setting.season), `season ${expected.setting.season} (got ${said('season')})`);
  if (expected.camera?.shot) check('camera', plan.shots.some((s) => s.camera.shot === expected.camera!.shot), `shot ${expected.camera.shot} (got ${first.camera.shot})`);
  if (expected.camera?.move) check('camera', plan.shots.some((s) => s.camera.move === expected.camera!.move), `move ${expected.camera.move} (got ${first.camera.move})`);
  if (expected.camera?.timeScale) {
    const ok = plan.shots.some((s) => (expected.camera!.timeScale === 'slow-motion' ? s.timeScale < 1 : s.timeScale > 1));
    check('camera', ok, `${expected.camera.timeScale} (got time scale ${first.timeScale})`);
  }
  if (expected.style) check('style', plan.style.name === expected.style, `style ${expected.style} (got ${plan.style.name})`);
  for (const text of expected.texts ?? []) {
    check('text', plan.shots.some((s) => s.texts.some((t) => t.text === text)), `text "${text}" (got ${plan.shots.flatMap((s) => s.texts.map((t) => `"${t.text}"`)).join(', ') || 'none'})`);
  }
  if (expected.shots !== null) check('shots', plan.shots.length === expected.shots, `${expected.shots} shots (got ${plan.shots.length})`);
  return { prompt: expected.prompt, line: expected.line, scores, misses };
}

/** Every entity of the plan once (the first shot it appears in describes it). */
function uniqueEntities(plan: ScenePlan): Entity[] {
  const seen = new Map<string, Entity>();
  for (const shot of plan.shots) for (const e of shot.entities) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
}

/** "foxes" matches "fox", "golden retriever" matches "retriever", "fishing boats" matches "boat". */
export function nounsMatch(planNoun: string, wanted: string): boolean {
  const norm = (s: string): string[] => s.toLowerCase().replace(/[-_]/g, ' ').split(/\s+/).filter(Boolean).map(singular);
  const a = norm(planNoun);
  const b = norm(wanted);
  if (a.join(' ') === b.join(' ')) return true;
  return a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1];
}

/** Whether two colours read as the same colour name (hue for colours, lightness for greys). */
export function sameColour(a: string, b: string): boolean {
  const [ha, sa, la] = hsl(a);
  const [hb, sb, lb] = hsl(b);
  const greyA = sa < 0.18 || la < 0.12 || la > 0.92;
  const greyB = sb < 0.18 || lb < 0.12 || lb > 0.92;
  if (greyA || greyB) return greyA && greyB && Math.abs(la - lb) < 0.3;
  const dh = Math.min(Math.abs(ha - hb), 360 - Math.abs(ha - hb));
  return dh <= 28 && Math.abs(la - lb) < 0.45;
}

function hsl(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}
