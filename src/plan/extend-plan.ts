import { parseScenePlan } from './parse-plan.ts';
import { mergeShot, NEUTRAL_PROMPT, readIntent, type PromptPlanner } from './remix-plan.ts';
import type { ScenePlan, ScenePlanInput, Shot } from './schema.ts';

type ShotDraft = ScenePlanInput['shots'][number];

/**
 * The plan of an extension segment: the source's last shot carried on for
 * `seconds` more, with the extension prompt applied to it as a remix would
 * (same entities and setting; what the prompt names changes). Actions still
 * running when the source ends keep running; finished ones stop; titles are
 * not repeated. `planPrompt` must plan with the source's seed and the
 * segment's output (width, height, fps and the new seconds).
 *
 * The result is a one-shot plan for the new segment alone. Where each actor
 * starts is fixed later from the source's simulation (see the jobs layer),
 * because only a simulation knows where things ended up.
 */
export function extendPlan(segment: ScenePlan, prompt: string, seconds: number, planPrompt: PromptPlanner): ScenePlan {
  const last = segment.shots[segment.shots.length - 1]!;
  const carried = carryOn(last, seconds);
  const fresh = planPrompt(prompt);
  const neutral = planPrompt(NEUTRAL_PROMPT);
  const merged = mergeShot(carried, fresh.shots[0]!, neutral.shots[0]!, readIntent(prompt));
  const draft: ScenePlanInput = {
    ...(JSON.parse(JSON.stringify(segment)) as ScenePlanInput),
    prompt,
    output: { ...segment.output, seconds },
    style: fresh.style.name !== neutral.style.name ? { ...fresh.style } : { ...segment.style },
    shots: [{ ...merged, id: 'shot1', start: 0, duration: seconds }],
    unresolved: [...fresh.unresolved],
  };
  return parseScenePlan(draft);
}

/** The last shot of a video restarted at 0 for `seconds`, with its still-running actions. */
function carryOn(shot: Shot, seconds: number): Shot {
  const end = shot.duration;
  const copy = JSON.parse(JSON.stringify(shot)) as ShotDraft;
  copy.start = 0;
  copy.duration = seconds;
  copy.texts = [];
  copy.entities = (copy.entities ?? []).map((entity) => ({
    ...entity,
    actions: (entity.actions ?? [])
      .filter((a) => (a.start ?? 0) <= end && (a.end === null || a.end === undefined || a.end >= end - 1e-6))
      .map((a) => ({ ...a, start: 0, end: null })),
  }));
  // The copy came from a parsed plan, so every defaulted field is present.
  return copy as unknown as Shot;
}

/**
 * The whole plan of a stitched video: the source's shots followed by the
 * segment's, renamed so ids stay unique. Remixing a stitched video replans
 * all of it from this.
 */
export function stitchPlans(source: ScenePlan, segment: ScenePlan): ScenePlan {
  const offset = source.output.seconds;
  const taken = new Set(source.shots.map((s) => s.id));
  const shots: ShotDraft[] = JSON.parse(JSON.stringify(source.shots)) as ShotDraft[];
  for (const shot of segment.shots) {
    let id = shot.id;
    for (let n = shots.length + 1; taken.has(id); n++) id = `shot${n}`;
    taken.add(id);
    shots.push({ ...(JSON.parse(JSON.stringify(shot)) as ShotDraft), id, start: shot.start + offset });
  }
  return parseScenePlan({
    ...(JSON.parse(JSON.stringify(source)) as ScenePlanInput),
    output: { ...source.output, seconds: offset + segment.output.seconds },
    shots,
    unresolved: [...new Set([...source.unresolved, ...segment.unresolved])],
  });
}
