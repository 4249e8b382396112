import { createNoise2D } from 'simplex-noise';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { Ridge } from './recipes.ts';
import { fbm, forest, mountainFaces, ridged, skyline, snowCover, sprinkleTrees, streetFronts } from './ridge-features.ts';
import { bambooGrove } from './bamboo.ts';
import { acacia, broadleaf, building, bush, palm, rock, type LightSide } from './shapes.ts';

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
  // Autumn crowns, lit and hazed like the rest of the band.
  const foliage = (ridge.foliage ?? []).map((c) => mix(lit(hex(c), light), light.haze, fog));
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
      sprinkleTrees(view, profile, ridge, color, light, fog, random.fork('trees'), side, z, x0, x1, foliage);
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
      forest(view, ridge, color, random, side, z, x0, x1, ground, unit, noise, foliage);
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
        bush(ctx, p.x, ground + 2, ridge.height * unit * random.range(0.8, 1.1), foliage.length > 0 ? mix(random.pick(foliage), [60, 40, 20], random.range(0, 0.2)) : mix(color, [30, 60, 30], random.range(0, 0.2)), side, random);
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
    case 'stands': {
      // A grandstand: tiers stepping up and back, dotted with spectators, under a roof line.
      fill(() => ridge.height, scale(color, 0.9), 4);
      const tiers = 7;
      for (let t = 0; t < tiers; t++) {
        const y0 = view.project(0, (ridge.height * t) / tiers, z).y;
        ctx.fillStyle = css(scale(color, t % 2 ? 0.8 : 1.05));
        ctx.fillRect(view.area.left, y0 - unit * ridge.height * 0.02, view.area.right - view.area.left, Math.max(1, unit * ridge.height * 0.025));
        for (let x = x0; x < x1; x += ridge.height * random.range(0.05, 0.12)) {
          if (random.chance(0.25)) continue;
          const p = view.project(x, (ridge.height * (t + 0.55)) / tiers, z);
          const crowd: Rgb[] = [[200, 60, 60], [60, 90, 190], [240, 220, 80], [235, 235, 235], [60, 150, 80]];
          ctx.fillStyle = css(mix(crowd[Math.floor(random.next() * crowd.length)]!, color, 0.35));
          ctx.beginPath();
          ctx.arc(p.x, p.y, Math.max(0.8, unit * ridge.height * 0.035), 0, Math.PI * 2);
          ctx.fill();
        }
      }
      const roof = view.project(0, ridge.height * 1.08, z).y;
      ctx.fillStyle = css(scale(color, 0.55));
      ctx.fillRect(view.area.left, roof, view.area.right - view.area.left, Math.max(2, unit * ridge.height * 0.09));
      break;
    }
    case 'acacias': {
      // Umbrella thorns stand apart on open grass: a sparse line, never a wall of trees.
      const spacing = ridge.height * 2.2;
      for (let x = x0 - spacing * random.range(0, 1); x < x1 + spacing; x += spacing * random.range(0.6, 1.8)) {
        if (random.chance(0.3)) continue;
        const p = view.project(x, 0, z);
        acacia(ctx, p.x, ground + 1, unit * ridge.height * random.range(0.7, 1.15), mix(color, scale(color, 0.85), random.next()), side, random);
      }
      break;
    }
    case 'bamboo':
      bambooGrove(view, color, random, side, z, x0, x1, ground, unit, ridge.height);
      break;
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
