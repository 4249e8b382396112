import { FACE_BODIES } from '../../assets/drawn-animals.ts';
import { DRAWN_ASSET_PREFIX } from '../../assets/drawn-art.ts';
import { SCENE_TILES } from '../lexicon/scene-tiles.ts';
import type { ScenePlan } from '../schema.ts';
import {
  ARRANGEMENTS, CAMERA_MOVES, ENTITY_CATEGORIES, MOTIONS, PLACEMENTS, RELATIONS, SEASONS, SETTING_KINDS, SHOT_SIZES,
  STYLE_NAMES, TEXT_POSITIONS, TEXT_ROLES, TIMES_OF_DAY, WEATHERS,
} from '../vocabulary.ts';

/**
 * The chat messages that ask a language model for a scene plan. The model
 * gets the closed vocabularies, the rules every plan must keep, and the
 * embedded planner's plan as a draft to correct, so that even a small model
 * starts from a valid plan and only has to fix what it understood better.
 */
export function planMessages(prompt: string, draft: ScenePlan): Array<{ role: 'system' | 'user'; content: string }> {
  const system = [
    'You turn a video prompt into a scene plan: one JSON object, nothing else.',
    'Keep the draft\'s "version", "prompt", "seed" and "output" exactly. Change the rest so the plan shows exactly what the prompt asks.',
    'Rules:',
    '- shots[] tile the video: the first starts at 0, each starts where the previous ends, durations sum to output.seconds. One shot per moment of a story.',
    '- Entity ids start with a letter ([A-Za-z][A-Za-z0-9_-]*), are unique per shot, and the same thing keeps the same id in every shot.',
    '- actions[].target, layout.relation.target/secondTarget and camera.target must name an entity of the same shot.',
    '- asset: keep the draft\'s asset for a thing the draft already has; for a new thing use "emoji:<lowercase hexcode without fe0f>" of its emoji (e.g. "emoji:1f98c" for a deer, "emoji:1f6b2" for a bicycle).',
    `- Animals are drawn full-body: use ${bodies()} rather than their face emoji, unless the prompt asks for a face or an emoji.`,
    `- Never use an emoji that is a whole scene in a square (${tiles()}): say its place, hour or weather in setting instead.`,
    '- color is a CSS hex colour like "#d7263d" or null; size is 1 for natural size; count is how many.',
    '- unresolved lists the prompt\'s content words the plan does not show.',
    `Allowed values: setting.kind ${list(SETTING_KINDS)}; setting.timeOfDay ${list(TIMES_OF_DAY)}; setting.weather ${list(WEATHERS)};`,
    `setting.season ${list(SEASONS)} or null; camera.shot ${list(SHOT_SIZES)}; camera.move ${list(CAMERA_MOVES)};`,
    `actions[].motion ${list(MOTIONS)}; layout.relation.kind ${list(RELATIONS)}; layout.placement ${list(PLACEMENTS)};`,
    `layout.arrangement ${list(ARRANGEMENTS)}; category ${list(ENTITY_CATEGORIES)}; style.name ${list(STYLE_NAMES)};`,
    `texts[].role ${list(TEXT_ROLES)}; texts[].position ${list(TEXT_POSITIONS)}.`,
  ].join('\n');
  const user = `Prompt: ${JSON.stringify(prompt)}\n\nDraft plan:\n${JSON.stringify(draft)}\n\nAnswer with the corrected plan as one JSON object.`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** The drawn full-body animals, as "drawn:fox" for a fox. */
function bodies(): string {
  return Object.values(FACE_BODIES).map((b) => `"${DRAWN_ASSET_PREFIX}${b.art}" for a ${b.art.replace(/-/g, ' ')}`).join(', ');
}

function tiles(): string {
  return Object.keys(SCENE_TILES).map((hex) => `emoji:${hex}`).join(', ');
}

function list(values: readonly string[]): string {
  return values.join('|');
}
