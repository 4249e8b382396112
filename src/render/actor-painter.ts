import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../simulate/projection.ts';
import type { SettingGeometry } from '../simulate/setting-geometry.ts';
import type { ActorTrack } from '../simulate/simulation.ts';
import { alphaBox } from '../assets/art-source.ts';
import { spriteLevel, type Sprite } from './art/sprite-cache.ts';
import { LEGS_TOP } from '../assets/drawn-stride.ts';
import type { Prop } from './settings/scenery.ts';

/**
 * Draws actors and props: the sprite at its foot point with the track's
 * scale, rotation about its pivot, mirrored to face its way (squeezing
 * through a turn instead of flipping), its legs in the pose of the track's
 * stride when it walks on legs its art can move, a soft contact shadow, and
 * for things afloat the hull sunk at the waterline with ripples around it
 * (and a passenger's legs cut off at the gunwale of the boat they stand in).
 */
export class ActorPainter {
  private readonly shadow: Canvas;
  private readonly p: ScreenPoint = { x: 0, y: 0, unit: 0 };

  constructor(
    private readonly geometry: SettingGeometry,
    private readonly shadowAlpha: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.shadow = softEllipse(64, 20);
  }

  /** Screen foot point and art side (pixels) of an actor at a frame; null when behind the camera. */
  place(track: ActorTrack, i: number, camera: CameraPose): { x: number; y: number; side: number; unit: number } | null {
    const z = depthToZ(track.depth[i]!);
    if (z - camera.z < 0.08) return null;
    projectZ(track.x[i]!, track.y[i]!, z, camera, this.width, this.height, this.p);
    return { x: this.p.x, y: this.p.y, side: track.size * this.p.unit, unit: this.p.unit };
  }

  /**
   * Draws one actor at frame index i of its track and its turning part, such
   * as a windmill's sails (`partOnly`: just the part, over a body painted once).
   */
  drawActor(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose, sprite: Sprite | null, seconds: number, waterline: number | null, part: Part | null = null, partOnly = false): void {
    const opacity = track.opacity[i]!;
    if (!sprite || opacity <= 0.002) return;
    // Walking or running on legs that move: the legs of this point of the stride.
    const stride = track.stride?.[i] ?? Number.NaN;
    const legs = sprite.strides && !partOnly && !Number.isNaN(stride) ? sprite.strides.at(track.strideGait![i]!, stride) : null;
    const at = this.place(track, i, camera);
    if (!at) return;
    const b = track.bounds;
    const S = at.side;
    const sx = track.scaleX[i]!;
    const sy = track.scaleY[i]!;
    const visW = (b.right - b.left) * S * Math.abs(sx);
    if (at.x + visW < -S || at.x - visW > this.width + S || at.y - S * 2 > this.height || at.y + S < 0) return;
    // A contact shadow, fading as the actor rises.
    const hidden = track.hiddenBelow ?? 0;
    if (this.geometry.floor !== 'none' && !track.floats && hidden === 0 && !partOnly) {
      const lift = track.y[i]!;
      const h = (b.bottom - b.top) * track.size;
      const fade = Math.max(0, 1 - lift / Math.max(0.3, h * 2.5));
      if (fade > 0.02) {
        const z = depthToZ(track.depth[i]!);
        projectZ(track.x[i]!, 0, z, camera, this.width, this.height, this.p);
        const rx = visW * 0.55 * (0.6 + 0.4 * fade);
        const ry = rx * Math.min(0.45, Math.max(0.12, (camera.y / Math.max(0.2, z - camera.z)) * 0.75));
        ctx.globalAlpha = this.shadowAlpha * fade * opacity;
        ctx.drawImage(this.shadow, this.p.x - rx, this.p.y - ry * 0.75, rx * 2, ry * 1.5);
        ctx.globalAlpha = 1;
      }
    }
    const face = track.artFacing === 'front' ? 1 : track.facing[i]! * (track.artFacing === 'left' ? -1 : 1);
    const faceScale = Math.sign(face || 1) * Math.max(0.04, Math.abs(face));
    const footX = ((b.left + b.right) / 2) * S;
    let footY = b.bottom * S;
    let cropY = 1;
    if (track.floats && this.geometry.water !== null) {
      // Sink the hull: the art's own painted water (or the lowest part of a swimmer) goes under.
      const line = waterline ?? 0.8;
      cropY = b.top + (b.bottom - b.top) * line;
      footY = cropY * S;
    } else if (hidden > 0) {
      // A passenger in a hull: the art ends at the gunwale, where its foot point is.
      cropY = b.bottom - (b.bottom - b.top) * hidden;
      footY = cropY * S;
    }
    const centreY = ((b.top + b.bottom) / 2) * S;
    const pivotY = footY + (centreY - footY) * track.pivot[i]!;
    const drawn = S * Math.max(Math.abs(sx), Math.abs(sy));
    const level = spriteLevel(sprite, drawn);
    ctx.save();
    ctx.globalAlpha = opacity;
    ctx.translate(at.x, at.y - (footY - pivotY));
    // A rotated bitmap costs Skia about twice an upright one: skip turns too small to see.
    const rotation = track.rotation[i]!;
    const turned = Math.abs(rotation) > 0.004;
    if (turned) ctx.rotate(rotation);
    ctx.scale(faceScale * sx, sy);
    if (partOnly) {
      // The body was painted into a backdrop.
    } else if (legs) {
      // The still art down to where the legs begin, then the pose's legs. Upright the parts meet exactly; turned, Skia
      // smooths each part's edge, so the still art reaches a little further down (those rows are the same in both).
      const upper = turned ? LEGS_TOP + 1 / 16 : LEGS_TOP;
      drawContent(ctx, sprite, level, -footX, -pivotY, S, upper);
      ctx.drawImage(spriteLevel(legs, drawn), -footX, -pivotY + S * LEGS_TOP, S, S * (1 - LEGS_TOP));
    } else {
      // A wreck seen through the deep: darker, its colours washed towards the water's.
      const murk = track.murk ?? 0;
      if (murk > 0) ctx.filter = `brightness(${1 - 0.4 * murk}) saturate(${1 - 0.5 * murk}) sepia(${0.25 * murk}) hue-rotate(${60 * murk}deg)`;
      drawContent(ctx, sprite, level, -footX, -pivotY, S, cropY);
    }
    if (part) drawPart(ctx, part, S, -footX, -pivotY, seconds);
    ctx.restore();
    if (track.floats && this.geometry.water !== null && !partOnly) this.ripples(ctx, at.x, at.y, visW, seconds + track.member * 0.37);
  }

  /** Draws a prop (static scenery art), swaying with the wind if it is a plant. */
  drawProp(ctx: SKRSContext2D, prop: Prop, sprite: Sprite | null, camera: CameraPose, seconds: number, wind: number, bounds: { left: number; right: number; top: number; bottom: number }, part: Part | null = null): void {
    if (!sprite) return;
    const z = depthToZ(prop.depth);
    if (z - camera.z < 0.1) return;
    projectZ(prop.x, 0, z, camera, this.width, this.height, this.p);
    const S = prop.size * this.p.unit;
    if (this.p.x + S < 0 || this.p.x - S > this.width || this.p.y - S > this.height || this.p.y < -S) return;
    const footX = ((bounds.left + bounds.right) / 2) * S;
    const footY = bounds.bottom * S;
    const sway = prop.sways && wind >= 0.25 ? Math.sin(seconds * (1.1 + wind) + prop.phase * 6.28) * (0.015 + wind * 0.05) + wind * 0.035 : 0;
    if (this.geometry.floor !== 'none' && this.shadowAlpha > 0.05) {
      const rx = (bounds.right - bounds.left) * S * 0.45;
      const ry = rx * Math.min(0.4, Math.max(0.1, (camera.y / Math.max(0.2, z - camera.z)) * 0.7));
      ctx.globalAlpha = this.shadowAlpha * 0.8;
      ctx.drawImage(this.shadow, this.p.x - rx, this.p.y - ry * 0.7, rx * 2, ry * 1.4);
      ctx.globalAlpha = 1;
    }
    const level = spriteLevel(sprite, S);
    if (sway === 0) {
      drawContent(ctx, sprite, level, this.p.x - footX, this.p.y - footY, S);
      if (part) drawPart(ctx, part, S, this.p.x - footX, this.p.y - footY, seconds);
      return;
    }
    // Bend from the base: a shear keeps the roots planted while the top moves.
    ctx.save();
    ctx.transform(1, 0, -sway, 1, this.p.x + sway * this.p.y, 0);
    drawContent(ctx, sprite, level, -footX, this.p.y - footY, S);
    ctx.restore();
  }

  private ripples(ctx: SKRSContext2D, x: number, y: number, w: number, seconds: number): void {
    ctx.strokeStyle = 'rgba(255,255,255,0.45)';
    ctx.lineWidth = Math.max(1, this.height / 500);
    ctx.beginPath();
    for (let k = 0; k < 2; k++) {
      const u = (seconds * 0.5 + k * 0.5) % 1;
      const rx = w * (0.55 + u * 0.6);
      ctx.globalAlpha = 1 - u;
      ctx.moveTo(x + rx, y);
      ctx.ellipse(x, y, rx, rx * 0.12, 0, 0, Math.PI * 2);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}

/** Where a sprite has pixels, in units of its square (0..1), found once per sprite. */
interface ContentBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const CONTENT = new WeakMap<Sprite, ContentBox>();

/** Side of the sprite level scanned for its content (coarse is enough: the box gets a margin). */
const SCAN_SIDE = 256;

function contentBox(sprite: Sprite): ContentBox {
  let box = CONTENT.get(sprite);
  if (!box) {
    const level = sprite.levels.find((l) => l.width <= SCAN_SIDE) ?? sprite.levels[sprite.levels.length - 1]!;
    const { width: w, height: h } = level;
    const found = alphaBox(level.data(), w, h, 0);
    // Two scanned pixels of margin: filtering spreads an edge, and a finer level may reach a little further.
    box = found
      ? { left: Math.max(0, (found.left - 2) / w), top: Math.max(0, (found.top - 2) / h), right: Math.min(1, (found.right + 2) / w), bottom: Math.min(1, (found.bottom + 2) / h) }
      : { left: 0, top: 0, right: 0, bottom: 0 };
    CONTENT.set(sprite, box);
  }
  return box;
}

/**
 * Draws a sprite level over the square at (x, y) of side S, down to `bottom`
 * (0..1, for a hull sunk at its waterline), but only the part with pixels in
 * it: Skia filters every pixel a scaled bitmap covers, transparent or not, and
 * most art fills well under half its square.
 */
function drawContent(ctx: SKRSContext2D, sprite: Sprite, level: Canvas, x: number, y: number, S: number, bottom = 1): void {
  const box = contentBox(sprite);
  const w = level.width;
  const h = level.height;
  const x0 = Math.floor(box.left * w);
  const x1 = Math.ceil(box.right * w);
  const y0 = Math.floor(box.top * h);
  const y1 = Math.min(Math.ceil(box.bottom * h), h * bottom);
  if (x1 <= x0 || y1 <= y0) return;
  ctx.drawImage(level, x0, y0, x1 - x0, y1 - y0, x + (x0 / w) * S, y + (y0 / h) * S, ((x1 - x0) / w) * S, ((y1 - y0) / h) * S);
}

/** A turning part of a piece of art (windmill sails): its sprite and where its hub sits. */
export interface Part {
  readonly sprite: Sprite;
  readonly hubX: number;
  readonly hubY: number;
  readonly size: number;
  /** Turns a second. */
  readonly spin: number;
  /** Tiles a second the part slides down within its square (falling water); 0 for none. */
  readonly flow: number;
}

function drawPart(ctx: SKRSContext2D, part: Part, side: number, left: number, top: number, seconds: number): void {
  const size = side * part.size;
  ctx.save();
  ctx.translate(left + side * part.hubX, top + side * part.hubY);
  const level = spriteLevel(part.sprite, size);
  if (part.flow > 0) {
    // Streaming water: the tile repeats top to bottom, so two copies sliding down inside its square never show a gap.
    const shift = ((seconds * part.flow) % 1) * size;
    ctx.beginPath();
    ctx.rect(-size / 2, -size / 2, size, size);
    ctx.clip();
    ctx.drawImage(level, -size / 2, -size / 2 + shift, size, size);
    ctx.drawImage(level, -size / 2, -size / 2 + shift - size, size, size + 0.5);
  } else {
    ctx.rotate(seconds * part.spin * Math.PI * 2 * 0.25);
    ctx.drawImage(level, -size / 2, -size / 2, size, size);
  }
  ctx.restore();
}

/** A soft dark ellipse used for every shadow (drawn once, scaled per use). */
function softEllipse(w: number, h: number): Canvas {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const g = ctx.createRadialGradient(w / 2, h / 2, 0, w / 2, h / 2, w / 2);
  g.addColorStop(0, 'rgba(0,0,0,0.85)');
  g.addColorStop(0.55, 'rgba(0,0,0,0.45)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.setTransform(1, 0, 0, h / w, 0, (h - (h / w) * h) / 2);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, w);
  return canvas;
}

/** Largest pixel side an actor's art reaches over the given frames. */
export function maxPixels(track: ActorTrack, poses: readonly CameraPose[], firstFrame: number, width: number, height: number): number {
  let max = 0;
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const step = Math.max(1, Math.floor(track.length / 30));
  for (let i = 0; i < track.length; i += step) {
    const cam = poses[track.firstFrame + i - firstFrame];
    if (!cam) continue;
    projectZ(track.x[i]!, track.y[i]!, depthToZ(track.depth[i]!), cam, width, height, p);
    max = Math.max(max, track.size * p.unit * Math.max(Math.abs(track.scaleX[i]!), Math.abs(track.scaleY[i]!)));
  }
  return max;
}
