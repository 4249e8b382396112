import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import type { ActorTrack, Simulation } from '../../simulate/simulation.ts';
import { cookingAction, cookOf, PAN_VERBS, PAN_WIDTH, RANGE_HEIGHT, RANGE_WIDTH } from '../../simulate/cooking-pan.ts';

/**
 * A person cooking stands at a stove: a white enamel range right in front of
 * them (it hides their legs, as a counter would), a pot or a frying pan on
 * its burner and steam curling up from it. The range and the pan are painted
 * once into a small sprite and only blitted per frame; the steam is a few
 * translucent puffs, a pure function of the shot time, so any frame can be
 * drawn alone.
 */

export { COOKING_VERBS } from '../../simulate/cooking-pan.ts';

/** Where one cook's stove stands, in world units. */
export interface CookingStation {
  readonly x: number;
  readonly depth: number;
  /** The range's width and height (world units). */
  readonly width: number;
  readonly height: number;
  /** Which way the cook faces: the pan's handle points that way. */
  readonly facing: 1 | -1;
  /** A frying pan (fry, sear, flip) rather than a pot. */
  readonly pan: boolean;
  /** Food of the plan is in the pan (the layout put it there): the pan stands centred and shows it, not a painted fill. */
  readonly holdsFood: boolean;
  /** Shot seconds the cooking starts (the steam rises from then on). */
  readonly from: number;
  /** Shot seconds it ends (null: the end of the shot). */
  readonly until: number | null;
}

/** Per-frame drawing of every stove in a shot. */
export interface Cooking {
  readonly stations: readonly CookingStation[];
  draw(ctx: SKRSContext2D, camera: CameraPose, seconds: number): void;
}

/** Steam puffs in flight over a pan at once, and how long each one rises (seconds). */
const PUFFS = 7;
const PUFF_SECONDS = 1.8;

/**
 * The stoves of a shot indoors: one in front of each person whose plan says
 * they cook, where they stand when the cooking starts.
 */
export function cookingStations(shot: Shot, actors: readonly ActorTrack[], simulation: Simulation): CookingStation[] {
  // A range belongs indoors; a cook by a campfire or a barbecue in the park gets none (no grill is drawn yet).
  if (settingGeometry(shot.setting.kind).floor !== 'indoor') return [];
  const entities = new Map(shot.entities.map((e) => [e.id, e]));
  const stations: CookingStation[] = [];
  for (const track of actors) {
    const entity = entities.get(track.entityId);
    if (!entity || entity.category !== 'person' || track.length === 0) continue;
    const action = cookingAction(entity);
    if (!action) continue;
    const shotStart = simulation.shots.find((s) => s.shotIndex === track.shotIndex)?.firstFrame ?? track.firstFrame;
    const i = Math.min(track.length - 1, Math.max(0, Math.round(action.start * simulation.fps) + shotStart - track.firstFrame));
    const tall = track.size * (track.bounds.bottom - track.bounds.top);
    const wide = track.size * (track.bounds.right - track.bounds.left);
    stations.push({
      x: track.x[i]!,
      // Just in front of the cook, so it stands between them and the camera.
      depth: Math.max(0, track.depth[i]! - 0.03),
      width: Math.max(wide * 0.95, tall * RANGE_WIDTH),
      height: tall * RANGE_HEIGHT,
      facing: track.facing[i]! < 0 ? -1 : 1,
      pan: PAN_VERBS.test(action.verb),
      holdsFood: action.target !== undefined && entities.has(action.target) && cookOf(shot.entities, entities.get(action.target)!)?.id === entity.id,
      from: action.start,
      until: action.end,
    });
  }
  return stations;
}

/** Builds the per-frame painter for a shot's stoves (does nothing when no one cooks). */
export function createCooking(shot: Shot, actors: readonly ActorTrack[], simulation: Simulation, width: number, height: number): Cooking {
  const stations = cookingStations(shot, actors, simulation);
  const sprites: Array<{ canvas: Canvas; pixels: number } | null> = stations.map(() => null);
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    stations,
    draw(ctx, camera, seconds) {
      stations.forEach((station, k) => {
        const z = depthToZ(station.depth);
        if (z - camera.z < 0.08) return;
        const foot = projectZ(station.x, 0, z, camera, width, height, p);
        const w = station.width * foot.unit;
        const h = station.height * foot.unit;
        if (w < 2 || foot.x + w < 0 || foot.x - w > width) return;
        // The pan and its steam rise above the range: the sprite is taller than the range itself.
        const spriteH = h * 1.45;
        let sprite = sprites[k];
        if (!sprite || w > sprite.pixels * 1.25) {
          const pixels = Math.min(1024, Math.ceil(w * 1.1));
          sprite = { canvas: paintStation(station, pixels), pixels };
          sprites[k] = sprite;
        }
        const left = foot.x - w / 2;
        ctx.drawImage(sprite.canvas, left, foot.y - spriteH, w, spriteH);
        if (seconds >= station.from && (station.until === null || seconds < station.until)) {
          steam(ctx, foot.x + potOffset(station) * w, foot.y - h * (station.pan ? 1.08 : 1.22), w, seconds - station.from, k);
        }
      });
    },
  };
}

/** Where the pan sits across the range, as a share of its width from the centre: the burner nearer the cook's hand. */
function potOffset(station: CookingStation): number {
  // With food in it the pan is centred, where the layout put the food (it cannot know which way the cook turns).
  return station.holdsFood ? 0 : station.facing * 0.18;
}

/** Paints a range and its pot or pan into a sprite `pixels` wide (its height is the range's 1.45 times, bottom-aligned). */
function paintStation(station: CookingStation, pixels: number): Canvas {
  const w = pixels;
  const h = Math.max(2, Math.round((w * station.height * 1.45) / station.width));
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const rh = h / 1.45;
  const top = h - rh;
  const edge = Math.max(1, w * 0.012);
  // Body: white enamel, a shade darker at the sides.
  const body = ctx.createLinearGradient(0, 0, w, 0);
  body.addColorStop(0, '#cfd2d6');
  body.addColorStop(0.15, '#f1f2f4');
  body.addColorStop(0.85, '#e9eaec');
  body.addColorStop(1, '#c3c6cb');
  ctx.fillStyle = body;
  ctx.fillRect(0, top + rh * 0.06, w, rh * 0.9);
  // Feet and the kick plate.
  ctx.fillStyle = '#3a3a3e';
  ctx.fillRect(w * 0.03, h - rh * 0.05, w * 0.94, rh * 0.05);
  // Black cooktop with its steel rim.
  ctx.fillStyle = '#9aa0a8';
  ctx.fillRect(0, top + rh * 0.02, w, rh * 0.05);
  ctx.fillStyle = '#26272b';
  ctx.fillRect(w * 0.01, top, w * 0.98, rh * 0.04);
  // Control strip with four knobs.
  ctx.fillStyle = '#d9dbdf';
  ctx.fillRect(w * 0.02, top + rh * 0.08, w * 0.96, rh * 0.12);
  ctx.fillStyle = '#2e2f33';
  for (let k = 0; k < 4; k++) {
    ctx.beginPath();
    ctx.arc(w * (0.2 + k * 0.2), top + rh * 0.14, Math.max(1, rh * 0.035), 0, Math.PI * 2);
    ctx.fill();
  }
  // Oven door: a handle bar and a dark glass window with the warm glow of the oven.
  ctx.strokeStyle = '#a6abb2';
  ctx.lineWidth = edge;
  ctx.strokeRect(w * 0.08, top + rh * 0.24, w * 0.84, rh * 0.62);
  ctx.fillStyle = '#8d939b';
  ctx.fillRect(w * 0.18, top + rh * 0.28, w * 0.64, Math.max(1, rh * 0.035));
  const glass = ctx.createLinearGradient(0, top + rh * 0.38, 0, top + rh * 0.8);
  glass.addColorStop(0, '#2b2a2c');
  glass.addColorStop(1, '#4a3526');
  ctx.fillStyle = glass;
  ctx.fillRect(w * 0.17, top + rh * 0.38, w * 0.66, rh * 0.4);
  ctx.fillStyle = 'rgba(255,255,255,0.18)';
  ctx.fillRect(w * 0.2, top + rh * 0.41, w * 0.18, rh * 0.06);
  // The burner's flame under the pan.
  const cx = w / 2 + potOffset(station) * w;
  ctx.fillStyle = 'rgba(90,150,255,0.9)';
  ctx.fillRect(cx - w * 0.16, top - Math.max(1, rh * 0.02), w * 0.32, Math.max(1, rh * 0.025));
  if (station.pan) frying(ctx, cx, top - rh * 0.025, w, rh, station.facing, !station.holdsFood);
  else pot(ctx, cx, top - rh * 0.025, w, rh);
  return canvas;
}

/** A steel stockpot with red handles, open, seen a little from above. */
function pot(ctx: SKRSContext2D, cx: number, base: number, w: number, rh: number): void {
  const pw = w * 0.36;
  const ph = rh * 0.2;
  const side = ctx.createLinearGradient(cx - pw / 2, 0, cx + pw / 2, 0);
  side.addColorStop(0, '#7d848c');
  side.addColorStop(0.35, '#dfe3e8');
  side.addColorStop(1, '#6c7279');
  ctx.fillStyle = side;
  ctx.fillRect(cx - pw / 2, base - ph, pw, ph);
  ctx.fillStyle = '#b8322a';
  ctx.fillRect(cx - pw / 2 - w * 0.05, base - ph * 0.85, w * 0.05, ph * 0.16);
  ctx.fillRect(cx + pw / 2, base - ph * 0.85, w * 0.05, ph * 0.16);
  // The rim, and the soup inside it.
  ctx.fillStyle = '#aeb4bb';
  ctx.beginPath();
  ctx.ellipse(cx, base - ph, pw / 2, ph * 0.22, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#c9782f';
  ctx.beginPath();
  ctx.ellipse(cx, base - ph, pw / 2 - w * 0.015, ph * 0.15, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A black frying pan with its handle out towards the cook's hand, something golden in it. */
function frying(ctx: SKRSContext2D, cx: number, base: number, w: number, rh: number, facing: 1 | -1, filled: boolean): void {
  const pw = w * PAN_WIDTH;
  const ph = rh * 0.07;
  ctx.fillStyle = '#222326';
  ctx.beginPath();
  ctx.moveTo(cx - pw / 2, base - ph);
  ctx.lineTo(cx + pw / 2, base - ph);
  ctx.lineTo(cx + pw * 0.42, base);
  ctx.lineTo(cx - pw * 0.42, base);
  ctx.closePath();
  ctx.fill();
  ctx.fillRect(facing > 0 ? cx + pw / 2 - w * 0.01 : cx - pw / 2 - w * 0.2 + w * 0.01, base - ph * 0.9, w * 0.2, ph * 0.35);
  // The plan's own food (drawn as actors, in the pan) stands in for the painted fill.
  if (!filled) return;
  ctx.fillStyle = '#f2c14e';
  ctx.beginPath();
  ctx.ellipse(cx, base - ph, pw * 0.36, ph * 0.45, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff8e8';
  ctx.beginPath();
  ctx.ellipse(cx - pw * 0.08, base - ph * 1.05, pw * 0.12, ph * 0.3, 0, 0, Math.PI * 2);
  ctx.fill();
}

/**
 * Steam over a pan: puffs that leave the rim one after another, swell, drift
 * sideways in a slow curl and fade as they rise. `w` is the range's width in
 * pixels, which sets their scale.
 */
export function steam(ctx: SKRSContext2D, x: number, y: number, w: number, seconds: number, seed: number): void {
  const rise = w * 1.3;
  for (let k = 0; k < PUFFS; k++) {
    const age = (seconds / PUFF_SECONDS + k / PUFFS + seed * 0.37) % 1;
    const alpha = 0.75 * Math.sin(Math.PI * Math.min(1, age * 1.15)) * (1 - age * 0.45);
    if (alpha <= 0.02) continue;
    const sway = Math.sin(age * 5.2 + k * 2.1 + seed) * w * 0.07 * (0.3 + age);
    const px = x + sway + (k % 2 === 0 ? -1 : 1) * w * 0.04;
    const py = y - age * rise;
    const r = w * (0.045 + 0.1 * age);
    // A faint grey halo makes white steam show against a light wall too.
    ctx.fillStyle = `rgba(200,206,214,${(alpha * 0.35).toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(px, py, r * 1.5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = `rgba(255,255,255,${alpha.toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(px, py, r, 0, Math.PI * 2);
    ctx.fill();
  }
}
