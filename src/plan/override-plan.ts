import { parseScenePlan } from './parse-plan.ts';
import type { ScenePlan, ScenePlanInput } from './schema.ts';
import type { StyleName } from './vocabulary.ts';

/** Settings that may replace a plan's own. */
export interface PlanOverrides {
  width?: number | null;
  height?: number | null;
  fps?: number | null;
  seconds?: number | null;
  format?: ScenePlan['output']['format'] | null;
  seed?: number | null;
  style?: StyleName | null;
}

/**
 * A copy of a plan with new output settings, seed or style. A new length
 * stretches every shot in proportion, so the shots still tile the video.
 */
export function overridePlan(plan: ScenePlan, overrides: PlanOverrides): ScenePlan {
  const seconds = overrides.seconds ?? plan.output.seconds;
  const stretch = seconds / plan.output.seconds;
  const copy = JSON.parse(JSON.stringify(plan)) as ScenePlanInput;
  copy.output = {
    width: overrides.width ?? plan.output.width,
    height: overrides.height ?? plan.output.height,
    fps: overrides.fps ?? plan.output.fps,
    seconds,
    format: overrides.format ?? plan.output.format,
  };
  if (overrides.seed !== null && overrides.seed !== undefined) copy.seed = overrides.seed;
  if (overrides.style) copy.style = { name: overrides.style, strength: plan.style.strength };
  if (stretch !== 1) {
    copy.shots = copy.shots.map((shot) => ({
      ...shot,
      start: shot.start * stretch,
      duration: shot.duration * stretch,
      entities: shot.entities?.map((e) => ({
        ...e,
        actions: e.actions?.map((a) => ({ ...a, start: (a.start ?? 0) * stretch, end: a.end == null ? null : a.end * stretch })),
      })),
      texts: shot.texts?.map((t) => ({ ...t, start: (t.start ?? 0) * stretch, end: t.end == null ? null : t.end * stretch })),
    }));
  }
  return parseScenePlan(copy);
}
