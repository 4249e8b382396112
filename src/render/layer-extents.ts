import type { CameraPose } from '../simulate/projection.ts';
import { screenToRef, type LayerAnchor, type Rect } from './layer.ts';

/**
 * The reference-screen area a layer must cover so that every frame of a shot
 * finds paint wherever it looks: the union, over the shot's camera poses, of
 * the frame's outline mapped back to the reference camera.
 */
export function layerArea(anchor: LayerAnchor, ref: CameraPose, poses: readonly CameraPose[], width: number, height: number, margin = 0.02): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const pad = Math.ceil(height * margin);
  const grow = (p: { x: number; y: number } | null): void => {
    if (!p) return;
    if (p.x < left) left = p.x;
    if (p.x > right) right = p.x;
    if (p.y < top) top = p.y;
    if (p.y > bottom) bottom = p.y;
  };
  let previous: CameraPose | null = null;
  for (const cam of poses) {
    // A still camera (or one that holds for a while) sees the same outline again: map it once.
    if (previous && samePose(previous, cam)) continue;
    previous = cam;
    // A rolled camera sees a rotated frame: take the bounding box of the rotated outline.
    const corners = outline(width, height, cam.rotation);
    for (const [sx, sy] of corners) {
      if (anchor.kind === 'ground') {
        const horizon = height / 2 + height * cam.zoom * cam.tilt;
        grow(screenToRef(anchor, sx, Math.max(sy, horizon + 1.5), ref, cam, width, height));
      } else grow(screenToRef(anchor, sx, sy, ref, cam, width, height));
    }
  }
  if (!Number.isFinite(left)) return { left: 0, top: 0, right: 0, bottom: 0 };
  return { left: Math.floor(left - pad), top: Math.floor(top - pad), right: Math.ceil(right + pad), bottom: Math.ceil(bottom + pad) };
}

function samePose(a: CameraPose, b: CameraPose): boolean {
  return a.x === b.x && a.y === b.y && a.z === b.z && a.zoom === b.zoom && a.pan === b.pan && a.tilt === b.tilt && a.rotation === b.rotation;
}

/** Points along the frame's edge (corners and midpoints), rotated by a roll about the centre. */
function outline(width: number, height: number, roll: number): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  const steps = 4;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    points.push([width * t, 0], [width * t, height], [0, height * t], [width, height * t]);
  }
  if (roll === 0) return points;
  const c = Math.cos(-roll);
  const s = Math.sin(-roll);
  return points.map(([x, y]) => {
    const dx = x - width / 2;
    const dy = y - height / 2;
    return [width / 2 + dx * c - dy * s, height / 2 + dx * s + dy * c];
  });
}

/** Intersects two rectangles (empty when they do not meet). */
export function intersect(a: Rect, b: Rect): Rect {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  if (r.right <= r.left || r.bottom <= r.top) return { left: 0, top: 0, right: 0, bottom: 0 };
  return r;
}

/** Whether a rectangle has no area. */
export function isEmpty(r: Rect): boolean {
  return r.right - r.left < 1 || r.bottom - r.top < 1;
}

/** Caps a rectangle's size by shrinking it around its centre of interest (keeps memory bounded). */
export function capArea(r: Rect, maxWidth: number, maxHeight: number, focusX: number, focusY: number): Rect {
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  const out = { ...r };
  if (w > maxWidth) {
    const left = Math.min(Math.max(r.left, focusX - maxWidth / 2), r.right - maxWidth);
    out.left = left;
    out.right = left + maxWidth;
  }
  if (h > maxHeight) {
    const top = Math.min(Math.max(r.top, focusY - maxHeight / 2), r.bottom - maxHeight);
    out.top = top;
    out.bottom = top + maxHeight;
  }
  return out;
}
