import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Random } from '../../util/random.ts';
import { css, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';

/**
 * Procedural scenery shapes (trees, bushes, grass, rocks, buildings) drawn in
 * screen pixels with soft two-tone shading lit from one side. Painters place
 * many of them into layers once per shot, so they may be detailed.
 */

/** Which side the light comes from: -1 left, 1 right. */
export type LightSide = -1 | 1;

/** A conifer: stacked tiers, darker on the shaded side; optional snow on each tier. */
export function pine(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, snow: number, rnd: Random): void {
  const w = h * 0.42;
  ctx.fillStyle = css(scale(color, 0.45));
  ctx.fillRect(x - w * 0.05, base - h * 0.14, w * 0.1, h * 0.16);
  const tiers = h > 40 ? 4 : 3;
  for (let t = 0; t < tiers; t++) {
    const top = base - h + (t * h * 0.75) / tiers;
    const bottom = base - h * 0.12 - ((tiers - 1 - t) * h * 0.16) / tiers;
    const half = (w / 2) * (0.55 + (0.45 * (t + 1)) / tiers);
    const jag = half * rnd.range(-0.06, 0.06);
    ctx.fillStyle = css(color);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x + half + jag, bottom);
    ctx.quadraticCurveTo(x, bottom + h * 0.05, x - half + jag, bottom);
    ctx.closePath();
    ctx.fill();
    // The lit half.
    ctx.fillStyle = css(mix(color, [255, 246, 214], 0.18));
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x + side * (half + jag), bottom);
    ctx.quadraticCurveTo(x + side * half * 0.5, bottom + h * 0.03, x, bottom + h * 0.025);
    ctx.closePath();
    ctx.fill();
    if (snow > 0) {
      ctx.fillStyle = `rgba(248,251,255,${(0.92 * snow).toFixed(2)})`;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x + half * 0.55, top + (bottom - top) * 0.45);
      ctx.quadraticCurveTo(x, top + (bottom - top) * 0.6, x - half * 0.55, top + (bottom - top) * 0.45);
      ctx.closePath();
      ctx.fill();
    }
  }
}

/** A broadleaf tree: a trunk and a cluster of round leaf masses, lit on one side. */
export function broadleaf(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, rnd: Random, bare = false): void {
  const trunk = scale(color, 0.4);
  const bark: Rgb = mix(trunk, [92, 64, 46], 0.6);
  ctx.fillStyle = css(bark);
  ctx.beginPath();
  ctx.moveTo(x - h * 0.035, base);
  ctx.lineTo(x - h * 0.02, base - h * 0.5);
  ctx.lineTo(x + h * 0.02, base - h * 0.5);
  ctx.lineTo(x + h * 0.035, base);
  ctx.fill();
  if (bare) {
    ctx.strokeStyle = css(bark);
    ctx.lineCap = 'round';
    for (let b = 0; b < 5; b++) {
      const y0 = base - h * rnd.range(0.35, 0.55);
      const dir = b % 2 ? 1 : -1;
      ctx.lineWidth = Math.max(1, h * 0.018);
      ctx.beginPath();
      ctx.moveTo(x, y0);
      ctx.quadraticCurveTo(x + dir * h * 0.12, y0 - h * 0.15, x + dir * h * rnd.range(0.18, 0.3), base - h * rnd.range(0.75, 1));
      ctx.stroke();
    }
    return;
  }
  const blobs = 5 + Math.floor(h / 25);
  const cx = x;
  const cy = base - h * 0.66;
  const r = h * 0.3;
  const dark = scale(color, 0.78);
  const light = mix(color, [255, 248, 220], 0.22);
  const spots: Array<[number, number, number]> = [];
  for (let i = 0; i < blobs; i++) {
    const a = rnd.range(0, Math.PI * 2);
    const d = rnd.range(0, r * 0.6);
    spots.push([cx + Math.cos(a) * d * 1.1, cy + Math.sin(a) * d * 0.8, r * rnd.range(0.45, 0.7)]);
  }
  for (const [bx, by, br] of spots) {
    ctx.fillStyle = css(dark);
    ctx.beginPath();
    ctx.arc(bx, by, br, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const [bx, by, br] of spots) {
    ctx.fillStyle = css(color);
    ctx.beginPath();
    ctx.arc(bx + side * br * 0.12, by - br * 0.12, br * 0.82, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const [bx, by, br] of spots) {
    ctx.fillStyle = css(light);
    ctx.beginPath();
    ctx.arc(bx + side * br * 0.3, by - br * 0.3, br * 0.42, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A palm: curved trunk and drooping fronds. */
export function palm(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, rnd: Random): void {
  const lean = rnd.range(-0.15, 0.15) * h;
  const topX = x + lean;
  const topY = base - h;
  ctx.strokeStyle = css(mix(scale(color, 0.5), [140, 100, 60], 0.7));
  ctx.lineWidth = Math.max(1, h * 0.045);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, base);
  ctx.quadraticCurveTo(x + lean * 0.2, base - h * 0.5, topX, topY);
  ctx.stroke();
  const fronds = 7;
  for (let i = 0; i < fronds; i++) {
    const a = -Math.PI / 2 + ((i - (fronds - 1) / 2) / fronds) * Math.PI * 1.5;
    const len = h * rnd.range(0.35, 0.48);
    const ex = topX + Math.cos(a) * len;
    const ey = topY + Math.sin(a) * len * 0.6 + len * 0.35;
    ctx.strokeStyle = css(Math.cos(a) * side > 0 ? mix(color, [255, 250, 210], 0.2) : scale(color, 0.85));
    ctx.lineWidth = Math.max(1, h * 0.035);
    ctx.beginPath();
    ctx.moveTo(topX, topY);
    ctx.quadraticCurveTo(topX + Math.cos(a) * len * 0.6, topY + Math.sin(a) * len * 0.7 - len * 0.15, ex, ey);
    ctx.stroke();
  }
}

/** An umbrella thorn (acacia): a short forked trunk under a wide, flat-topped crown, the savanna's tree. */
export function acacia(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, rnd: Random): void {
  const bark: Rgb = mix(scale(color, 0.45), [86, 62, 44], 0.6);
  const crownY = base - h * rnd.range(0.72, 0.82);
  const half = h * rnd.range(0.55, 0.75);
  const lean = rnd.range(-0.08, 0.08) * h;
  ctx.strokeStyle = css(bark);
  ctx.lineCap = 'round';
  ctx.lineWidth = Math.max(1, h * 0.04);
  ctx.beginPath();
  ctx.moveTo(x, base);
  ctx.lineTo(x + lean, base - h * 0.42);
  ctx.stroke();
  // The trunk forks into limbs that spread out under the crown.
  ctx.lineWidth = Math.max(1, h * 0.022);
  for (const reach of [-0.7, -0.25, 0.3, 0.75]) {
    ctx.beginPath();
    ctx.moveTo(x + lean, base - h * 0.42);
    ctx.quadraticCurveTo(x + lean + reach * half * 0.3, crownY + h * 0.12, x + lean + reach * half * 0.85, crownY + h * 0.02);
    ctx.stroke();
  }
  // The crown: overlapping flat lobes, a shaded underside and a sunlit top.
  const lobes = 6;
  const dark = scale(color, 0.72);
  const light = mix(color, [255, 244, 200], 0.25);
  const spots: Array<[number, number, number]> = [];
  for (let i = 0; i < lobes; i++) {
    const t = (i + 0.5) / lobes - 0.5;
    spots.push([x + lean + t * half * 1.8 + rnd.range(-0.05, 0.05) * h, crownY - rnd.range(0, 0.05) * h, half * rnd.range(0.28, 0.38)]);
  }
  const lobe = (cx: number, cy: number, r: number, fill: Rgb, squash: number): void => {
    ctx.fillStyle = css(fill);
    ctx.beginPath();
    ctx.ellipse(cx, cy, r, r * squash, 0, 0, Math.PI * 2);
    ctx.fill();
  };
  for (const [cx, cy, r] of spots) lobe(cx, cy + r * 0.08, r, dark, 0.36);
  for (const [cx, cy, r] of spots) lobe(cx + side * r * 0.1, cy - r * 0.08, r * 0.85, color, 0.3);
  for (const [cx, cy, r] of spots) lobe(cx + side * r * 0.25, cy - r * 0.16, r * 0.45, light, 0.22);
}

/** A round bush. */
export function bush(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, rnd: Random): void {
  const w = h * 1.6;
  for (let i = 0; i < 4; i++) {
    const bx = x + (i - 1.5) * w * 0.22 + rnd.range(-0.05, 0.05) * w;
    const r = h * rnd.range(0.45, 0.6);
    ctx.fillStyle = css(scale(color, 0.8));
    ctx.beginPath();
    ctx.arc(bx, base - r * 0.8, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = css(mix(color, [255, 248, 220], 0.15));
    ctx.beginPath();
    ctx.arc(bx + side * r * 0.2, base - r, r * 0.6, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A tuft of grass blades. */
export function grassTuft(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, rnd: Random, blades = 5, bend = 0): void {
  ctx.fillStyle = css(color);
  for (let i = 0; i < blades; i++) {
    const bx = x + (i - blades / 2) * h * 0.09;
    const len = h * rnd.range(0.6, 1);
    const lean = (rnd.range(-0.35, 0.35) + bend) * len;
    const w = Math.max(0.6, h * 0.05);
    ctx.beginPath();
    ctx.moveTo(bx - w, base);
    ctx.quadraticCurveTo(bx + lean * 0.3, base - len * 0.6, bx + lean, base - len);
    ctx.quadraticCurveTo(bx + lean * 0.3 + w, base - len * 0.5, bx + w, base);
    ctx.closePath();
    ctx.fill();
  }
}

/** A rock: a lumpy dome, lit from above on one side. */
export function rock(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide, rnd: Random): void {
  const w = h * rnd.range(1.3, 1.9);
  ctx.fillStyle = css(scale(color, 0.75));
  ctx.beginPath();
  ctx.moveTo(x - w / 2, base);
  ctx.bezierCurveTo(x - w * 0.5, base - h * 0.7, x - w * 0.1, base - h * 1.05, x + w * 0.15, base - h);
  ctx.bezierCurveTo(x + w * 0.45, base - h * 0.9, x + w * 0.55, base - h * 0.3, x + w / 2, base);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = css(mix(color, [255, 250, 235], 0.2));
  ctx.beginPath();
  ctx.ellipse(x + side * w * 0.1, base - h * 0.72, w * 0.28, h * 0.22, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A cactus (saguaro). */
export function cactus(ctx: SKRSContext2D, x: number, base: number, h: number, color: Rgb, side: LightSide): void {
  const w = h * 0.16;
  ctx.fillStyle = css(color);
  ctx.lineCap = 'round';
  ctx.strokeStyle = css(color);
  ctx.lineWidth = w;
  ctx.beginPath();
  ctx.moveTo(x, base);
  ctx.lineTo(x, base - h + w / 2);
  ctx.moveTo(x, base - h * 0.45);
  ctx.lineTo(x - h * 0.2, base - h * 0.45);
  ctx.lineTo(x - h * 0.2, base - h * 0.72);
  ctx.moveTo(x, base - h * 0.58);
  ctx.lineTo(x + h * 0.18, base - h * 0.58);
  ctx.lineTo(x + h * 0.18, base - h * 0.8);
  ctx.stroke();
  ctx.strokeStyle = css(mix(color, [255, 250, 210], 0.25));
  ctx.lineWidth = w * 0.3;
  ctx.beginPath();
  ctx.moveTo(x + side * w * 0.2, base);
  ctx.lineTo(x + side * w * 0.2, base - h + w * 0.6);
  ctx.stroke();
}

/** A simple building block with a roof line and a grid of windows, some lit. */
export function building(ctx: SKRSContext2D, x: number, base: number, w: number, h: number, color: Rgb, side: LightSide, lit: number, rnd: Random, roof: 'flat' | 'gable' = 'flat'): void {
  ctx.fillStyle = css(color);
  ctx.fillRect(x, base - h, w, h);
  ctx.fillStyle = css(scale(color, side > 0 ? 0.85 : 1.1));
  ctx.fillRect(side > 0 ? x : x + w * 0.82, base - h, w * 0.18, h);
  if (roof === 'gable') {
    ctx.fillStyle = css(mix(scale(color, 0.6), [150, 60, 50], 0.5));
    ctx.beginPath();
    ctx.moveTo(x - w * 0.08, base - h);
    ctx.lineTo(x + w / 2, base - h - w * 0.45);
    ctx.lineTo(x + w * 1.08, base - h);
    ctx.closePath();
    ctx.fill();
  }
  const cell = Math.max(3, Math.min(w / 4, h / 6));
  if (cell < 2.5) return;
  const cols = Math.max(1, Math.floor((w - cell) / (cell * 1.6)));
  const rows = Math.max(1, Math.floor((h - cell * 1.5) / (cell * 1.9)));
  const gapX = (w - cols * cell) / (cols + 1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const on = rnd.chance(lit);
      ctx.fillStyle = on ? (rnd.chance(0.5) ? 'rgba(255,214,130,0.95)' : 'rgba(255,236,180,0.9)') : css(mix(color, [40, 50, 70], 0.55));
      ctx.fillRect(x + gapX + c * (cell + gapX), base - h + cell + r * cell * 1.9, cell, cell * 1.25);
    }
  }
}

/** How ground arcs are scattered and shaped (sizes in units of the projected scale at their distance). */
export interface GroundArcs {
  readonly count: number;
  /** Distance from a uniform draw in [0, 1). */
  readonly depth: (u: number) => number;
  readonly width: readonly [number, number];
  readonly lift: number;
  readonly lineWidth: number;
  readonly minLineWidth: number;
}

/** Short arcs lying on the ground plane across the view: ripples on sand, on still water. Stroked in the current style. */
export function scatterGroundArcs(view: View, random: Random, arcs: GroundArcs): void {
  const { ctx, area } = view;
  for (let i = 0; i < arcs.count; i++) {
    const z = arcs.depth(random.next());
    const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
    const p = view.project(x, 0, z);
    const w = p.unit * random.range(arcs.width[0], arcs.width[1]);
    ctx.lineWidth = Math.max(arcs.minLineWidth, p.unit * arcs.lineWidth);
    ctx.beginPath();
    ctx.moveTo(p.x - w, p.y);
    ctx.quadraticCurveTo(p.x, p.y - p.unit * arcs.lift, p.x + w, p.y);
    ctx.stroke();
  }
}
