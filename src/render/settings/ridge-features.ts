import type { NoiseFunction2D } from 'simplex-noise';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { Ridge } from './recipes.ts';
import { broadleaf, building, palm, pine, type LightSide } from './shapes.ts';

/**
 * What stands on a distant ridge, painted by the ridge painter: noise for
 * its outline, faceted mountain faces and snow, trees, forests, skylines
 * and street fronts.
 */

/** Fractal noise: octaves of simplex noise, summed at halving amplitudes (rolling hills). */
export function fbm(noise: NoiseFunction2D, x: number, octaves: number): number {
  let sum = 0;
  let amp = 0.5;
  let f = 1;
  for (let o = 0; o < octaves; o++) {
    sum += noise(x * f, o * 7.3) * amp;
    amp *= 0.5;
    f *= 2.1;
  }
  return sum;
}

/** Ridged multifractal noise in 0..1: sharp crests, broad valleys. */
export function ridged(noise: NoiseFunction2D, x: number, octaves: number): number {
  let sum = 0;
  let norm = 0;
  let amp = 1;
  let f = 1;
  for (let o = 0; o < octaves; o++) {
    const r = 1 - Math.abs(noise(x * f, o * 3.1));
    sum += r * r * amp;
    norm += amp;
    amp *= 0.42;
    f *= 2.3;
  }
  return Math.min(1, Math.max(0, (sum / norm - 0.2) / 0.75));
}

/**
 * Mountains as a silhouette split at every peak into a lit face and a shaded
 * face (the face turned from the light), with snow above a wavering snow line.
 */
export function mountainFaces(view: View, profile: (x: number) => number, color: Rgb, light: Light, fog: number, side: LightSide, z: number, x0: number, x1: number, snow: number, ground: number): void {
  const ctx = view.ctx;
  const steps = 360;
  const dx = (x1 - x0) / steps;
  const xs = Array.from({ length: steps + 1 }, (_, i) => x0 + dx * i);
  const ys = xs.map(profile);
  const pts = xs.map((x, i) => view.project(x, ys[i]!, z));
  const litFace = mix(color, mix([255, 246, 228], light.skyHorizon, 0.3), 0.3 * (1 - fog * 0.5));
  const shade = scale(mix(color, light.skyTop, 0.18), 0.8);
  const bottom = ground + 4;
  // Whole silhouette in the lit colour, with a darker foot.
  const g = ctx.createLinearGradient(0, Math.min(...pts.map((p) => p.y)), 0, ground);
  g.addColorStop(0, css(litFace));
  g.addColorStop(1, css(mix(litFace, light.haze, 0.35)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(pts[0]!.x, bottom);
  for (const p of pts) ctx.lineTo(p.x, p.y);
  ctx.lineTo(pts[steps]!.x, bottom);
  ctx.closePath();
  ctx.fill();
  // Shaded faces: from each peak down its far side to the next valley.
  const sh = ctx.createLinearGradient(0, Math.min(...pts.map((p) => p.y)), 0, ground);
  sh.addColorStop(0, css(shade));
  sh.addColorStop(1, css(mix(shade, light.haze, 0.35)));
  ctx.fillStyle = sh;
  const dir = -side;
  for (let i = 2; i < steps - 1; i++) {
    if (!(ys[i]! >= ys[i - 1]! && ys[i]! >= ys[i + 1]! && ys[i]! > ys[i - 2]! && ys[i]! > ys[i + 2]!)) continue;
    let j = i;
    while (j + dir > 0 && j + dir < steps && ys[j + dir]! <= ys[j]! + 1e-9) j += dir;
    if (Math.abs(j - i) < 2) continue;
    const peak = pts[i]!;
    const foot = view.project(xs[i]! + dir * (ys[i]! * 0.55), 0, z);
    ctx.beginPath();
    ctx.moveTo(peak.x, peak.y);
    for (let k = i; k !== j + dir; k += dir) ctx.lineTo(pts[k]!.x, pts[k]!.y);
    ctx.lineTo(pts[j]!.x, bottom);
    ctx.lineTo(foot.x, bottom);
    ctx.closePath();
    ctx.fill();
  }
  if (snow > 0) {
    const top = Math.max(...ys);
    const lineY = top * (0.72 - 0.22 * snow);
    ctx.save();
    ctx.globalCompositeOperation = 'source-atop';
    ctx.fillStyle = css(mix(lit([250, 252, 255], light), light.haze, fog * 0.45), 0.92);
    ctx.beginPath();
    ctx.moveTo(view.area.left, view.project(0, lineY, z).y);
    for (let i = 0; i <= 120; i++) {
      const x = x0 + ((x1 - x0) * i) / 120;
      const wobble = Math.sin(x * 9.1) * 0.06 + Math.sin(x * 23.7) * 0.03;
      const p = view.project(x, lineY * (1 + wobble), z);
      ctx.lineTo(p.x, p.y);
    }
    ctx.lineTo(view.area.right, view.area.top);
    ctx.lineTo(view.area.left, view.area.top);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }
}

/** Snow on the upper part of a range, down to a height fraction. */
export function snowCover(view: View, profile: (x: number) => number, z: number, x0: number, x1: number, snow: number, from: number): void {
  const ctx = view.ctx;
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  ctx.fillStyle = `rgba(245,249,255,${(0.8 * snow).toFixed(2)})`;
  ctx.beginPath();
  for (let i = 0; i <= 120; i++) {
    const x = x0 + ((x1 - x0) * i) / 120;
    const p = view.project(x, profile(x) * from, z);
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.lineTo(view.area.right, view.area.top);
  ctx.lineTo(view.area.left, view.area.top);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** A scattering of small trees along a ridge line. */
export function sprinkleTrees(view: View, profile: (x: number) => number, ridge: Ridge, color: Rgb, light: Light, fog: number, random: Random, side: LightSide, z: number, x0: number, x1: number, foliage: readonly Rgb[] = []): void {
  const unit = view.project(0, 1, z).unit;
  const size = ridge.height * 0.22 * unit;
  if (size < 3) return;
  const count = Math.round((x1 - x0) / ridge.height * 2.5);
  const treeColor = mix(scale(color, 0.72), [40, 80, 40], 0.2);
  for (let k = 0; k < count; k++) {
    const x = random.range(x0, x1);
    const p = view.project(x, profile(x) * random.range(0.2, 0.9), z);
    const crown = foliage.length > 0 ? scale(foliage[k % foliage.length]!, 0.85) : treeColor;
    broadleaf(view.ctx, p.x, p.y + size * 0.2, size * random.range(0.7, 1.2), mix(crown, light.haze, fog * 0.3), side, random);
  }
}

/** A continuous band of forest along a ridge: canopies of the ridge's tree kind. */
export function forest(view: View, ridge: Ridge, color: Rgb, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number, noise: NoiseFunction2D, foliage: readonly Rgb[] = []): void {
  const ctx = view.ctx;
  // A dark mass behind the trees so the line reads as dense (russet under an autumn wood).
  ctx.fillStyle = css(scale(foliage.length > 0 && ridge.trees !== 'mixed' ? mix(color, foliage[0]!, 0.6) : color, 0.72));
  ctx.beginPath();
  ctx.moveTo(view.area.left, ground + 4);
  for (let i = 0; i <= 200; i++) {
    const x = x0 + ((x1 - x0) * i) / 200;
    const p = view.project(x, ridge.height * (0.45 + 0.15 * noise(x * 0.8, 5)), z);
    ctx.lineTo(p.x, p.y);
  }
  ctx.lineTo(view.area.right, ground + 4);
  ctx.closePath();
  ctx.fill();
  const spacing = ridge.height * 0.22;
  const kinds = ridge.trees ?? 'mixed';
  let x = x0 - spacing;
  const snow = ridge.snow ?? 0;
  while (x < x1 + spacing) {
    const h = ridge.height * (0.65 + 0.35 * (noise(x * 1.7, 9) * 0.5 + 0.5)) * random.range(0.85, 1.1);
    const p = view.project(x, 0, z);
    const tint = mix(color, random.chance(0.5) ? scale(color, 0.85) : mix(color, [120, 150, 60], 0.15), random.next());
    const kind = kinds === 'mixed' ? (random.chance(0.55) ? 'pine' : 'broadleaf') : kinds;
    // An autumn broadleaf takes its own warm colour.
    const crown = foliage.length > 0 && kind === 'broadleaf' ? scale(foliage[Math.floor(random.next() * foliage.length)]!, 0.9 + 0.15 * random.next()) : tint;
    const hp = h * unit;
    if (kind === 'pine') pine(ctx, p.x, ground + 2, hp, tint, side, snow, random);
    else if (kind === 'palm') palm(ctx, p.x, ground + 2, hp, tint, side, random);
    else broadleaf(ctx, p.x, ground + 2, hp, crown, side, random);
    x += spacing * random.range(0.55, 1.05);
  }
}

/** A distant city skyline of tall buildings, lit windows at night. */
export function skyline(view: View, ridge: Ridge, color: Rgb, light: Light, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number): void {
  const ctx = view.ctx;
  let x = x0;
  const lit = light.lamps ? 0.45 : 0.04;
  while (x < x1) {
    const w = ridge.height * random.range(0.12, 0.28);
    const h = ridge.height * (random.chance(0.15) ? random.range(0.8, 1) : random.range(0.3, 0.75));
    const p = view.project(x, 0, z);
    const tone = mix(color, random.chance(0.5) ? scale(color, 0.9) : mix(color, [200, 210, 230], 0.12), random.next());
    building(ctx, p.x, ground + 2, w * unit, h * unit, tone, side, lit, random);
    if (random.chance(0.2)) {
      ctx.fillStyle = css(scale(tone, 0.8));
      ctx.fillRect(p.x + w * unit * 0.45, ground - h * unit - h * unit * 0.12, Math.max(1, w * unit * 0.06), h * unit * 0.12);
      if (light.lamps) {
        ctx.fillStyle = 'rgba(255,60,60,0.9)';
        ctx.beginPath();
        ctx.arc(p.x + w * unit * 0.48, ground - h * unit * 1.12, Math.max(1, unit * 0.03), 0, Math.PI * 2);
        ctx.fill();
      }
    }
    x += w * random.range(0.95, 1.25);
  }
}

/** A row of shop and house fronts facing the street. */
export function streetFronts(view: View, ridge: Ridge, color: Rgb, light: Light, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number): void {
  const ctx = view.ctx;
  const palette = ['#c98e6e', '#d8b48a', '#9fa6b3', '#b5755a', '#e0cda8', '#8e9aa8', '#c4a07a'];
  let x = x0;
  while (x < x1) {
    const w = ridge.height * random.range(0.5, 0.9);
    const h = ridge.height * random.range(0.75, 1.15);
    const p = view.project(x, 0, z);
    const wall = lit(mix(hex(random.pick(palette)), color, 0.25), light);
    building(ctx, p.x, ground + 1, w * unit, h * unit, wall, side, light.lamps ? 0.6 : 0.05, random);
    // Shopfront: a big window and an awning at street level.
    const sw = w * unit * 0.78;
    const sh = ridge.height * unit * 0.22;
    const sx = p.x + w * unit * 0.11;
    ctx.fillStyle = light.lamps ? 'rgba(255,220,150,0.95)' : css(mix(wall, [60, 80, 100], 0.6));
    ctx.fillRect(sx, ground - sh, sw, sh);
    ctx.fillStyle = css(lit(hex(random.pick(['#c0392b', '#2e86c1', '#27ae60', '#8e44ad', '#d35400'])), light));
    ctx.beginPath();
    ctx.moveTo(sx - 3, ground - sh - 2);
    ctx.lineTo(sx + sw + 3, ground - sh - 2);
    ctx.lineTo(sx + sw + 8, ground - sh + sh * 0.3);
    ctx.lineTo(sx - 8, ground - sh + sh * 0.3);
    ctx.closePath();
    ctx.fill();
    x += w + ridge.height * 0.02;
  }
  // Street lamps along the kerb.
  for (let lx = Math.ceil(x0 / 1.2) * 1.2; lx < x1; lx += 1.2) {
    const p = view.project(lx, 0, z - 0.35);
    const top = view.project(lx, ridge.height * 0.75, z - 0.35);
    ctx.strokeStyle = '#2b2f36';
    ctx.lineWidth = Math.max(1, unit * 0.025);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(top.x, top.y);
    ctx.stroke();
    ctx.fillStyle = light.lamps ? '#fff1c0' : '#d8dde4';
    ctx.beginPath();
    ctx.arc(top.x, top.y, Math.max(1.5, unit * 0.05), 0, Math.PI * 2);
    ctx.fill();
    if (light.lamps) {
      const g = ctx.createRadialGradient(top.x, top.y, 0, top.x, top.y, unit * 0.5);
      g.addColorStop(0, 'rgba(255,230,160,0.5)');
      g.addColorStop(1, 'rgba(255,230,160,0)');
      ctx.fillStyle = g;
      ctx.fillRect(top.x - unit * 0.5, top.y - unit * 0.5, unit, unit);
    }
  }
}
