import type { CameraAngle, CameraMove, ShotSize, StyleName } from '../vocabulary.ts';

/** What a camera phrase asks for. */
export interface CameraWord {
  readonly shot?: ShotSize;
  readonly move?: CameraMove;
  /** Where the camera stands: low looking up, high looking down. */
  readonly angle?: CameraAngle;
  /** Multiplier on the move's speed ("slow zoom"). */
  readonly speed?: number;
  /** Time scale of the shot: < 1 slow motion, > 1 time-lapse. */
  readonly timeScale?: number;
  /** The move follows the entity named after it ("tracking the fox"). */
  readonly targets?: boolean;
  /** The phrase also says a later moment begins ("Years pass."): a new shot. */
  readonly later?: boolean;
}

/**
 * Camera phrases (lemmas, lowercase). The planner matches the longest phrase;
 * "zoom in on X" also makes X the camera's target.
 */
export const CAMERA_WORDS: Readonly<Record<string, CameraWord>> = {
  'close-up': { shot: 'close-up' }, 'close up': { shot: 'close-up' }, closeup: { shot: 'close-up' },
  'extreme close-up': { shot: 'close-up' }, 'extreme close up': { shot: 'close-up' }, macro: { shot: 'close-up' },
  'macro shot': { shot: 'close-up' }, 'medium shot': { shot: 'medium' }, 'mid shot': { shot: 'medium' },
  'medium close-up': { shot: 'medium' }, 'medium close up': { shot: 'medium' },
  wide: { shot: 'wide' }, 'wide shot': { shot: 'wide' }, 'wide angle': { shot: 'wide' }, 'wide-angle': { shot: 'wide' }, 'long shot': { shot: 'wide' },
  'establishing shot': { shot: 'wide' }, panoramic: { shot: 'wide' }, panorama: { shot: 'wide' }, 'full shot': { shot: 'wide' },
  aerial: { shot: 'aerial' }, 'aerial view': { shot: 'aerial' }, 'aerial shot': { shot: 'aerial' }, "bird's-eye": { shot: 'aerial' },
  "bird's eye": { shot: 'aerial' }, 'birds eye': { shot: 'aerial' }, "bird's-eye view": { shot: 'aerial' },
  "bird's eye view": { shot: 'aerial' }, overhead: { shot: 'aerial' }, 'overhead shot': { shot: 'aerial' },
  'top-down': { shot: 'aerial' }, 'top down': { shot: 'aerial' }, 'drone shot': { shot: 'aerial' },
  'drone footage': { shot: 'aerial' }, drone: { shot: 'aerial' }, 'from above': { shot: 'aerial' },
  static: { move: 'static' }, 'static shot': { move: 'static' }, 'still shot': { move: 'static' },
  'locked-off': { move: 'static' }, 'fixed camera': { move: 'static' }, tripod: { move: 'static' },
  pan: { move: 'pan-right' }, 'pan right': { move: 'pan-right' }, 'pan left': { move: 'pan-left' },
  'pan across': { move: 'pan-right' }, 'panning shot': { move: 'pan-right' }, 'pan to the left': { move: 'pan-left' },
  'pan to the right': { move: 'pan-right' },
  tilt: { move: 'tilt-up' }, 'tilt up': { move: 'tilt-up' }, 'tilt down': { move: 'tilt-down' },
  zoom: { move: 'zoom-in' }, 'zoom in': { move: 'zoom-in', targets: true }, 'zoom out': { move: 'zoom-out' },
  'zoom in on': { move: 'zoom-in', targets: true }, 'zooming in': { move: 'zoom-in', targets: true }, 'zoom into': { move: 'zoom-in', targets: true },
  'pull back': { move: 'dolly-out' }, 'pull out': { move: 'dolly-out' }, 'push in': { move: 'dolly-in', targets: true },
  'push in on': { move: 'dolly-in', targets: true }, dolly: { move: 'dolly-in' }, 'dolly in': { move: 'dolly-in', targets: true },
  'dolly out': { move: 'dolly-out' }, 'dolly shot': { move: 'dolly-in' }, 'dolly zoom': { move: 'dolly-in' },
  tracking: { move: 'track', targets: true }, 'tracking shot': { move: 'track', targets: true },
  'follow cam': { move: 'track', targets: true }, 'following shot': { move: 'track', targets: true },
  'camera follows': { move: 'track', targets: true }, 'camera following': { move: 'track', targets: true },
  orbit: { move: 'orbit', targets: true }, 'orbit shot': { move: 'orbit', targets: true }, 'orbiting shot': { move: 'orbit', targets: true },
  '360': { move: 'orbit', targets: true }, '360 degree': { move: 'orbit', targets: true }, 'arc shot': { move: 'orbit', targets: true },
  'circling shot': { move: 'orbit', targets: true }, 'camera circles': { move: 'orbit', targets: true },
  handheld: { move: 'shake' }, 'hand-held': { move: 'shake' }, shaky: { move: 'shake' }, 'shaky cam': { move: 'shake' },
  'camera shake': { move: 'shake' }, 'found footage': { move: 'shake' },
  'low angle': { angle: 'low' }, 'low-angle': { angle: 'low' }, 'low angle shot': { angle: 'low' }, 'low-angle shot': { angle: 'low' },
  "worm's-eye view": { angle: 'low' }, "worm's eye view": { angle: 'low' }, 'worms eye view': { angle: 'low' }, "worm's-eye": { angle: 'low' },
  "worm's eye": { angle: 'low' }, 'from below': { angle: 'low' }, 'from a low angle': { angle: 'low' }, 'ground level': { angle: 'low' },
  'high angle': { angle: 'high' }, 'high-angle': { angle: 'high' }, 'high angle shot': { angle: 'high' }, 'high-angle shot': { angle: 'high' },
  'from a high angle': { angle: 'high' }, 'looking down on': { angle: 'high' }, 'looking down at': { angle: 'high' },
  'slow motion': { timeScale: 0.35 }, 'slow-motion': { timeScale: 0.35 }, 'slo-mo': { timeScale: 0.35 }, slowmo: { timeScale: 0.35 },
  'super slow motion': { timeScale: 0.15 }, 'time-lapse': { timeScale: 12 }, 'time lapse': { timeScale: 12 },
  timelapse: { timeScale: 12 }, 'fast motion': { timeScale: 3 }, 'fast forward': { timeScale: 3 }, hyperlapse: { timeScale: 12 },
  'over the seasons': { timeScale: 40 }, 'over the years': { timeScale: 60 }, 'over time': { timeScale: 12 },
  'over a month': { timeScale: 40 }, 'over a day': { timeScale: 20 }, 'over the course of a day': { timeScale: 20 },
  'throughout the day': { timeScale: 20 }, 'from day to night': { timeScale: 20 }, 'over a year': { timeScale: 60 },
  'through the seasons': { timeScale: 40 }, 'over many years': { timeScale: 60 }, 'over the day': { timeScale: 20 },
  'years pass': { timeScale: 60, later: true }, 'years later': { timeScale: 60, later: true }, 'time passes': { timeScale: 12, later: true },
  'days pass': { timeScale: 20, later: true }, 'seasons pass': { timeScale: 40, later: true }, 'months pass': { timeScale: 40, later: true },
  'a year later': { timeScale: 60, later: true }, 'months later': { timeScale: 40, later: true }, 'days later': { timeScale: 20, later: true },
  'hours pass': { timeScale: 12, later: true }, 'time goes by': { timeScale: 12, later: true }, 'years go by': { timeScale: 60, later: true },
};

/** Verbs that move the camera when the camera is their subject ("the camera pans across"). */
export const CAMERA_VERBS: Readonly<Record<string, CameraWord>> = {
  pan: { move: 'pan-right' }, tilt: { move: 'tilt-up' }, zoom: { move: 'zoom-in', targets: true }, dolly: { move: 'dolly-in' },
  track: { move: 'track', targets: true }, follow: { move: 'track', targets: true }, orbit: { move: 'orbit', targets: true },
  circle: { move: 'orbit', targets: true }, rotate: { move: 'orbit', targets: true }, push: { move: 'dolly-in', targets: true },
  pull: { move: 'dolly-out' }, shake: { move: 'shake' }, glide: { move: 'dolly-in' }, sweep: { move: 'pan-right' },
  move: { move: 'dolly-in' }, rise: { move: 'tilt-up' }, descend: { move: 'tilt-down' }, fly: { shot: 'aerial', move: 'dolly-in' },
  hover: { shot: 'aerial' }, focus: { shot: 'close-up', targets: true }, linger: { move: 'static' }, hold: { move: 'static' },
};

/** Camera nouns and verbs that only say "a camera is involved" and so are used by any camera phrase. */
export const CAMERA_FILLERS: ReadonlySet<string> = new Set(['camera', 'shot', 'view', 'angle', 'footage', 'cam', 'lens', 'move', 'moves', 'movement']);

/** Style phrases (lemmas). */
export const STYLE_WORDS: Readonly<Record<string, StyleName>> = {
  natural: 'natural', realistic: 'natural', photorealistic: 'natural', 'photo-realistic': 'natural', cinematic: 'natural',
  documentary: 'natural', '3d': 'natural', 'real life': 'natural', hyperrealistic: 'natural', lifelike: 'natural',
  watercolor: 'watercolor', watercolour: 'watercolor', 'water color': 'watercolor', aquarelle: 'watercolor',
  'watercolor painting': 'watercolor', gouache: 'watercolor',
  'oil painting': 'oil-paint', 'oil paint': 'oil-paint', 'van gogh': 'oil-paint', impressionist: 'oil-paint',
  impressionism: 'oil-paint', monet: 'oil-paint', 'post-impressionist': 'oil-paint', painterly: 'oil-paint',
  'oil on canvas': 'oil-paint', painting: 'oil-paint', rembrandt: 'oil-paint', acrylic: 'oil-paint', 'acrylic painting': 'oil-paint',
  'pencil sketch': 'pencil-sketch', sketch: 'pencil-sketch', pencil: 'pencil-sketch', 'pencil drawing': 'pencil-sketch',
  charcoal: 'pencil-sketch', 'line drawing': 'pencil-sketch', 'line art': 'pencil-sketch', drawing: 'pencil-sketch',
  graphite: 'pencil-sketch', 'charcoal drawing': 'pencil-sketch', 'charcoal sketch': 'pencil-sketch', 'ink drawing': 'pencil-sketch', 'hand-drawn': 'pencil-sketch', 'hand drawn': 'pencil-sketch', doodle: 'pencil-sketch',
  'pixel art': 'pixel-art', pixel: 'pixel-art', pixelated: 'pixel-art', '8-bit': 'pixel-art', '8 bit': 'pixel-art',
  '16-bit': 'pixel-art', '8 bit video game': 'pixel-art', 'video game style': 'pixel-art', 'retro game': 'pixel-art', 'retro video game': 'pixel-art', 'pixel-art': 'pixel-art',
  neon: 'neon', cyberpunk: 'neon', synthwave: 'neon', vaporwave: 'neon', 'neon-lit': 'neon', 'neon lit': 'neon',
  'neon light': 'neon', 'neon lights': 'neon', tron: 'neon', 'blade runner': 'neon',
  'black and white': 'film-noir', 'black-and-white': 'film-noir', 'b&w': 'film-noir', noir: 'film-noir', 'film noir': 'film-noir',
  monochrome: 'film-noir', grayscale: 'film-noir', greyscale: 'film-noir', 'black and white film': 'film-noir',
  vintage: 'vintage-film', 'vintage film': 'vintage-film', 'old film': 'vintage-film', sepia: 'vintage-film', retro: 'vintage-film',
  'sepia toned': 'vintage-film', 'sepia tone': 'vintage-film', 'super 8': 'vintage-film', 'super-8': 'vintage-film', '8mm': 'vintage-film', '16mm': 'vintage-film', 'old movie': 'vintage-film',
  'silent film': 'vintage-film', '1920s': 'vintage-film', '1950s': 'vintage-film', '1970s': 'vintage-film', 'home movie': 'vintage-film',
  'film grain': 'vintage-film', 'old-fashioned': 'vintage-film', 'old fashioned': 'vintage-film', vhs: 'vintage-film',
  comic: 'comic', 'comic book': 'comic', 'comic strip': 'comic', cartoon: 'comic', cartoony: 'comic', 'cartoon style': 'comic',
  anime: 'comic', manga: 'comic', 'pop art': 'comic', animated: 'comic', 'graphic novel': 'comic', 'cel-shaded': 'comic',
};

/** Nouns that only frame a style phrase ("in watercolor style", "as an oil painting"). */
export const STYLE_FILLERS: ReadonlySet<string> = new Set(['style', 'styled', 'art', 'artwork', 'aesthetic', 'look', 'render', 'rendering', 'illustration', 'film', 'movie', 'picture', 'image', 'painting', 'drawing']);
