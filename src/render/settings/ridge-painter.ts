import { createNoise2D, type NoiseFunction2D } from 'simplex-noise';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { Ridge } from './recipes.ts';
import { broadleaf, building, bush, palm, pine, rock, type LightSide } from './shapes.ts';

/**
 * Paints one band of distant scenery on its upright plane: ranges of
 * mountains with lit faces and snow, rolling hills, dunes and mesas, city
 * skylines and street fronts with windows that light up at night, tree lines,
 * cottages, a volcano, icebergs, junk heaps, a cave wall. Farther bands fade
 * into the haze of the light.
 */
export function paintRidge(view: View, ridge: Ridge, light: Light, random: Random, side: LightSide): void {
  const noise = createNoise2D(() => random.next());
  const fog = hazeFactor(ridge.z, light);
  const base = lit(hex(ridge.color), light);
  const color = mix(base, light.haze, fog);
  const ctx = view.ctx;
  const z = ridge.z;
  const x0 = view.worldX(view.area.left, z);
  const x1 = view.worldX(view.area.right, z);
  const ground = view.project(0, 0, z).y;
  const unit = view.project(0, 1, z).unit;
  const fill = (profile: (x: number) => number, rgb: Rgb, steps = 220): void => {
    ctx.fillStyle = css(rgb);
    ctx.beginPath();
    ctx.moveTo(view.area.left - 2, ground + unit * 0.05 + 4);
    for (let i = 0; i <= steps; i++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const p = view.project(x, profile(x), z);
      ctx.lineTo(p.x, p.y);
    }
    ctx.lineTo(view.area.right + 2, ground + unit * 0.05 + 4);
    ctx.closePath();
    ctx.fill();
  };
  switch (ridge.kind) {
    case 'mountains': {
      const freq = 0.32 / ridge.height;
      const profile = (x: number): number => ridge.height * (0.22 + 0.78 * ridged(noise, x * freq, 4));
      mountainFaces(view, profile, color, light, fog, side, z, x0, x1, ridge.snow ?? 0, ground);
      break;
    }
    case 'hills': {
      const freq = 0.7 / ridge.height;
      const profile = (x: number): number => ridge.height * (0.45 + 0.55 * (fbm(noise, x * freq, 3) * 0.5 + 0.5));
      fill(profile, color);
      // Lit crests and a darker foot give the hills roundness.
      const grad = ctx.createLinearGradient(0, ground - ridge.height * unit, 0, ground);
      grad.addColorStop(0, css(mix(color, [255, 250, 225], 0.12 * (1 - fog))));
      grad.addColorStop(1, css(scale(color, 0.88)));
      ctx.fillStyle = grad;
      ctx.globalCompositeOperation = 'source-atop';
      ctx.fillRect(view.area.left, ground - ridge.height * unit * 1.1, view.area.right - view.area.left, ridge.height * unit * 1.2);
      ctx.globalCompositeOperation = 'source-over';
      if ((ridge.snow ?? 0) > 0) snowCover(view, profile, z, x0, x1, ridge.snow ?? 0, 0.5);
      sprinkleTrees(view, profile, ridge, color, light, fog, random.fork('trees'), side, z, x0, x1);
      break;
    }
    case 'dunes': {
      const freq = 0.45 / ridge.height;
      const profile = (x: number): number => ridge.height * (0.4 + 0.6 * Math.abs(Math.sin(x * freq * 3 + noise(x * freq, 0.5) * 1.2)));
      fill(profile, scale(color, 0.92));
      fill((x) => profile(x) * 0.97 - ridge.height * 0.04 * Math.max(0, Math.cos(x * freq * 3)), mix(color, [255, 240, 210], 0.12));
      break;
    }
    case 'mesa': {
      const profile = (x: number): number => {
        const n = fbm(noise, x * (0.12 / ridge.height) * 8, 2);
        return n > 0.05 ? ridge.height * (0.8 + 0.05 * noise(x * 2, 3)) : ridge.height * Math.max(0.15, 0.5 + n * 3);
      };
      fill(profile, color, 400);
      ctx.globalCompositeOperation = 'source-atop';
      for (let k = 1; k < 4; k++) {
        ctx.fillStyle = css(scale(color, 0.92 + 0.04 * (k % 2)), 0.6);
        const y = view.project(0, ridge.height * (k / 4.5), z).y;
        ctx.fillRect(view.area.left, y, view.area.right - view.area.left, unit * ridge.height * 0.06);
      }
      ctx.globalCompositeOperation = 'source-over';
      break;
    }
    case 'skyline':
      skyline(view, ridge, color, light, random, side, z, x0, x1, ground, unit);
      break;
    case 'street':
      streetFronts(view, ridge, color, light, random, side, z, x0, x1, ground, unit);
      break;
    case 'forest':
      forest(view, ridge, color, random, side, z, x0, x1, ground, unit, noise);
      break;
    case 'houses': {
      let x = x0;
      while (x < x1) {
        const w = ridge.height * random.range(0.7, 1.2);
        const h = ridge.height * random.range(0.45, 0.7);
        const p = view.project(x, 0, z);
        const wall = mix(mix(color, hex(random.pick(['#f1e3c8', '#e8cfae', '#f6efe2', '#dcc3a4'])), 0.5), light.haze, fog);
        building(ctx, p.x, ground + 1, w * unit, h * unit, lit(wall, light), side, light.lamps ? 0.5 : 0, random, 'gable');
        if (random.chance(0.6)) {
          const t = view.project(x + w + ridge.height * 0.25, 0, z);
          broadleaf(ctx, t.x, ground + 1, ridge.height * random.range(0.8, 1.2) * unit, mix(lit(hex('#4f8a45'), light), light.haze, fog), side, random);
        }
        x += w + ridge.height * random.range(0.5, 1.6);
      }
      break;
    }
    case 'volcano': {
      const centre = VOLCANO_X;
      const profile = (x: number): number => {
        const d = Math.abs(x - centre) / (ridge.height * 1.8);
        const cone = ridge.height * Math.max(0, 1 - d) ** 1.3;
        const crater = d < 0.12 ? ridge.height * 0.06 * (1 - d / 0.12) : 0;
        return Math.max(ridge.height * 0.08 * (0.5 + 0.5 * noise(x * 0.5, 2)), cone - crater + noise(x * 1.5, 1) * ridge.height * 0.02);
      };
      fill(profile, color, 300);
      // Lava runs down the flanks, glowing brighter in the dark.
      const glow = 0.55 + 0.45 * light.night;
      ctx.lineCap = 'round';
      for (let k = 0; k < 5; k++) {
        const start = centre + (k - 2) * ridge.height * 0.05;
        ctx.strokeStyle = `rgba(255,${Math.round(90 + 40 * random.next())},30,${glow.toFixed(2)})`;
        ctx.lineWidth = Math.max(1, unit * ridge.height * 0.015);
        ctx.beginPath();
        let x = start;
        for (let y = profile(start) * 0.97; y > ridge.height * 0.2; y -= ridge.height * 0.05) {
          x += (x - centre) * 0.09 + noise(x * 4, y) * ridge.height * 0.02;
          const p = view.project(x, Math.min(profile(x) * 0.98, y), z);
          if (y === profile(start) * 0.97) ctx.moveTo(p.x, p.y);
          else ctx.lineTo(p.x, p.y);
        }
        ctx.stroke();
      }
      const top = view.project(centre, profile(centre), z);
      const g = ctx.createRadialGradient(top.x, top.y, 0, top.x, top.y, unit * ridge.height * 0.35);
      g.addColorStop(0, `rgba(255,140,40,${(0.6 * glow).toFixed(2)})`);
      g.addColorStop(1, 'rgba(255,80,20,0)');
      ctx.fillStyle = g;
      ctx.fillRect(top.x - unit * ridge.height * 0.35, top.y - unit * ridge.height * 0.35, unit * ridge.height * 0.7, unit * ridge.height * 0.7);
      break;
    }
    case 'icebergs': {
      let x = x0;
      while (x < x1) {
        const w = ridge.height * random.range(1, 3);
        const h = ridge.height * random.range(0.4, 1);
        const p = view.project(x, 0, z);
        const top = view.project(x + w * random.range(0.3, 0.6), h, z);
        ctx.fillStyle = css(mix(lit(hex('#eef7ff'), light), light.haze, fog * 0.6));
        ctx.beginPath();
        ctx.moveTo(p.x, ground + 1);
        ctx.lineTo(p.x + w * unit * 0.2, top.y + h * unit * 0.3);
        ctx.lineTo(top.x, top.y);
        ctx.lineTo(p.x + w * unit * 0.85, top.y + h * unit * 0.4);
        ctx.lineTo(p.x + w * unit, ground + 1);
        ctx.closePath();
        ctx.fill();
        ctx.fillStyle = css(mix(lit(hex('#9cc8e8'), light), light.haze, fog * 0.6));
        ctx.beginPath();
        ctx.moveTo(top.x, top.y);
        ctx.lineTo(p.x + w * unit * 0.85, top.y + h * unit * 0.4);
        ctx.lineTo(p.x + w * unit, ground + 1);
        ctx.lineTo(top.x, ground + 1);
        ctx.closePath();
        ctx.fill();
        x += w + ridge.height * random.range(1.5, 5);
      }
      break;
    }
    case 'junk': {
      const profile = (x: number): number => ridge.height * (0.35 + 0.65 * Math.max(0, fbm(noise, x * 1.3, 3) * 0.7 + 0.4));
      fill(profile, scale(color, 0.85), 300);
      const rnd = random.fork('junk');
      for (let k = 0; k < (x1 - x0) * 14; k++) {
        const x = rnd.range(x0, x1);
        const y = rnd.range(0.1, 0.9) * profile(x);
        const p = view.project(x, y, z);
        const s = unit * ridge.height * rnd.range(0.06, 0.16);
        ctx.fillStyle = css(lit(hex(rnd.pick(['#8a4a3a', '#5a6470', '#9a8a60', '#6a7a8a', '#a05a30', '#3a3f48'])), light));
        ctx.save();
        ctx.translate(p.x, p.y);
        ctx.rotate(rnd.range(-0.6, 0.6));
        if (rnd.chance(0.3)) {
          ctx.strokeStyle = '#222';
          ctx.lineWidth = Math.max(1, s * 0.3);
          ctx.beginPath();
          ctx.arc(0, 0, s * 0.6, 0, Math.PI * 2);
          ctx.stroke();
        } else ctx.fillRect(-s, -s * 0.5, s * 2, s);
        ctx.restore();
      }
      break;
    }
    case 'hedge': {
      let x = x0;
      while (x < x1) {
        const p = view.project(x, 0, z);
        bush(ctx, p.x, ground + 2, ridge.height * unit * random.range(0.8, 1.1), mix(color, [30, 60, 30], random.range(0, 0.2)), side, random);
        x += ridge.height * 0.7;
      }
      break;
    }
    case 'cavewall': {
      fill((x) => ridge.height * (0.8 + 0.2 * fbm(noise, x * 0.8, 3)), scale(color, 0.8), 200);
      const rnd = random.fork('crystals');
      for (let k = 0; k < (x1 - x0) * 3; k++) {
        const x = rnd.range(x0, x1);
        const p = view.project(x, rnd.range(0.1, 1.2), z);
        const s = unit * rnd.range(0.04, 0.1);
        ctx.fillStyle = `rgba(${rnd.chance(0.5) ? '120,220,255' : '200,140,255'},0.8)`;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y - s * 1.6);
        ctx.lineTo(p.x + s * 0.4, p.y);
        ctx.lineTo(p.x - s * 0.4, p.y);
        ctx.closePath();
        ctx.fill();
      }
      for (let k = 0; k < (x1 - x0) * 5; k++) {
        const x = rnd.range(x0, x1);
        const p = view.project(x, 0, z);
        rock(ctx, p.x, ground + 2, unit * rnd.range(0.1, 0.35), scale(color, rnd.range(0.8, 1.1)), side, rnd);
      }
      break;
    }
    case 'island': {
      const centre = x0 + (x1 - x0) * random.range(0.2, 0.8);
      const half = ridge.height * 3;
      fill((x) => (Math.abs(x - centre) < half ? ridge.height * Math.cos(((x - centre) / half) * (Math.PI / 2)) ** 1.5 : 0), color, 300);
      for (let k = 0; k < 3; k++) {
        const p = view.project(centre + (k - 1) * ridge.height * 0.8, ridge.height * 0.75, z);
        palm(ctx, p.x, p.y + unit * ridge.height * 0.3, unit * ridge.height * 0.9, scale(color, 0.9), side, random);
      }
      break;
    }
    case 'rocks': {
      const freq = 0.9 / ridge.height;
      fill((x) => ridge.height * (0.2 + 0.8 * Math.max(0, fbm(noise, x * freq, 3) * 0.8 + 0.3)), color, 260);
      break;
    }
  }
}

/** World x of a volcano's crater (eruptions are drawn from it). */
export const VOLCANO_X = 0.6;

/** How much the haze swallows a plane at distance z. */
export function hazeFactor(z: number, light: Light): number {
  return Math.min(0.9, (1 - Math.exp(-z / 40)) * (0.45 + light.hazeAmount * 0.7));
}

function fbm(noise: NoiseFunction2D, x: number, octaves: number): number {
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
function ridged(noise: NoiseFunction2D, x: number, octaves: number): number {
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
function mountainFaces(view: View, profile: (x: number) => number, color: Rgb, light: Light, fog: number, side: LightSide, z: number, x0: number, x1: number, snow: number, ground: number): void {
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

function snowCover(view: View, profile: (x: number) => number, z: number, x0: number, x1: number, snow: number, from: number): void {
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

function sprinkleTrees(view: View, profile: (x: number) => number, ridge: Ridge, color: Rgb, light: Light, fog: number, random: Random, side: LightSide, z: number, x0: number, x1: number): void {
  const unit = view.project(0, 1, z).unit;
  const size = ridge.height * 0.22 * unit;
  if (size < 3) return;
  const count = Math.round((x1 - x0) / ridge.height * 2.5);
  const treeColor = mix(scale(color, 0.72), [40, 80, 40], 0.2);
  for (let k = 0; k < count; k++) {
    const x = random.range(x0, x1);
    const p = view.project(x, profile(x) * random.range(0.2, 0.9), z);
    broadleaf(view.ctx, p.x, p.y + size * 0.2, size * random.range(0.7, 1.2), mix(treeColor, light.haze, fog * 0.3), side, random);
  }
}

function forest(view: View, ridge: Ridge, color: Rgb, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number, noise: NoiseFunction2D): void {
  const ctx = view.ctx;
  // A dark mass behind the trees so the line reads as dense.
  ctx.fillStyle = css(scale(color, 0.72));
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
    const hp = h * unit;
    if (kind === 'pine') pine(ctx, p.x, ground + 2, hp, tint, side, snow, random);
    else if (kind === 'palm') palm(ctx, p.x, ground + 2, hp, tint, side, random);
    else broadleaf(ctx, p.x, ground + 2, hp, tint, side, random);
    x += spacing * random.range(0.55, 1.05);
  }
}

function skyline(view: View, ridge: Ridge, color: Rgb, light: Light, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number): void {
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

function streetFronts(view: View, ridge: Ridge, color: Rgb, light: Light, random: Random, side: LightSide, z: number, x0: number, x1: number, ground: number, unit: number): void {
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
