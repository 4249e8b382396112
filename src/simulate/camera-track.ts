import { createNoise2D } from 'simplex-noise';
import type { Shot } from '../plan/schema.ts';
import type { Random } from '../util/random.ts';
import type { CastMember } from './cast.ts';
import type { ShotLayout } from './layout.ts';
import { aimAt, depthToZ, REST_CAMERA, type CameraPose } from './projection.ts';
import type { SettingGeometry } from './setting-geometry.ts';
import type { ActorTrack, CameraTrack, ShotSpan } from './simulation.ts';

/** How much of the frame height the subject should fill for each shot size. */
const SUBJECT_FILL = { 'close-up': 0.68, medium: 0.45, wide: 0.25, aerial: 0.08 } as const;

/**
 * The entity a shot is about: the camera's target, else the first thing that
 * acts, else the first. Something circling another is framed around what it
 * circles (a bee round a sunflower: the sunflower holds the shot still).
 */
export function subjectOf(shot: Shot): string | null {
  if (shot.camera.target) return shot.camera.target;
  const actor = shot.entities.find((e) => e.actions.length > 0 && e.category !== 'building');
  const circling = actor?.actions.find((a) => (a.motion === 'circle' || a.motion === 'orbit') && a.target);
  if (circling?.target && shot.entities.some((e) => e.id === circling.target)) return circling.target;
  return actor?.id ?? shot.entities[0]?.id ?? null;
}

/**
 * The framing a shot starts from: the lens that makes its subject read at the
 * shot size asked for (a lone bee in a wide shot still gets a closer lens),
 * aimed at the subject, from where the setting wants the camera.
 */
export function frameShot(shot: Shot, cast: ReadonlyMap<string, CastMember>, layout: ShotLayout, geometry: SettingGeometry, aspect: number): CameraPose {
  const camera: CameraPose = { ...REST_CAMERA, tilt: REST_CAMERA.tilt + geometry.lookUp };
  const size = shot.camera.shot;
  if (size === 'aerial') {
    // High up and looking steeply down: the ground fills the frame, the horizon sits near its top edge.
    Object.assign(camera, { y: AERIAL_HEIGHT, z: -1.3, zoom: AERIAL_ZOOM, tilt: aerialTilt(AERIAL_HORIZON, AERIAL_ZOOM) });
  }
  const subjectId = subjectOf(shot);
  const subject = subjectId ? cast.get(subjectId) : undefined;
  if (!subject) return camera;
  const points = layout.members.get(subject.entity.id) ?? [];
  const scale = layout.scale.get(subject.entity.id) ?? 1;
  const cx = points.reduce((s, p) => s + p.x, 0) / Math.max(1, points.length);
  const cy = points.reduce((s, p) => s + p.y, 0) / Math.max(1, points.length);
  const depth = points.reduce((s, p) => s + p.depth, 0) / Math.max(1, points.length);
  const z = depthToZ(depth);
  const height = subject.height * scale;
  const onScreen = height / (z - camera.z);
  const group = groupSpan(cast, layout, aspect);
  let zoom = SUBJECT_FILL[size] / Math.max(0.02, onScreen);
  if (size === 'wide') {
    // Wide shots keep every entity in frame and only close in on small subjects.
    zoom = Math.min(Math.max(1, Math.min(zoom, 1.6)), Math.max(0.8, (0.92 * aspect) / Math.max(0.1, group)));
  } else if (size === 'aerial') {
    zoom = AERIAL_ZOOM;
  } else {
    zoom = Math.min(4, Math.max(1.2, zoom));
  }
  // A medium shot of something up in the air (a balloon, a soaring eagle) keeps a strip of the land below it in view:
  // no closer than lets the subject's top and the horizon both fit. A close-up may show only sky.
  const aloft = size === 'medium' && (subject.placement === 'air' || subject.placement === 'sky') && geometry.floor === 'ground' && geometry.backWall === null;
  const topV = (cy + height - camera.y) / Math.max(0.1, z - camera.z);
  if (aloft && topV > 0) zoom = Math.min(zoom, Math.max(1, (MEDIUM_LOWEST_HORIZON - 0.06) / topV));
  camera.zoom = zoom;
  if (size === 'wide' && zoom > 1) {
    // A wide shot keeps the horizon in view (with some sky): close in only as far as the subject then still fits.
    const dz = z - camera.z;
    const drop = (camera.y - cy) / dz;
    if (drop > 0) zoom = Math.max(1, Math.min(zoom, (0.42 * dz) / (camera.y - cy)));
    camera.zoom = zoom;
  }
  if (zoom > 1.04 || size === 'aerial') {
    // Aim at the subject: centred across, its middle a little below the frame centre.
    const lookY = cy + height * (size === 'close-up' ? 0.5 : 0.55);
    const aimed = { ...camera };
    aimAt(aimed, cx, lookY, z, aspect, 0.5, size === 'aerial' ? 0.6 : 0.52);
    const k = size === 'wide' ? Math.min(1, (zoom - 1) / 0.6) : 1;
    camera.pan = camera.pan + (aimed.pan - camera.pan) * k;
    camera.tilt = camera.tilt + (aimed.tilt - camera.tilt) * k;
    if (size === 'wide') camera.tilt = clampHorizon(camera.tilt, camera.zoom);
    if (aloft) camera.tilt = Math.min(camera.tilt, (MEDIUM_LOWEST_HORIZON - 0.5) / camera.zoom);
    // An aerial shot may look further down at its subject, never up: the horizon stays in the top band.
    if (size === 'aerial') camera.tilt = Math.min(camera.tilt, aerialTilt(AERIAL_HORIZON, camera.zoom));
  }
  return camera;
}

/** An aerial camera's height above the ground (the rest camera's is 0.33). */
const AERIAL_HEIGHT = 2.2;
/** An aerial lens: a little wider than the rest lens. */
const AERIAL_ZOOM = 0.85;
/** Where the horizon sits in an aerial frame, as a fraction of the height from the top. */
export const AERIAL_HORIZON = 0.07;

/** Lens tilt that puts the horizon at a fraction of the frame height from the top. */
function aerialTilt(horizon: number, zoom: number): number {
  return (horizon - 0.5) / zoom;
}

/** The lowest a medium shot of something aloft lets the horizon go, as a fraction of the frame height from the top. */
const MEDIUM_LOWEST_HORIZON = 0.88;

/** The widest lens a wide shot opens to so that every path fits. */
const MIN_FIT_ZOOM = 0.7;
/** Tilt (times zoom) that puts the horizon at 84% of the frame height: the lowest a wide shot lets it go. */
const LOWEST_HORIZON_TILT = 0.34;

/** Tilt that keeps the horizon between 30% and 72% of the frame height. */
function clampHorizon(tilt: number, zoom: number): number {
  return Math.min(0.22 / zoom, Math.max(-0.2 / zoom, tilt));
}

/**
 * Widens a wide shot once the actors have moved: the lens and aim that keep
 * every actor's whole path in frame (things leaving on purpose count only
 * until they go), never closer than the framing the shot started from.
 */
export function fitFraming(shot: Shot, base: CameraPose, actors: readonly ActorTrack[], aspect: number): CameraPose {
  if (shot.camera.shot !== 'wide' || actors.length === 0) return base;
  let uMin = Infinity;
  let uMax = -Infinity;
  let vMin = Infinity;
  let vMax = -Infinity;
  for (const a of actors) {
    const leaving = shot.entities.find((e) => e.id === a.entityId)?.actions.some((x) => x.motion === 'launch' || x.motion === 'flee') ?? false;
    const last = leaving ? Math.max(1, Math.floor(a.length * 0.4)) : a.length;
    const half = (a.size * (a.bounds.right - a.bounds.left)) / 2;
    const h = a.size * (a.bounds.bottom - a.bounds.top);
    for (let i = 0; i < last; i += Math.max(1, Math.floor(a.length / 20))) {
      const dz = depthToZ(a.depth[i]!) - base.z;
      if (dz < 0.2) continue;
      const x = a.x[i]! - base.x;
      const y = a.y[i]! - base.y;
      // Scaled as it is then: a tree that grows must still fit when grown.
      const sx = Math.abs(a.scaleX[i]!);
      const sy = Math.abs(a.scaleY[i]!);
      uMin = Math.min(uMin, (x - half * sx) / dz);
      uMax = Math.max(uMax, (x + half * sx) / dz);
      vMin = Math.min(vMin, y / dz);
      vMax = Math.max(vMax, (y + h * sy) / dz);
    }
  }
  if (!Number.isFinite(uMin)) return base;
  const fits = (pose: CameraPose): boolean => {
    const left = 0.5 + (pose.zoom * (uMin - pose.pan)) / aspect;
    const right = 0.5 + (pose.zoom * (uMax - pose.pan)) / aspect;
    const top = 0.5 - pose.zoom * (vMax - pose.tilt);
    const bottom = 0.5 - pose.zoom * (vMin - pose.tilt);
    return left >= 0.02 && right <= 0.98 && top >= 0.03 && bottom <= 0.97;
  };
  if (fits(base)) return base;
  const zoom = Math.max(MIN_FIT_ZOOM, Math.min(base.zoom, (0.92 * aspect) / Math.max(0.05, uMax - uMin), 0.9 / Math.max(0.05, vMax - vMin)));
  const pose = { ...base, zoom };
  pose.pan = (uMin + uMax) / 2;
  if (fits(pose)) return pose;
  // Aim between the top and bottom of every path, but a wide shot keeps its ground: the horizon stays in the lower
  // part of the frame. Something high in the sky (clouds forming, a kite) is fitted by widening the lens instead.
  const mid = (vMin + vMax) / 2;
  for (let z = zoom; z >= MIN_FIT_ZOOM - 1e-9; z *= 0.94) {
    Object.assign(pose, { zoom: z, tilt: clampHorizon(mid, z) });
    if (fits(pose)) return pose;
  }
  // Still too tall at the widest lens: look further up, but never so far that the ground leaves the frame.
  pose.zoom = MIN_FIT_ZOOM;
  pose.tilt = Math.max(-0.2 / pose.zoom, Math.min(mid, LOWEST_HORIZON_TILT / pose.zoom));
  return pose;
}

/** Camera heights for the low and high angles (eye level is the rest camera's 0.33). */
const LOW_HEIGHT = 0.06;
const HIGH_HEIGHT = 1.15;
/** Where the horizon sits for each angle, as a fraction of the frame height from the top. */
const ANGLE_HORIZON = { low: 0.8, high: 0.14 } as const;

/**
 * A low or high angle: the camera drops near the ground and looks up, so the
 * horizon sits low and what stands there towers into the sky; or it rises
 * and looks down on the scene. The lens widens only as far as every actor's
 * path (but for things leaving on purpose) still fits. Eye level and aerial
 * shots are left as they are.
 */
export function angleFraming(shot: Shot, base: CameraPose, actors: readonly ActorTrack[]): CameraPose {
  const angle = shot.camera.angle ?? 'eye';
  if (angle === 'eye' || shot.camera.shot === 'aerial') return base;
  const pose: CameraPose = { ...base, y: angle === 'low' ? LOW_HEIGHT : HIGH_HEIGHT };
  // The highest and lowest view slopes any actor reaches over the shot, seen from the new height.
  let top = -Infinity;
  let bottom = Infinity;
  for (const a of actors) {
    const leaving = shot.entities.find((e) => e.id === a.entityId)?.actions.some((x) => x.motion === 'launch' || x.motion === 'flee') ?? false;
    const last = leaving ? Math.max(1, Math.floor(a.length * 0.4)) : a.length;
    const h = a.size * (a.bounds.bottom - a.bounds.top);
    for (let i = 0; i < last; i += Math.max(1, Math.floor(a.length / 20))) {
      const dz = depthToZ(a.depth[i]!) - pose.z;
      if (dz < 0.2) continue;
      top = Math.max(top, (a.y[i]! + h * Math.abs(a.scaleY[i]!) - pose.y) / dz);
      bottom = Math.min(bottom, (a.y[i]! - pose.y) / dz);
    }
  }
  // A view slope v shows at 0.5 - zoom * (v - tilt) of the frame height from the top; the horizon (v = 0) at the angle's row.
  const row = (v: number): number => 0.5 - pose.zoom * (v - pose.tilt);
  for (let zoom = pose.zoom; zoom >= MIN_FIT_ZOOM - 1e-9; zoom *= 0.94) {
    pose.zoom = zoom;
    pose.tilt = (ANGLE_HORIZON[angle] - 0.5) / zoom;
    if ((top === -Infinity || row(top) >= 0.03) && (bottom === Infinity || row(bottom) <= 0.97)) break;
  }
  return pose;
}

/** Screen width (in frame heights, at rest) spanned by all grounded entities. */
function groupSpan(cast: ReadonlyMap<string, CastMember>, layout: ShotLayout, aspect: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const member of cast.values()) {
    const scale = layout.scale.get(member.entity.id) ?? 1;
    for (const p of layout.members.get(member.entity.id) ?? []) {
      const z = depthToZ(p.depth);
      if (member.travels && member.entity.count === 1) continue;
      lo = Math.min(lo, (p.x - (member.width * scale) / 2) / z);
      hi = Math.max(hi, (p.x + (member.width * scale) / 2) / z);
    }
  }
  return hi > lo ? hi - lo : aspect * 0.5;
}

const ease = (t: number): number => t * t * (3 - 2 * t);

/**
 * Fills the camera channels for one shot: its framing, then the move the plan
 * asks for, eased in and out. Close and tracking shots follow their subject
 * with a soft lag so the camera never snaps.
 */
export function fillCameraTrack(
  track: CameraTrack,
  shot: Shot,
  span: ShotSpan,
  fps: number,
  base: CameraPose,
  subject: readonly ActorTrack[],
  aspect: number,
  random: Random,
): void {
  const length = span.endFrame - span.firstFrame;
  const s = shot.camera.speed;
  const move = shot.camera.move;
  const noise = createNoise2D(() => random.next());
  const centre = (i: number): { x: number; y: number; z: number } => {
    if (subject.length === 0) return { x: base.x, y: 0.2, z: 1.66 };
    let x = 0;
    let y = 0;
    let z = 0;
    for (const a of subject) {
      const k = Math.min(a.length - 1, Math.max(0, span.firstFrame + i - a.firstFrame));
      x += a.x[k]!;
      y += a.y[k]! + a.size * (a.bounds.bottom - a.bounds.top) * 0.5;
      z += depthToZ(a.depth[k]!);
    }
    return { x: x / subject.length, y: y / subject.length, z: z / subject.length };
  };
  const travelling = subject.length > 0 && Math.abs(centre(length - 1).x - centre(0).x) > 0.15;
  const follows = move === 'track' || ((shot.camera.shot === 'close-up' || shot.camera.shot === 'medium') && travelling);
  const start = centre(0);
  let followX = start.x;
  let followY = start.y;
  const lag = 1 - Math.exp(-1 / (0.4 * fps));
  const truck = 0.3 * s * (aspect / 2) * depthToZ(0.5);
  const pose: CameraPose = { ...base };
  // A tracking shot keeps its subject in the middle of the frame from the first frame on.
  const basePan = move === 'track' && subject.length > 0 ? (start.x - base.x) / Math.max(0.3, start.z - base.z) : base.pan;
  for (let i = 0; i < length; i++) {
    const u = length > 1 ? i / (length - 1) : 0;
    const e = ease(u);
    Object.assign(pose, base);
    pose.pan = basePan;
    const c = centre(i);
    followX += (c.x - followX) * lag;
    followY += (c.y - followY) * lag;
    switch (move) {
      case 'pan-left':
        pose.x = base.x + truck * (0.5 - e);
        break;
      case 'pan-right':
        pose.x = base.x + truck * (e - 0.5);
        break;
      case 'tilt-up':
        pose.tilt = base.tilt + (e - 0.35) * 0.3 * s;
        break;
      case 'tilt-down':
        pose.tilt = base.tilt + (0.65 - e) * 0.3 * s;
        break;
      case 'zoom-in':
      case 'zoom-out': {
        const k = move === 'zoom-in' ? e : 1 - e;
        pose.zoom = base.zoom * (1 + 0.7 * s * k);
        if (subject.length > 0) aimBlend(pose, base, followX, followY, c.z, aspect, k);
        break;
      }
      case 'dolly-in':
      case 'dolly-out': {
        const k = move === 'dolly-in' ? e : 1 - e;
        const room = Math.max(0, c.z - 0.75);
        pose.z = base.z + Math.min(room, 0.55 * s) * k;
        if (subject.length > 0) aimBlend(pose, base, followX, followY, c.z, aspect, Math.min(1, k * 1.5));
        break;
      }
      case 'orbit': {
        const a = (u - 0.5) * Math.PI * 0.9;
        pose.x = followX + Math.sin(a) * 0.45 * s;
        pose.z = base.z + (1 - Math.cos(a)) * 0.2 * s;
        aimAt(pose, followX, followY, c.z, aspect, 0.5, 0.55);
        pose.rotation = Math.sin(a) * 0.015 * s;
        break;
      }
      case 'shake': {
        const t = (i / fps) * 2.2;
        pose.pan += noise(t, 0.5) * 0.012 * s + noise(t * 3.1, 4.5) * 0.004 * s;
        pose.tilt += noise(t, 9.5) * 0.01 * s + noise(t * 2.7, 13.5) * 0.003 * s;
        pose.rotation = noise(t * 0.8, 17.5) * 0.012 * s;
        break;
      }
      default:
        // A held aerial shot holds still, like a hovering drone: the painted land is then copied whole-pixel each
        // frame. (A slow drift of a fraction of a pixel a frame made every frame a filtered redraw of the whole
        // land, about a quarter of its render time, for a turn the eye barely saw.) "panning" asks for a move.
        break;
    }
    if (follows && move !== 'orbit') {
      pose.x += followX - start.x;
      if (shot.camera.shot === 'close-up' || shot.camera.shot === 'medium') pose.tilt += ((followY - start.y) / Math.max(0.3, c.z - pose.z)) * 0.8;
    }
    const f = span.firstFrame + i;
    track.x[f] = pose.x;
    track.y[f] = pose.y;
    track.z[f] = pose.z;
    track.zoom[f] = pose.zoom;
    track.pan[f] = pose.pan;
    track.tilt[f] = pose.tilt;
    track.rotation[f] = pose.rotation;
  }
}

/** Turns the lens a fraction of the way from its base aim towards a point. */
function aimBlend(pose: CameraPose, base: CameraPose, x: number, y: number, z: number, aspect: number, k: number): void {
  const aimed = { ...pose };
  aimAt(aimed, x, y, z, aspect, 0.5, 0.55);
  pose.pan = base.pan + (aimed.pan - base.pan) * k;
  pose.tilt = base.tilt + (aimed.tilt - base.tilt) * k;
}
