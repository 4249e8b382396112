import { LIMITS } from './limits.ts';
import { parseScenePlan } from './parse-plan.ts';
import type { ScenePlan, ScenePlanInput } from './schema.ts';
import { InvalidRequestError } from '../util/errors.ts';

type ShotDraft = ScenePlanInput['shots'][number];

/** One shot of a storyboard as a person writes it: what happens, and for how long. */
export interface StoryboardShot {
  readonly prompt: string;
  readonly seconds: number;
}

/** What the joined plan is called and seeded with. */
export interface StoryboardInfo {
  /** The storyboard's prompt as a whole (the plan's `prompt`). */
  readonly prompt: string;
  readonly seed: number;
}

/**
 * Joins the plans of a storyboard's shots, planned one by one in order, into
 * one plan of one video: their shots follow each other (start times shifted,
 * ids renumbered shot1, shot2, … so they stay unique; entity ids are local to a
 * shot and keep theirs), the output lasts as long as all of them, and the
 * style is the first one a shot's plan chose other than the neutral one (an
 * explicit style was already given to every shot's planning). A shot whose
 * prompt tells a story of several sentences brings several shots.
 */
export function joinShotPlans(plans: readonly ScenePlan[], info: StoryboardInfo): ScenePlan {
  const first = plans[0];
  if (!first) throw new InvalidRequestError('a storyboard needs at least one shot', 'shots');
  const shots: ShotDraft[] = [];
  let offset = 0;
  for (const plan of plans) {
    for (const shot of plan.shots) {
      shots.push({ ...(JSON.parse(JSON.stringify(shot)) as ShotDraft), id: `shot${shots.length + 1}`, start: offset + shot.start });
    }
    offset += plan.output.seconds;
  }
  if (shots.length > LIMITS.maxShots) {
    throw new InvalidRequestError(`the storyboard plans into ${shots.length} shots; a video may have at most ${LIMITS.maxShots}`, 'shots');
  }
  const styled = plans.find((p) => p.style.name !== 'natural') ?? first;
  const narration = plans.map((p) => p.audio.narration).filter((n): n is string => Boolean(n)).join(' ');
  return parseScenePlan({
    ...(JSON.parse(JSON.stringify(first)) as ScenePlanInput),
    prompt: info.prompt,
    seed: info.seed,
    output: { ...first.output, seconds: round(offset) },
    style: { ...styled.style },
    shots,
    audio: {
      narration: narration ? narration.slice(0, LIMITS.maxPromptChars) : null,
      ambience: plans.find((p) => p.audio.ambience)?.audio.ambience ?? null,
    },
    reference: null,
    unresolved: [...new Set(plans.flatMap((p) => p.unresolved))],
  });
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
