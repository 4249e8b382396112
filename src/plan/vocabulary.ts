/**
 * The closed vocabularies of the scene plan. The planner may only emit these
 * values and the renderer must draw every one of them, so they live in one
 * place that both stages (and their tests) import.
 */

/** Where a shot takes place. */
export const SETTING_KINDS = [
  'plain',
  'beach',
  'forest',
  'snowy-forest',
  'jungle',
  'bamboo-forest',
  'desert',
  'mountains',
  'meadow',
  'hills',
  'farm',
  'city-street',
  'skyline',
  'village',
  'park',
  'garden',
  'lake',
  'river',
  'ocean',
  'harbor',
  'underwater',
  'space',
  'night-sky',
  'sky',
  'living-room',
  'kitchen',
  'classroom',
  'cafe',
  'stage',
  'club',
  'road',
  'field',
  'volcano',
  'cave',
  'arctic',
  'junkyard',
  'savanna',
  'watering-hole',
  'sports-ground',
] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

export const TIMES_OF_DAY = [
  'dawn',
  'sunrise',
  'morning',
  'noon',
  'afternoon',
  'sunset',
  'dusk',
  'evening',
  'night',
  'midnight',
] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const WEATHERS = ['clear', 'cloudy', 'fog', 'rain', 'storm', 'snow', 'wind'] as const;
export type Weather = (typeof WEATHERS)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** Whole-frame looks, applied as a pass over the rendered frame. */
export const STYLE_NAMES = [
  'natural',
  'watercolor',
  'oil-paint',
  'pencil-sketch',
  'pixel-art',
  'neon',
  'film-noir',
  'vintage-film',
  'comic',
] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

export const SHOT_SIZES = ['close-up', 'medium', 'wide', 'aerial'] as const;
export type ShotSize = (typeof SHOT_SIZES)[number];

/** Lights in a setting's sky beyond sun, moon and stars. */
export const SKY_FEATURES = ['aurora'] as const;
export type SkyFeature = (typeof SKY_FEATURES)[number];

/** Where the camera stands: at eye level, low looking up (subjects tower), or high looking down. */
export const CAMERA_ANGLES = ['eye', 'low', 'high'] as const;
export type CameraAngle = (typeof CAMERA_ANGLES)[number];

export const CAMERA_MOVES = [
  'static',
  'pan-left',
  'pan-right',
  'tilt-up',
  'tilt-down',
  'zoom-in',
  'zoom-out',
  'dolly-in',
  'dolly-out',
  'track',
  'orbit',
  'shake',
] as const;
export type CameraMove = (typeof CAMERA_MOVES)[number];

/** Motion primitives the simulator knows how to animate. */
export const MOTIONS = [
  'idle',
  'walk',
  'run',
  'trot',
  'gallop',
  'fly',
  'soar',
  'glide',
  'swim',
  'jump',
  'hop',
  'bounce',
  'roll',
  'fall',
  'float',
  'drift',
  'spin',
  'dance',
  'sit',
  'sleep',
  'eat',
  'drink',
  'chase',
  'follow',
  'flee',
  'ride',
  'carry',
  'orbit',
  'circle',
  'grow',
  'shrink',
  'melt',
  'explode',
  'launch',
  'land',
  'wave',
  'sway',
  'rise',
  'sink',
  'watch',
  'drive',
  'sail',
] as const;
export type Motion = (typeof MOTIONS)[number];

/** Spatial relations between two entities. */
export const RELATIONS = [
  'on',
  'under',
  'above',
  'below',
  'beside',
  'left-of',
  'right-of',
  'in-front-of',
  'behind',
  'between',
  'around',
  'inside',
  'across',
  'through',
  'over',
  'near',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Broad kinds of thing; they decide defaults such as where an entity stands. */
export const ENTITY_CATEGORIES = [
  'animal',
  'bird',
  'fish',
  'insect',
  'person',
  'vehicle',
  'aircraft',
  'boat',
  'plant',
  'food',
  'building',
  'celestial',
  'weather',
  'object',
  'symbol',
] as const;
export type EntityCategory = (typeof ENTITY_CATEGORIES)[number];

/** Kinds of thing that move by themselves (a bouncing child hops; a bouncing ball is thrown about by physics). */
export const ANIMATE_CATEGORIES: ReadonlySet<EntityCategory> = new Set(['person', 'animal', 'bird', 'fish', 'insect']);

/** Where an entity lives in the frame by default. */
export const PLACEMENTS = ['ground', 'air', 'water-surface', 'underwater', 'sky', 'floor'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** How the members of a group (count > 1) are arranged. */
export const ARRANGEMENTS = ['row', 'cluster', 'scatter', 'flock', 'circle', 'line'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

export const TEXT_ROLES = ['title', 'caption', 'sign', 'label'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

export const TEXT_POSITIONS = ['top', 'center', 'bottom'] as const;
export type TextPosition = (typeof TEXT_POSITIONS)[number];

export const OUTPUT_FORMATS = ['mp4', 'webm', 'gif', 'png'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
