import type { ScenePlan } from '../plan/schema.ts';
import type { ShotSpan } from './simulation.ts';

/** Total frames of a plan's video. */
export function frameCountOf(output: ScenePlan['output']): number {
  return Math.max(1, Math.round(output.seconds * output.fps));
}

/**
 * Shot spans in integer frames. Boundaries are rounded from the plan's
 * seconds; the last shot absorbs rounding so spans tile the video exactly.
 */
export function shotSpans(plan: ScenePlan): ShotSpan[] {
  const total = frameCountOf(plan.output);
  const spans: ShotSpan[] = [];
  let first = 0;
  plan.shots.forEach((shot, index) => {
    const isLast = index === plan.shots.length - 1;
    const end = isLast ? total : Math.min(total, Math.max(first + 1, Math.round((shot.start + shot.duration) * plan.output.fps)));
    spans.push({ shotIndex: index, firstFrame: first, endFrame: Math.max(end, first + 1) });
    first = Math.max(end, first + 1);
  });
  // A plan with more shots than frames: later shots get clamped to the last frame.
  return spans.map((s) => ({ ...s, firstFrame: Math.min(s.firstFrame, total - 1), endFrame: Math.min(Math.max(s.endFrame, s.firstFrame + 1), total) }));
}
