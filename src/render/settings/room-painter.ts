import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { SettingRecipe } from './recipes.ts';

/**
 * Paints an interior's back wall on its plane: paint or wallpaper with a
 * skirting board, and what makes the room itself — a window showing the time
 * of day, a blackboard, a café's menu board, kitchen cabinets, counter and a
 * stove under its hood, a
 * stage's velvet curtains.
 */
export function paintRoomWall(view: View, recipe: SettingRecipe, z: number, light: Light, random: Random): void {
  const room = recipe.room!;
  const { ctx, area } = view;
  const floor = view.project(0, 0, z).y;
  const unit = view.project(0, 1, z).unit;
  const wall = lit(hex(room.wall), light);
  const trim = lit(hex(room.trim), light);
  const top = area.top;
  const g = ctx.createLinearGradient(0, top, 0, floor);
  g.addColorStop(0, css(scale(wall, 0.86)));
  g.addColorStop(1, css(wall));
  ctx.fillStyle = g;
  ctx.fillRect(area.left, top, area.right - area.left, floor - top + 2);
  if (room.decor !== 'curtains' && room.decor !== 'club') {
    // Subtle vertical wallpaper stripes and a dado rail.
    ctx.fillStyle = css(scale(wall, 0.95), 0.5);
    for (let x = Math.floor(view.worldX(area.left, z) / 0.12) * 0.12; x < view.worldX(area.right, z); x += 0.24) {
      const p = view.project(x, 0, z);
      ctx.fillRect(p.x, top, unit * 0.06, floor - top);
    }
    const rail = view.project(0, 0.42, z).y;
    ctx.fillStyle = css(trim);
    ctx.fillRect(area.left, rail, area.right - area.left, Math.max(2, unit * 0.025));
    ctx.fillStyle = css(scale(wall, 0.9));
    ctx.fillRect(area.left, rail + unit * 0.025, area.right - area.left, floor - rail);
    ctx.fillStyle = css(scale(trim, 0.9));
    ctx.fillRect(area.left, floor - unit * 0.06, area.right - area.left, unit * 0.06 + 2);
  }
  const cx = view.worldX((area.left + area.right) / 2, z);
  switch (room.decor) {
    case 'window':
      windowOnWall(view, cx + LIVING_ROOM_WINDOW_OFFSET, 0.75, 0.7, 0.75, z, light, trim);
      // A hearth with a fire burning, a picture over the mantel: "by the fireplace" has somewhere to be.
      fireplace(view, cx + LIVING_ROOM_HEARTH_OFFSET, z, light, trim);
      frame(view, cx + LIVING_ROOM_HEARTH_OFFSET, 0.95, 0.42, 0.3, z, light, random);
      break;
    case 'blackboard': {
      const a = view.project(cx - 1.1, 1.3, z);
      const b = view.project(cx + 0.6, 0.62, z);
      ctx.fillStyle = css(lit([120, 90, 60], light));
      ctx.fillRect(a.x - unit * 0.04, a.y - unit * 0.04, b.x - a.x + unit * 0.08, b.y - a.y + unit * 0.08);
      ctx.fillStyle = css(lit([40, 78, 60], light));
      ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
      ctx.strokeStyle = 'rgba(240,240,230,0.7)';
      ctx.lineWidth = Math.max(1, unit * 0.008);
      for (let k = 0; k < 4; k++) {
        const y = a.y + (b.y - a.y) * (0.25 + k * 0.17);
        ctx.beginPath();
        ctx.moveTo(a.x + (b.x - a.x) * 0.08, y);
        for (let s = 0; s < 12; s++) ctx.lineTo(a.x + (b.x - a.x) * (0.08 + s * 0.06 * random.range(0.8, 1.2)), y + random.range(-1, 1) * unit * 0.01);
        ctx.stroke();
      }
      windowOnWall(view, cx + 1.25, 0.8, 0.5, 0.6, z, light, trim);
      break;
    }
    case 'menu': {
      const a = view.project(cx - 0.4, 1.25, z);
      const b = view.project(cx + 0.4, 0.75, z);
      ctx.fillStyle = css(lit([40, 40, 40], light));
      ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
      ctx.fillStyle = 'rgba(245,240,225,0.75)';
      for (let k = 0; k < 5; k++) ctx.fillRect(a.x + (b.x - a.x) * 0.1, a.y + (b.y - a.y) * (0.18 + k * 0.15), (b.x - a.x) * random.range(0.4, 0.75), Math.max(1, unit * 0.012));
      windowOnWall(view, cx - 1.3, 0.75, 0.6, 0.6, z, light, trim);
      windowOnWall(view, cx + 1.3, 0.75, 0.6, 0.6, z, light, trim);
      // A counter along the wall.
      const c0 = view.project(cx - 3, 0.42, z - 0.05);
      ctx.fillStyle = css(lit([110, 72, 46], light));
      ctx.fillRect(area.left, c0.y, area.right - area.left, floor - c0.y);
      ctx.fillStyle = css(lit([160, 120, 80], light));
      ctx.fillRect(area.left, c0.y, area.right - area.left, unit * 0.04);
      break;
    }
    case 'cabinets': {
      const counter = view.project(0, 0.42, z).y;
      ctx.fillStyle = css(lit([200, 186, 160], light));
      ctx.fillRect(area.left, counter, area.right - area.left, floor - counter);
      ctx.fillStyle = css(lit([90, 90, 95], light));
      ctx.fillRect(area.left, counter - unit * 0.03, area.right - area.left, unit * 0.04);
      const stoveX = Math.floor((cx - KITCHEN_STOVE_OFFSET) / 0.5) * 0.5;
      for (let x = Math.floor(view.worldX(area.left, z) / 0.5) * 0.5; x < view.worldX(area.right, z); x += 0.5) {
        // The stove and its hood take this slot's cabinets.
        if (Math.abs(x - stoveX) < 0.01) continue;
        const p = view.project(x, 0.4, z);
        const q = view.project(x + 0.46, 0.05, z);
        ctx.fillStyle = css(lit([130, 170, 182], light));
        ctx.fillRect(p.x, p.y, q.x - p.x, q.y - p.y);
        ctx.strokeStyle = css(lit([90, 120, 130], light));
        ctx.lineWidth = Math.max(1, unit * 0.01);
        ctx.strokeRect(p.x, p.y, q.x - p.x, q.y - p.y);
        ctx.fillStyle = css(lit([230, 230, 230], light));
        ctx.fillRect((p.x + q.x) / 2 - unit * 0.04, p.y + (q.y - p.y) * 0.15, unit * 0.08, unit * 0.015);
        const u = view.project(x, 1.45, z);
        const v = view.project(x + 0.46, 1.05, z);
        ctx.fillStyle = css(lit([150, 190, 200], light));
        ctx.fillRect(u.x, u.y, v.x - u.x, v.y - u.y);
        ctx.strokeRect(u.x, u.y, v.x - u.x, v.y - u.y);
      }
      windowOnWall(view, cx + 0.3, 0.85, 0.6, 0.45, z, light, trim);
      paintStove(view, stoveX, z, light);
      break;
    }
    case 'club':
      clubWall(view, cx, z, light);
      break;
    case 'curtains': {
      const folds = 26;
      const x0 = view.worldX(area.left, z);
      const x1 = view.worldX(area.right, z);
      const base: Rgb = lit(hex(room.wall), light);
      for (let k = 0; k < folds; k++) {
        const xa = x0 + ((x1 - x0) * k) / folds;
        const xb = x0 + ((x1 - x0) * (k + 1)) / folds;
        const a = view.project(xa, 0, z);
        const b = view.project(xb, 0, z);
        const gg = ctx.createLinearGradient(a.x, 0, b.x, 0);
        gg.addColorStop(0, css(scale(base, 0.55)));
        gg.addColorStop(0.5, css(mix(base, [255, 120, 120], 0.25)));
        gg.addColorStop(1, css(scale(base, 0.55)));
        ctx.fillStyle = gg;
        ctx.fillRect(a.x, top, b.x - a.x + 1, floor - top + 2);
      }
      ctx.fillStyle = css(lit([200, 160, 60], light));
      ctx.fillRect(area.left, view.project(0, 2.2, z).y, area.right - area.left, unit * 0.05);
      break;
    }
  }
}

/** Where a living room's hearth and window stand, across from the wall's centre (world units at the wall). */
const LIVING_ROOM_HEARTH_OFFSET = -0.9;
const LIVING_ROOM_WINDOW_OFFSET = 0.75;

/**
 * Spans of the back wall (world units across from its centre, at the wall)
 * that a room's props must not stand in front of: the living room's hearth
 * (mantel included) and its window. Props in front of them would hide what
 * makes the room, and a lamp before a fire reads as burning.
 */
export function wallFeatureSpans(decor: NonNullable<SettingRecipe['room']>['decor']): ReadonlyArray<readonly [number, number]> {
  if (decor !== 'window') return [];
  return [
    [LIVING_ROOM_HEARTH_OFFSET - 0.5, LIVING_ROOM_HEARTH_OFFSET + 0.5],
    [LIVING_ROOM_WINDOW_OFFSET - 0.4, LIVING_ROOM_WINDOW_OFFSET + 0.4],
  ];
}

/**
 * A club's back wall: neon tubes in pink and blue along it, and a stack of
 * speakers either side of the dance floor. The wall itself stays dark: the
 * spot lights are the room's light.
 */
function clubWall(view: View, cx: number, z: number, light: Light): void {
  const { ctx, area } = view;
  const unit = view.project(0, 1, z).unit;
  for (const [y, color] of [[1.75, '#ff4fd8'], [1.62, '#4fd8ff']] as const) {
    const row = view.project(0, y, z).y;
    // A soft glow round each tube, then the bright tube.
    ctx.fillStyle = color;
    ctx.globalAlpha = 0.18;
    ctx.fillRect(area.left, row - unit * 0.03, area.right - area.left, unit * 0.06);
    ctx.globalAlpha = 0.95;
    ctx.fillRect(area.left, row - unit * 0.008, area.right - area.left, unit * 0.016);
  }
  ctx.globalAlpha = 1;
  for (const side of [-1, 1]) {
    const x = cx + side * 1.75;
    const a = view.project(x - 0.26, 1.05, z);
    const b = view.project(x + 0.26, 0, z);
    ctx.fillStyle = css(lit([34, 32, 40], light));
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    // Two cones a box.
    ctx.fillStyle = css(lit([70, 68, 80], light));
    for (const y of [0.78, 0.3]) {
      const c = view.project(x, y, z);
      ctx.beginPath();
      ctx.arc(c.x, c.y, unit * 0.17, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = css(lit([20, 20, 24], light));
    for (const y of [0.78, 0.3]) {
      const c = view.project(x, y, z);
      ctx.beginPath();
      ctx.arc(c.x, c.y, unit * 0.07, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

/** How far left of the wall's centre a kitchen's stove stands (world units): clear of the window. */
export const KITCHEN_STOVE_OFFSET = 0.9;

/**
 * A kitchen's cooker in one cabinet slot (x .. x + 0.46 on the wall): a steel
 * oven under a black hob with a pot on it, a chimney hood above, and a rail
 * of hanging pans and ladles beside it, so the room reads as a kitchen.
 */
function paintStove(view: View, x: number, z: number, light: Light): void {
  const { ctx } = view;
  const unit = view.project(0, 1, z).unit;
  const steel = lit([196, 200, 206], light);
  const dark = lit([38, 38, 42], light);
  const box = (x0: number, y0: number, x1: number, y1: number, color: string): void => {
    const a = view.project(x0, y1, z);
    const b = view.project(x1, y0, z);
    ctx.fillStyle = color;
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
  };
  // The oven: a steel front, a dark window and a handle, on a black plinth.
  box(x - 0.01, 0.0, x + 0.47, 0.41, css(steel));
  box(x + 0.0, 0.0, x + 0.46, 0.035, css(dark));
  box(x + 0.06, 0.08, x + 0.4, 0.26, css(lit([52, 44, 40], light)));
  box(x + 0.08, 0.29, x + 0.38, 0.305, css(lit([120, 124, 130], light)));
  // Knobs under the hob.
  ctx.fillStyle = css(dark);
  for (let k = 0; k < 4; k++) {
    const p = view.project(x + 0.07 + k * 0.107, 0.355, z);
    ctx.beginPath();
    ctx.arc(p.x, p.y, Math.max(1, unit * 0.014), 0, Math.PI * 2);
    ctx.fill();
  }
  // The hob on the worktop, and a pot on its back burner.
  box(x - 0.01, 0.41, x + 0.47, 0.44, css(dark));
  box(x + 0.24, 0.44, x + 0.4, 0.53, css(lit([170, 176, 184], light)));
  box(x + 0.22, 0.47, x + 0.24, 0.49, css(dark));
  box(x + 0.4, 0.47, x + 0.42, 0.49, css(dark));
  // The hood: a steel canopy narrowing to a chimney up the wall.
  const h0 = view.project(x - 0.04, 0.86, z);
  const h1 = view.project(x + 0.5, 0.86, z);
  const t0 = view.project(x + 0.13, 1.0, z);
  const t1 = view.project(x + 0.33, 1.0, z);
  const g = ctx.createLinearGradient(h0.x, 0, h1.x, 0);
  g.addColorStop(0, css(scale(steel, 0.8)));
  g.addColorStop(0.4, css(mix(steel, [255, 255, 255], 0.3)));
  g.addColorStop(1, css(scale(steel, 0.75)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(h0.x, h0.y);
  ctx.lineTo(h1.x, h1.y);
  ctx.lineTo(t1.x, t1.y);
  ctx.lineTo(t0.x, t0.y);
  ctx.closePath();
  ctx.fill();
  box(x - 0.04, 0.83, x + 0.5, 0.86, css(scale(steel, 0.7)));
  // The chimney runs up out of the picture.
  ctx.fillStyle = css(scale(steel, 0.88));
  ctx.fillRect(t0.x + (t1.x - t0.x) * 0.1, view.area.top, (t1.x - t0.x) * 0.8, t0.y - view.area.top + 1);
  // A rail of hanging pans and a ladle beside the hood.
  box(x + 0.52, 0.93, x + 0.98, 0.945, css(lit([120, 90, 60], light)));
  const copper = lit([190, 110, 60], light);
  [0.6, 0.76, 0.9].forEach((dx, k) => {
    const hx = x + dx;
    box(hx - 0.004, 0.86 - k * 0.02, hx + 0.004, 0.935, css(dark));
    const c = view.project(hx, 0.8 - k * 0.02, z);
    ctx.fillStyle = css(k === 1 ? dark : copper);
    ctx.beginPath();
    ctx.arc(c.x, c.y, unit * (0.06 - k * 0.008), 0, Math.PI * 2);
    ctx.fill();
  });
}

/** A fireplace against the wall: a stone surround and mantel shelf round a firebox with a fire burning in it. */
function fireplace(view: View, x: number, z: number, light: Light, trim: Rgb): void {
  const { ctx } = view;
  const outer = [view.project(x - 0.42, 0.62, z), view.project(x + 0.42, 0, z)] as const;
  const unit = outer[0].unit;
  ctx.fillStyle = css(lit([168, 150, 136], light));
  ctx.fillRect(outer[0].x, outer[0].y, outer[1].x - outer[0].x, outer[1].y - outer[0].y);
  // Stone courses.
  ctx.fillStyle = css(lit([140, 124, 112], light), 0.6);
  for (let k = 1; k < 6; k++) ctx.fillRect(outer[0].x, outer[0].y + ((outer[1].y - outer[0].y) * k) / 6, outer[1].x - outer[0].x, Math.max(1, unit * 0.008));
  // The mantel shelf.
  const shelf = view.project(x - 0.5, 0.66, z);
  ctx.fillStyle = css(scale(trim, 0.8));
  ctx.fillRect(shelf.x, shelf.y, (outer[1].x - outer[0].x) * (1 / 0.84), unit * 0.05);
  // The firebox: an arched opening, its sooty back lit warm by the fire (never the cold grey of a stove).
  const a = view.project(x - 0.25, 0.4, z);
  const b = view.project(x + 0.25, 0, z);
  ctx.fillStyle = css(lit([78, 38, 22], light));
  ctx.beginPath();
  ctx.moveTo(a.x, b.y);
  ctx.lineTo(a.x, a.y + (b.x - a.x) * 0.25);
  ctx.quadraticCurveTo((a.x + b.x) / 2, a.y - (b.x - a.x) * 0.1, b.x, a.y + (b.x - a.x) * 0.25);
  ctx.lineTo(b.x, b.y);
  ctx.closePath();
  ctx.fill();
  const glow = ctx.createRadialGradient((a.x + b.x) / 2, b.y, 0, (a.x + b.x) / 2, b.y, (b.x - a.x) * 0.7);
  glow.addColorStop(0, 'rgba(255,170,60,0.85)');
  glow.addColorStop(1, 'rgba(255,120,30,0)');
  ctx.fillStyle = glow;
  ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
  // Logs, then tongues of flame: red outside, orange, a yellow core.
  ctx.fillStyle = 'rgb(92,58,36)';
  ctx.fillRect(a.x + (b.x - a.x) * 0.15, b.y - unit * 0.05, (b.x - a.x) * 0.7, unit * 0.045);
  const w = b.x - a.x;
  const tongue = (cx: number, h: number, half: number, color: string): void => {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(cx - half, b.y - unit * 0.04);
    ctx.quadraticCurveTo(cx - half, b.y - h * 0.5, cx, b.y - h);
    ctx.quadraticCurveTo(cx + half, b.y - h * 0.5, cx + half, b.y - unit * 0.04);
    ctx.closePath();
    ctx.fill();
  };
  for (const [t, k] of [[0.3, 0.8], [0.5, 1], [0.7, 0.75]] as const) {
    const cx = a.x + w * t;
    const h = (b.y - a.y) * 0.62 * k;
    tongue(cx, h, w * 0.16, 'rgb(226,74,32)');
    tongue(cx, h * 0.72, w * 0.11, 'rgb(250,150,40)');
    tongue(cx, h * 0.42, w * 0.06, 'rgb(255,228,120)');
  }
}

/** A window in the wall showing the sky outside. */
function windowOnWall(view: View, x: number, y: number, w: number, h: number, z: number, light: Light, trim: Rgb): void {
  const { ctx } = view;
  const a = view.project(x - w / 2, y + h, z);
  const b = view.project(x + w / 2, y, z);
  const unit = a.unit;
  ctx.fillStyle = css(trim);
  ctx.fillRect(a.x - unit * 0.05, a.y - unit * 0.05, b.x - a.x + unit * 0.1, b.y - a.y + unit * 0.1);
  const sky = ctx.createLinearGradient(0, a.y, 0, b.y);
  sky.addColorStop(0, css(light.skyTop));
  sky.addColorStop(1, css(mix(light.skyHorizon, light.horizonGlow, light.glowStrength * 0.5)));
  ctx.fillStyle = sky;
  ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
  if (light.stars > 0.3) {
    ctx.fillStyle = 'rgba(255,255,240,0.9)';
    for (let k = 0; k < 8; k++) ctx.fillRect(a.x + ((b.x - a.x) * ((k * 37) % 100)) / 100, a.y + ((b.y - a.y) * ((k * 53) % 70)) / 100, 1.5, 1.5);
  }
  ctx.fillStyle = css(trim);
  ctx.fillRect((a.x + b.x) / 2 - unit * 0.015, a.y, unit * 0.03, b.y - a.y);
  ctx.fillRect(a.x, (a.y + b.y) / 2 - unit * 0.015, b.x - a.x, unit * 0.03);
  ctx.fillStyle = css(trim);
  ctx.fillRect(a.x - unit * 0.08, b.y + unit * 0.03, b.x - a.x + unit * 0.16, unit * 0.04);
}

function frame(view: View, x: number, y: number, w: number, h: number, z: number, light: Light, random: Random): void {
  const { ctx } = view;
  const a = view.project(x - w / 2, y + h, z);
  const b = view.project(x + w / 2, y, z);
  const unit = a.unit;
  ctx.fillStyle = css(lit([150, 110, 60], light));
  ctx.fillRect(a.x - unit * 0.03, a.y - unit * 0.03, b.x - a.x + unit * 0.06, b.y - a.y + unit * 0.06);
  const g = ctx.createLinearGradient(0, a.y, 0, b.y);
  g.addColorStop(0, css(lit([130, 180, 220], light)));
  g.addColorStop(0.6, css(lit([240, 220, 170], light)));
  g.addColorStop(1, css(lit([90, 140, 80], light)));
  ctx.fillStyle = g;
  ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
  ctx.fillStyle = css(lit([70, 110, 70], light));
  ctx.beginPath();
  ctx.moveTo(a.x, b.y);
  ctx.lineTo(a.x + (b.x - a.x) * random.range(0.3, 0.5), a.y + (b.y - a.y) * 0.5);
  ctx.lineTo(b.x, b.y);
  ctx.fill();
}
