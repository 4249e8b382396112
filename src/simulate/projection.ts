/**
 * The 2.5D world model shared by the simulator and the renderer: a pinhole
 * camera over a flat ground. A point has a sideways position x, a height y
 * and a distance Z from the camera's rest position; the plan's depth (0 near,
 * 1 far edge of the stage) maps to Z linearly. Everything else — parallax,
 * things shrinking and rising towards the horizon, dolly versus zoom — follows
 * from one projection, so layers, actors and labels always agree.
 */
import type { CameraTrack } from './simulation.ts';

/** Z of depth 0 is 1; depth 1 is DEPTH_SPAN further away. */
export const DEPTH_SPAN = 2.2;
/** The camera's height above the ground at rest, in world units. */
export const CAMERA_HEIGHT = 0.33;
/** How far above the frame centre the lens looks at rest: puts the horizon at 60% of the frame height. */
export const REST_TILT = 0.1;

/** Distance from the camera's rest position for a plan depth (may exceed 1 for scenery). */
export function depthToZ(depth: number): number {
  return 1 + DEPTH_SPAN * depth;
}

/** Plan depth of a distance. */
export function zToDepth(z: number): number {
  return (z - 1) / DEPTH_SPAN;
}

/** Scale at a depth relative to depth 0, for the camera at rest. */
export function depthScale(depth: number): number {
  return 1 / depthToZ(depth);
}

/** A camera pose (one frame of a CameraTrack). */
export interface CameraPose {
  x: number;
  y: number;
  z: number;
  zoom: number;
  pan: number;
  tilt: number;
  rotation: number;
}

/** The camera at rest: the wide shot every other pose is measured from. */
export const REST_CAMERA: Readonly<CameraPose> = Object.freeze({ x: 0, y: CAMERA_HEIGHT, z: 0, zoom: 1, pan: 0, tilt: REST_TILT, rotation: 0 });

/** Reads frame `i` of a camera track into `out`. */
export function cameraAt(track: CameraTrack, i: number, out: CameraPose = { ...REST_CAMERA }): CameraPose {
  out.x = track.x[i]!;
  out.y = track.y[i]!;
  out.z = track.z[i]!;
  out.zoom = track.zoom[i]!;
  out.pan = track.pan[i]!;
  out.tilt = track.tilt[i]!;
  out.rotation = track.rotation[i]!;
  return out;
}

/** Where a world point lands on screen, in pixels, and the pixel size of one world unit there. */
export interface ScreenPoint {
  x: number;
  y: number;
  unit: number;
}

/** Nearest distance in front of the camera that still projects (things closer are behind the lens). */
export const NEAR_CLIP = 0.05;

/**
 * Projects a world point (x, height y, distance Z) to pixels of a W×H frame,
 * before the camera's roll (apply `rollAbout` for that). `unit` is the size in
 * pixels of one world unit at that distance.
 */
export function projectZ(x: number, y: number, z: number, camera: CameraPose, width: number, height: number, out: ScreenPoint = { x: 0, y: 0, unit: 0 }): ScreenPoint {
  const dz = Math.max(NEAR_CLIP, z - camera.z);
  const f = height * camera.zoom;
  out.x = width / 2 + f * ((x - camera.x) / dz - camera.pan);
  out.y = height / 2 - f * ((y - camera.y) / dz - camera.tilt);
  out.unit = f / dz;
  return out;
}

/** Projects a point given in plan depth. */
export function project(x: number, y: number, depth: number, camera: CameraPose, width: number, height: number, out?: ScreenPoint): ScreenPoint {
  return projectZ(x, y, depthToZ(depth), camera, width, height, out);
}

/** Screen y of the horizon for a camera, in pixels. */
export function horizonY(camera: CameraPose, height: number): number {
  return height / 2 + height * camera.zoom * camera.tilt;
}

/** World x seen at a screen x (pixels) at distance Z, ignoring roll. */
export function worldXAt(screenX: number, z: number, camera: CameraPose, width: number, height: number): number {
  const dz = Math.max(NEAR_CLIP, z - camera.z);
  return camera.x + ((screenX - width / 2) / (height * camera.zoom) + camera.pan) * dz;
}

/** Half the visible width in world units at a plan depth, for the camera at rest. */
export function halfViewWidth(aspect: number, depth: number): number {
  return (aspect / 2) * depthToZ(depth);
}

/**
 * Distance Z at which the ground meets a screen row, or Infinity when the row
 * is at or above the horizon.
 */
export function groundZAtRow(screenY: number, camera: CameraPose, height: number): number {
  const v = (height / 2 - screenY) / (height * camera.zoom) + camera.tilt; // = (0 - cy) / dz
  if (v >= -1e-6) return Infinity;
  return camera.z + -camera.y / v;
}

/** Aims a camera so a world point lands at a screen position (fractions of width and height). */
export function aimAt(camera: CameraPose, x: number, y: number, z: number, aspect: number, u = 0.5, v = 0.5): void {
  const dz = Math.max(NEAR_CLIP, z - camera.z);
  camera.pan = (x - camera.x) / dz - ((u - 0.5) * aspect) / camera.zoom;
  camera.tilt = (y - camera.y) / dz + (v - 0.5) / camera.zoom;
}
