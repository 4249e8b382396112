/**
 * The 2.5D world model shared by the simulator (to keep actors in view) and
 * the renderer (to draw them): depth shrinks things and pulls them towards the
 * horizon; the camera's x moves near things more than far ones (parallax).
 */

/** How much smaller things get at the horizon: scale = 1 / (1 + PERSPECTIVE * depth). */
export const PERSPECTIVE = 2.2;

/** Screen heights (0 top, 1 bottom) of the horizon and of the ground at depth 0, for a wide shot. */
export const HORIZON_Y = 0.6;
export const NEAR_GROUND_Y = 0.93;

/** Scale factor at a depth (1 at depth 0). */
export function depthScale(depth: number): number {
  return 1 / (1 + PERSPECTIVE * depth);
}

const FAR_SCALE = depthScale(1);

/** Screen height (fraction of frame height, before camera zoom) of the ground line at a depth. */
export function groundLineY(depth: number): number {
  const t = (depthScale(depth) - FAR_SCALE) / (1 - FAR_SCALE);
  return HORIZON_Y + (NEAR_GROUND_Y - HORIZON_Y) * t;
}

/** Half the visible width in world units at a depth, for a camera of zoom 1. */
export function halfViewWidth(aspect: number, depth: number): number {
  return aspect / 2 / depthScale(depth);
}

/** A camera pose. */
export interface CameraPose {
  x: number;
  y: number;
  zoom: number;
  rotation: number;
}

/** Where a world point lands on screen, in pixels, and the pixel size of one world unit there. */
export interface ScreenPoint {
  x: number;
  y: number;
  unit: number;
}

/**
 * Projects a world point (x, height y, depth) to pixels. Zoom scales about the
 * frame centre; the camera's y lifts the view.
 */
export function project(
  x: number,
  y: number,
  depth: number,
  camera: CameraPose,
  width: number,
  height: number,
  out: ScreenPoint = { x: 0, y: 0, unit: 0 },
): ScreenPoint {
  const s = depthScale(depth);
  const unit = height * s * camera.zoom;
  const groundY = groundLineY(depth) * height;
  const sx = width / 2 + (x - camera.x) * unit;
  const sy = height / 2 + (groundY - height / 2 - y * height * s) * camera.zoom + camera.y * height * s * camera.zoom;
  out.x = sx;
  out.y = sy;
  out.unit = unit;
  return out;
}
