import { createCanvas } from '@napi-rs/canvas';
import { artBounds, loadRasterArt, type ArtBounds } from '../assets/art-source.ts';
import { artOrientation } from '../assets/art-orientation.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { cameraAt, depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../simulate/projection.ts';
import { settingGeometry } from '../simulate/setting-geometry.ts';
import type { ActorTrack, Simulation, SimulationEvent } from '../simulate/simulation.ts';
import { createPyrotechnics, type Pyrotechnics } from './effects/fireworks.ts';
import { shotProps } from './shot-scene.ts';

/**
 * Labels for free: since the simulator knows every actor, each frame can say
 * where every one of them is on screen and how much of it shows — a
 * Kubric-style metadata file beside the video, for training and testing
 * vision models. Boxes are in pixels of the output frame.
 */
export interface SceneLabels {
  readonly format: 'diorama-labels';
  readonly version: 1;
  readonly prompt: string;
  readonly seed: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frameCount: number;
  readonly entities: readonly LabelEntity[];
  readonly shots: readonly { id: string; firstFrame: number; endFrame: number; setting: unknown; camera: unknown }[];
  /** The shots' dense captions, with the frames they cover. */
  readonly captions: readonly { shot: string; firstFrame: number; endFrame: number; text: string }[];
  readonly events: readonly SimulationEvent[];
  readonly frames: readonly LabelFrame[];
}

/** One actor (one member of an entity of one shot). */
export interface LabelEntity {
  readonly key: string;
  readonly shot: string;
  readonly entity: string;
  readonly member: number;
  readonly noun: string;
  readonly asset: string;
  readonly category: string;
  readonly color: string | null;
}

/** Where every actor of a frame is. */
export interface LabelFrame {
  readonly frame: number;
  readonly shot: string;
  readonly camera: { x: number; y: number; z: number; zoom: number; pan: number; tilt: number; rotation: number };
  readonly objects: readonly LabelObject[];
}

/** One actor in one frame. */
export interface LabelObject {
  readonly key: string;
  /** The art's box [x0, y0, x1, y1] clipped to the frame; null when it is wholly outside. */
  readonly box: readonly [number, number, number, number] | null;
  /** Box of the parts actually seen (in frame, not hidden by nearer things); null when none shows. */
  readonly visibleBox: readonly [number, number, number, number] | null;
  /** Fraction of the art seen: 1 fully visible, 0 hidden or off screen. */
  readonly visibility: number;
  /** Fraction of the art inside the frame, occluders aside. */
  readonly inFrame: number;
  /** Plan depth (0 near .. 1 far). */
  readonly depth: number;
}

const MASK = 32;
/** The whole of a unit square: a box placed as art. */
const FULL: ArtBounds = { left: 0, top: 0, right: 1, bottom: 1 };

/** Builds the labels of a simulated plan (no pixels are rendered). */
export function buildLabels(plan: ScenePlan, simulation: Simulation): SceneLabels {
  const { width, height } = plan.output;
  const cell = Math.max(2, Math.round(height / 90));
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const masks = new Map<string, Uint8Array>();
  const maskOf = (asset: string): Uint8Array => {
    let mask = masks.get(asset);
    if (!mask) {
      mask = alphaMask(asset);
      masks.set(asset, mask);
    }
    return mask;
  };
  const props = simulation.shots.map((span) => shotProps(plan, simulation, span));
  // Fireworks and sparklers are light, not art: their box is what they light up while they burn.
  const pyrotechnics: Pyrotechnics[] = simulation.shots.map((span) => createPyrotechnics({ plan, simulation, span, night: 1 }));
  const lit = new Uint8Array(MASK * MASK).fill(255);
  const owner = new Int32Array(cols * rows);
  const camera: CameraPose = cameraAt(simulation.camera, 0);
  const frames: LabelFrame[] = [];
  for (let frame = 0; frame < simulation.frameCount; frame++) {
    const span = simulation.shots.find((s) => frame >= s.firstFrame && frame < s.endFrame) ?? simulation.shots[simulation.shots.length - 1]!;
    const shot = plan.shots[span.shotIndex]!;
    cameraAt(simulation.camera, frame, camera);
    const geometry = settingGeometry(shot.setting.kind);
    const drawn: Drawn[] = [];
    for (const track of simulation.actors) {
      const i = frame - track.firstFrame;
      if (track.shotIndex !== span.shotIndex || i < 0 || i >= track.length) continue;
      if (pyrotechnics[span.shotIndex]!.has(track)) {
        const shotSeconds = (frame - span.firstFrame) / simulation.fps;
        const box = pyrotechnics[span.shotIndex]!.box(track, i, camera, shotSeconds);
        const d = box ? finish(withRoll([box[2] - box[0], 0, 0, box[3] - box[1], box[0], box[1]], camera.rotation, width, height), 1, FULL, 1) : null;
        if (d) drawn.push({ ...d, mask: lit, key: track.key, depth: pyrotechnics[span.shotIndex]!.depth(track, i), actor: true, opacity: 1, light: true });
        continue;
      }
      const waterline = track.floats && geometry.water ? (artOrientation(track.asset, track.category).waterline ?? 0.8) : null;
      const d = placeActor(track, i, camera, width, height, waterline);
      if (d) drawn.push({ ...d, mask: maskOf(track.asset), key: track.key, depth: track.depth[i]!, actor: true, opacity: track.opacity[i]! });
    }
    for (const prop of props[span.shotIndex]!) {
      const d = placeProp(prop.asset, prop.x, prop.depth, prop.size, camera, width, height);
      if (d) drawn.push({ ...d, mask: maskOf(prop.asset), key: '', depth: prop.depth, actor: false, opacity: 1 });
    }
    // Painter's algorithm on a coarse grid: far to near, nearer art takes the cell (light hides nothing: it goes first).
    drawn.sort((a, b) => Number(b.light ?? false) - Number(a.light ?? false) || b.depth - a.depth);
    owner.fill(-1);
    const totals = drawn.map((d, index) => rasterise(d, index, owner, cols, rows, cell, width, height));
    const objects: LabelObject[] = [];
    drawn.forEach((d, index) => {
      if (!d.actor) return;
      let seen = 0;
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (owner[r * cols + c] !== index) continue;
          seen++;
          x0 = Math.min(x0, c * cell);
          y0 = Math.min(y0, r * cell);
          x1 = Math.max(x1, (c + 1) * cell);
          y1 = Math.max(y1, (r + 1) * cell);
        }
      }
      const total = totals[index]!;
      const box = clipBox(d.box, width, height);
      objects.push({
        key: d.key,
        box,
        visibleBox: seen > 0 ? [x0, y0, Math.min(width, x1), Math.min(height, y1)] : null,
        visibility: total.all > 0 && d.opacity > 0.05 ? round3(seen / total.all) : 0,
        inFrame: total.all > 0 ? round3(total.inFrame / total.all) : 0,
        depth: round3(d.depth),
      });
    });
    objects.sort((a, b) => (a.key < b.key ? -1 : 1));
    frames.push({
      frame,
      shot: shot.id,
      camera: { x: round3(camera.x), y: round3(camera.y), z: round3(camera.z), zoom: round3(camera.zoom), pan: round3(camera.pan), tilt: round3(camera.tilt), rotation: round3(camera.rotation) },
      objects,
    });
  }
  return {
    format: 'diorama-labels',
    version: 1,
    prompt: plan.prompt,
    seed: plan.seed,
    width,
    height,
    fps: simulation.fps,
    frameCount: simulation.frameCount,
    entities: simulation.actors.map((a) => ({ key: a.key, shot: plan.shots[a.shotIndex]!.id, entity: a.entityId, member: a.member, noun: a.noun, asset: a.asset, category: a.category, color: a.color })),
    shots: simulation.shots.map((s) => {
      const shot = plan.shots[s.shotIndex]!;
      return { id: shot.id, firstFrame: s.firstFrame, endFrame: s.endFrame, setting: shot.setting, camera: shot.camera };
    }),
    captions: simulation.shots.map((s) => ({ shot: plan.shots[s.shotIndex]!.id, firstFrame: s.firstFrame, endFrame: s.endFrame, text: plan.shots[s.shotIndex]!.caption })),
    events: simulation.events,
    frames,
  };
}

/** A placed piece of art: the affine map from its art square to the screen, and its inverse. */
interface Placed {
  /** Screen = m · art (a, b, c, d, e, f as in setTransform). */
  readonly m: readonly [number, number, number, number, number, number];
  readonly inv: readonly [number, number, number, number, number, number];
  readonly side: number;
  readonly bounds: ArtBounds;
  /** Lowest visible fraction of the art square (the waterline for floats). */
  readonly cropY: number;
  readonly box: readonly [number, number, number, number];
}

interface Drawn extends Placed {
  readonly mask: Uint8Array;
  readonly key: string;
  readonly depth: number;
  readonly actor: boolean;
  readonly opacity: number;
  /** Sparks and bursts: thin light that hides nothing behind it. */
  readonly light?: boolean;
}

const p: ScreenPoint = { x: 0, y: 0, unit: 0 };

/** The same transform the actor painter uses, as a matrix. */
function placeActor(track: ActorTrack, i: number, camera: CameraPose, width: number, height: number, waterline: number | null): Placed | null {
  const z = depthToZ(track.depth[i]!);
  if (z - camera.z < 0.08) return null;
  projectZ(track.x[i]!, track.y[i]!, z, camera, width, height, p);
  const b = track.bounds;
  const S = track.size * p.unit;
  const face = track.artFacing === 'front' ? 1 : track.facing[i]! * (track.artFacing === 'left' ? -1 : 1);
  const fs = Math.sign(face || 1) * Math.max(0.04, Math.abs(face));
  // As the painter crops: a float's hull at its waterline, a passenger's or rider's legs below the gunwale or seat.
  const hidden = track.hiddenBelow ?? 0;
  const cropY = waterline !== null ? b.top + (b.bottom - b.top) * waterline : hidden > 0 ? b.bottom - (b.bottom - b.top) * hidden : b.bottom;
  const footX = ((b.left + b.right) / 2) * S;
  const footY = cropY * S;
  const centreY = ((b.top + b.bottom) / 2) * S;
  const pivotY = footY + (centreY - footY) * track.pivot[i]!;
  const rot = track.rotation[i]!;
  const cos = Math.cos(rot);
  const sin = Math.sin(rot);
  const sx = fs * track.scaleX[i]!;
  const sy = track.scaleY[i]!;
  // T(at) · R · Scale · T(-foot)
  const a = cos * sx;
  const bb = sin * sx;
  const c = -sin * sy;
  const d = cos * sy;
  const tx = p.x;
  const ty = p.y - (footY - pivotY);
  const e = tx + a * -footX + c * -pivotY;
  const f = ty + bb * -footX + d * -pivotY;
  return finish(withRoll([a, bb, c, d, e, f], camera.rotation, width, height), S, b, cropY);
}

function placeProp(asset: string, x: number, depth: number, size: number, camera: CameraPose, width: number, height: number): Placed | null {
  const z = depthToZ(depth);
  if (z - camera.z < 0.1) return null;
  projectZ(x, 0, z, camera, width, height, p);
  const b = artBounds(asset);
  const S = size * p.unit;
  const footX = ((b.left + b.right) / 2) * S;
  const footY = b.bottom * S;
  return finish(withRoll([1, 0, 0, 1, p.x - footX, p.y - footY], camera.rotation, width, height), S, b, b.bottom);
}

function withRoll(m: [number, number, number, number, number, number], roll: number, width: number, height: number): [number, number, number, number, number, number] {
  if (roll === 0) return m;
  const cos = Math.cos(roll);
  const sin = Math.sin(roll);
  const [a, b, c, d, e, f] = m;
  const cx = width / 2;
  const cy = height / 2;
  return [cos * a - sin * b, sin * a + cos * b, cos * c - sin * d, sin * c + cos * d, cos * (e - cx) - sin * (f - cy) + cx, sin * (e - cx) + cos * (f - cy) + cy];
}

function finish(m: [number, number, number, number, number, number], side: number, bounds: ArtBounds, cropY: number): Placed | null {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-9 || side < 0.5) return null;
  const inv: [number, number, number, number, number, number] = [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [u, v] of [[bounds.left, bounds.top], [bounds.right, bounds.top], [bounds.left, cropY], [bounds.right, cropY]] as const) {
    const x = a * u * side + c * v * side + e;
    const y = b * u * side + d * v * side + f;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { m, inv, side, bounds, cropY, box: [x0, y0, x1, y1] };
}

/** Marks the cells a piece of art covers; counts them all and those inside the frame. */
function rasterise(d: Drawn, index: number, owner: Int32Array, cols: number, rows: number, cell: number, width: number, height: number): { all: number; inFrame: number } {
  const [bx0, by0, bx1, by1] = d.box;
  const c0 = Math.floor(bx0 / cell);
  const c1 = Math.ceil(bx1 / cell);
  const r0 = Math.floor(by0 / cell);
  const r1 = Math.ceil(by1 / cell);
  const [a, b, c, dd, e, f] = d.inv;
  let all = 0;
  let inFrame = 0;
  const limit = 400_000;
  if ((c1 - c0) * (r1 - r0) > limit) return { all: 1, inFrame: 0 };
  for (let r = r0; r < r1; r++) {
    for (let col = c0; col < c1; col++) {
      const sx = (col + 0.5) * cell;
      const sy = (r + 0.5) * cell;
      const u = (a * sx + c * sy + e) / d.side;
      const v = (b * sx + dd * sy + f) / d.side;
      if (u < 0 || u >= 1 || v < 0 || v >= 1 || v > d.cropY) continue;
      if (d.mask[Math.floor(v * MASK) * MASK + Math.floor(u * MASK)]! < 80) continue;
      all++;
      if (col < 0 || r < 0 || col >= cols || r >= rows || sx > width || sy > height) continue;
      inFrame++;
      if (d.opacity > 0.05) owner[r * cols + col] = index;
    }
  }
  return { all, inFrame };
}

/** A coarse alpha mask of an asset's art. */
function alphaMask(asset: string): Uint8Array {
  const image = loadRasterArt(asset);
  const mask = new Uint8Array(MASK * MASK);
  if (!image) return mask.fill(255);
  const canvas = createCanvas(MASK, MASK);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0, MASK, MASK);
  const data = ctx.getImageData(0, 0, MASK, MASK).data;
  for (let k = 0; k < MASK * MASK; k++) mask[k] = data[k * 4 + 3]!;
  return mask;
}

function clipBox(box: readonly [number, number, number, number], width: number, height: number): [number, number, number, number] | null {
  const x0 = Math.max(0, box[0]);
  const y0 = Math.max(0, box[1]);
  const x1 = Math.min(width, box[2]);
  const y1 = Math.min(height, box[3]);
  if (x1 <= x0 || y1 <= y0) return null;
  return [round1(x0), round1(y0), round1(x1), round1(y1)];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
