/** Bounds on what a request may ask for; checked by the request and plan schemas. */
export const LIMITS = {
  minDimension: 16,
  maxDimension: 3840,
  minSeconds: 1,
  maxSeconds: 120,
  minFps: 1,
  maxFps: 60,
  maxPromptChars: 32_000,
  maxSeed: 0xffff_ffff,
  maxEntitiesPerShot: 64,
  maxCount: 200,
  maxShots: 64,
} as const;

/** Defaults for a request that names no size, length or rate. */
export const DEFAULT_OUTPUT = {
  width: 1280,
  height: 720,
  fps: 30,
  seconds: 5,
  format: 'mp4',
} as const;
