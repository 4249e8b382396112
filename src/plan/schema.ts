import { z } from 'zod';
import { LIMITS } from './limits.ts';
import {
  ARRANGEMENTS,
  CAMERA_ANGLES,
  CAMERA_MOVES,
  ENTITY_CATEGORIES,
  MOTIONS,
  OUTPUT_FORMATS,
  PLACEMENTS,
  RELATIONS,
  SEASONS,
  SETTING_KINDS,
  SHOT_SIZES,
  SKY_FEATURES,
  STYLE_NAMES,
  TEXT_POSITIONS,
  TEXT_ROLES,
  TIMES_OF_DAY,
  WEATHERS,
} from './vocabulary.ts';

/**
 * The scene plan: the one contract every pipeline stage reads. Versioned,
 * JSON-serialisable and treated as readonly once built. Times inside a plan are
 * seconds (so a plan survives a change of frame rate); the simulator turns them
 * into integer frame indices.
 */
export const SCENE_PLAN_VERSION = 1 as const;

const id = z
  .string()
  .regex(/^[A-Za-z][\w-]{0,63}$/, 'ids start with a letter and use letters, digits, "-" and "_"');

const evenDimension = z
  .number()
  .int()
  .min(LIMITS.minDimension)
  .max(LIMITS.maxDimension)
  .multipleOf(2, 'must be even');

export const outputSchema = z
  .object({
    width: evenDimension.describe('Frame width in pixels (even).'),
    height: evenDimension.describe('Frame height in pixels (even).'),
    fps: z.number().int().min(LIMITS.minFps).max(LIMITS.maxFps),
    seconds: z.number().min(LIMITS.minSeconds).max(LIMITS.maxSeconds),
    format: z.enum(OUTPUT_FORMATS),
  })
  .strict();

export const styleSchema = z
  .object({
    name: z.enum(STYLE_NAMES).default('natural'),
    strength: z.number().min(0).max(1).default(1).describe('How strongly the style pass applies.'),
  })
  .strict();

export const settingSchema = z
  .object({
    kind: z.enum(SETTING_KINDS).default('plain'),
    timeOfDay: z.enum(TIMES_OF_DAY).default('afternoon'),
    weather: z.enum(WEATHERS).default('clear'),
    season: z.enum(SEASONS).nullable().default(null),
    backdrop: z
      .array(z.enum(SETTING_KINDS))
      .max(3)
      .optional()
      .describe('Places named in the shot that its kind does not show, drawn far behind it ("rain falls on the mountains" over the sea); kinds the renderer has no distant scenery for are ignored.'),
    sky: z.array(z.enum(SKY_FEATURES)).max(4).optional().describe('Lights in the sky beyond sun, moon and stars: "aurora" is the northern lights.'),
  })
  .strict();

export const cameraSchema = z
  .object({
    shot: z.enum(SHOT_SIZES).default('wide'),
    move: z.enum(CAMERA_MOVES).default('static'),
    speed: z.number().min(0).max(10).default(1).describe('Multiplier on how far the move travels.'),
    target: id.nullable().default(null).describe('Entity the camera frames or tracks.'),
    angle: z.enum(CAMERA_ANGLES).optional().describe('Camera height: eye level (the default), low looking up, or high looking down.'),
  })
  .strict();

export const actionSchema = z
  .object({
    verb: z.string().min(1).max(64).describe('The verb as the prompt said it (lemma).'),
    motion: z.enum(MOTIONS),
    target: id.optional().describe('Entity the action is done to or with.'),
    start: z.number().min(0).default(0).describe('Seconds from the shot start.'),
    end: z.number().min(0).nullable().default(null).describe('Seconds from the shot start; null: to the end.'),
  })
  .strict();

export const relationSchema = z
  .object({
    kind: z.enum(RELATIONS),
    target: id,
    secondTarget: id.nullable().default(null).describe('The second reference for "between".'),
  })
  .strict();

export const layoutSchema = z
  .object({
    x: z.number().min(-1).max(1).nullable().default(null).describe('Horizontal anchor, -1 left to 1 right; null: auto.'),
    depth: z.number().min(0).max(1).default(0.3).describe('0 nearest the camera, 1 at the horizon.'),
    placement: z.enum(PLACEMENTS).default('ground'),
    arrangement: z.enum(ARRANGEMENTS).default('row'),
    relation: relationSchema.nullable().default(null),
  })
  .strict();

export const entitySchema = z
  .object({
    id,
    noun: z.string().min(1).max(128).describe('The noun as written in the prompt.'),
    asset: z.string().min(1).max(128).describe('Resolved art, e.g. "emoji:1f98a".'),
    category: z.enum(ENTITY_CATEGORIES).default('object'),
    count: z.number().int().min(1).max(LIMITS.maxCount).default(1),
    color: z.string().max(32).nullable().default(null).describe('CSS colour the art is tinted to; null: as drawn.'),
    size: z.number().min(0.05).max(20).default(1).describe('Scale relative to the natural size of its kind.'),
    layout: layoutSchema.default({
      x: null,
      depth: 0.3,
      placement: 'ground',
      arrangement: 'row',
      relation: null,
    }),
    actions: z.array(actionSchema).max(16).default([]),
  })
  .strict();

export const textSchema = z
  .object({
    text: z.string().min(1).max(500),
    role: z.enum(TEXT_ROLES).default('caption'),
    position: z.enum(TEXT_POSITIONS).default('bottom'),
    start: z.number().min(0).default(0),
    end: z.number().min(0).nullable().default(null),
  })
  .strict();

export const shotSchema = z
  .object({
    id,
    start: z.number().min(0).describe('Seconds from the start of the video.'),
    duration: z.number().gt(0).describe('Seconds.'),
    setting: settingSchema.default({ kind: 'plain', timeOfDay: 'afternoon', weather: 'clear', season: null }),
    camera: cameraSchema.default({ shot: 'wide', move: 'static', speed: 1, target: null }),
    timeScale: z.number().min(0.05).max(100).default(1).describe('<1 slow motion, >1 time-lapse.'),
    entities: z.array(entitySchema).max(LIMITS.maxEntitiesPerShot).default([]),
    texts: z.array(textSchema).max(16).default([]),
    caption: z.string().max(4000).default('').describe('Dense description of what the shot shows.'),
  })
  .strict();

export const audioSchema = z
  .object({
    narration: z.string().max(LIMITS.maxPromptChars).nullable().default(null),
    ambience: z.string().max(64).nullable().default(null),
  })
  .strict();

export const referenceSchema = z
  .object({
    image: z.string().min(1).describe('Path of an image that becomes the background plate.'),
  })
  .strict();

const TIME_EPSILON = 1e-6;

export const scenePlanSchema = z
  .object({
    version: z.literal(SCENE_PLAN_VERSION),
    prompt: z.string().max(LIMITS.maxPromptChars),
    seed: z.number().int().min(0).max(LIMITS.maxSeed),
    output: outputSchema,
    style: styleSchema.default({ name: 'natural', strength: 1 }),
    shots: z.array(shotSchema).min(1).max(LIMITS.maxShots),
    audio: audioSchema.default({ narration: null, ambience: null }),
    reference: referenceSchema.nullable().default(null),
    unresolved: z.array(z.string()).default([]).describe('Words the planner could not map to anything.'),
  })
  .strict()
  .superRefine((plan, ctx) => {
    // Shots tile the video: they start at 0, follow each other without gaps and end at output.seconds.
    let expectedStart = 0;
    plan.shots.forEach((shot, index) => {
      if (Math.abs(shot.start - expectedStart) > TIME_EPSILON) {
        ctx.addIssue({
          code: 'custom',
          path: ['shots', index, 'start'],
          message: `shot starts at ${shot.start}s but the previous one ends at ${round(expectedStart)}s`,
        });
      }
      expectedStart = shot.start + shot.duration;
    });
    if (Math.abs(expectedStart - plan.output.seconds) > 1e-3) {
      ctx.addIssue({
        code: 'custom',
        path: ['shots'],
        message: `shots last ${round(expectedStart)}s but output.seconds is ${plan.output.seconds}`,
      });
    }
    const seen = new Map<string, string>();
    plan.shots.forEach((shot, s) => {
      if (seen.has(shot.id)) {
        ctx.addIssue({ code: 'custom', path: ['shots', s, 'id'], message: `duplicate shot id "${shot.id}"` });
      }
      seen.set(shot.id, 'shot');
      const local = new Set(shot.entities.map((e) => e.id));
      const inShot = new Set<string>();
      shot.entities.forEach((entity, e) => {
        if (inShot.has(entity.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['shots', s, 'entities', e, 'id'],
            message: `duplicate entity id "${entity.id}" in shot "${shot.id}"`,
          });
        }
        inShot.add(entity.id);
        const refs: Array<[string | null | undefined, (string | number)[]]> = [
          [entity.layout.relation?.target, ['layout', 'relation', 'target']],
          [entity.layout.relation?.secondTarget, ['layout', 'relation', 'secondTarget']],
          ...entity.actions.map((a, i): [string | undefined, (string | number)[]] => [a.target, ['actions', i, 'target']]),
        ];
        for (const [ref, where] of refs) {
          if (ref && !local.has(ref)) {
            ctx.addIssue({
              code: 'custom',
              path: ['shots', s, 'entities', e, ...where],
              message: `refers to entity "${ref}", which is not in shot "${shot.id}"`,
            });
          }
        }
      });
      if (shot.camera.target && !local.has(shot.camera.target)) {
        ctx.addIssue({
          code: 'custom',
          path: ['shots', s, 'camera', 'target'],
          message: `camera target "${shot.camera.target}" is not in shot "${shot.id}"`,
        });
      }
    });
  });

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A complete, validated scene plan. */
export type ScenePlan = DeepReadonly<z.output<typeof scenePlanSchema>>;
/** What a person may write by hand: defaulted fields may be left out. */
export type ScenePlanInput = z.input<typeof scenePlanSchema>;
export type Shot = ScenePlan['shots'][number];
export type Entity = Shot['entities'][number];
export type Action = Entity['actions'][number];
export type Layout = Entity['layout'];
export type Setting = Shot['setting'];
export type Camera = Shot['camera'];
export type ShotText = Shot['texts'][number];
export type PlanOutput = ScenePlan['output'];
