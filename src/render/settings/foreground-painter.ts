import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { SettingRecipe } from './recipes.ts';
import { grassTuft, rock, type LightSide } from './shapes.ts';

/** Distance of the foreground plane: nearer than anything on the stage. */
export const FOREGROUND_Z = 0.72;

/**
 * Paints the out-of-focus foreground that frames a shot from the bottom
 * corners (or the top, for jungle vines; the sides, for a stage's curtains):
 * grass, ferns, reeds, rocks, snow banks, seaweed. It stays clear of the
 * middle, where the subject is, and is blurred once afterwards.
 */
export function paintForeground(view: View, recipe: SettingRecipe, light: Light, random: Random, side: LightSide): void {
  const { ctx, area, height } = view;
  const z = FOREGROUND_Z;
  const kind = recipe.foreground;
  const x0 = view.worldX(area.left, z);
  const x1 = view.worldX(area.right, z);
  const centre = view.worldX(view.width / 2, z);
  const halfView = view.worldX(view.width, z) - centre;
  const darkened = (c: string): Rgb => scale(lit(hex(c), light), 0.72);
  // Elements cluster towards the edges of the frame.
  const spots = (count: number): number[] =>
    Array.from({ length: count }, () => {
      const s = random.chance(0.5) ? -1 : 1;
      return centre + s * halfView * random.range(0.45, 1.15);
    }).filter((x) => x > x0 && x < x1);
  switch (kind) {
    case 'grass':
    case 'dry-grass':
    case 'flowers':
    case 'ferns': {
      for (const x of spots(kind === 'ferns' ? 8 : 11)) {
        const p = view.project(x, 0, z);
        const h = p.unit * random.range(0.12, 0.2);
        const tone = darkened(random.pick(kind === 'ferns' ? ['#3f7a36', '#2f6a2e'] : kind === 'dry-grass' ? ['#b89a4a', '#a08638', '#c9aa5c'] : ['#4f8a3a', '#3f7a2e', '#5c9a40']));
        if (kind === 'ferns') fern(view, p.x, p.y, h * 1.2, tone, random);
        else grassTuft(ctx, p.x, p.y, h, tone, random, 9, 0);
        if (kind === 'flowers' && random.chance(0.6)) {
          ctx.fillStyle = css(lit(random.pick<Rgb>([[250, 240, 240], [250, 200, 70], [230, 100, 150]]), light));
          ctx.beginPath();
          ctx.arc(p.x + random.range(-h * 0.2, h * 0.2), p.y - h * random.range(0.7, 1), h * 0.07, 0, Math.PI * 2);
          ctx.fill();
        }
      }
      break;
    }
    case 'reeds': {
      for (const x of spots(7)) {
        const p = view.project(x, 0, z);
        const h = p.unit * random.range(0.2, 0.32);
        ctx.strokeStyle = css(darkened(random.pick(['#5f8a3a', '#6e8f40', '#4f7a34'])));
        ctx.lineWidth = Math.max(1, h * 0.018);
        for (let k = 0; k < 6; k++) {
          const bx = p.x + random.range(-h * 0.12, h * 0.12);
          const lean = random.range(-0.15, 0.15) * h;
          ctx.beginPath();
          ctx.moveTo(bx, p.y);
          ctx.quadraticCurveTo(bx + lean * 0.3, p.y - h * 0.6, bx + lean, p.y - h);
          ctx.stroke();
          if (random.chance(0.3)) {
            ctx.fillStyle = css(darkened('#6e4a2a'));
            ctx.beginPath();
            ctx.ellipse(bx + lean * 0.85, p.y - h * 0.88, h * 0.025, h * 0.08, 0, 0, Math.PI * 2);
            ctx.fill();
          }
        }
      }
      break;
    }
    case 'rocks':
      for (const x of spots(3)) {
        const p = view.project(x, 0, z);
        rock(ctx, p.x, p.y + p.unit * 0.01, p.unit * random.range(0.1, 0.16), darkened('#8a8078'), side, random);
        grassTuft(ctx, p.x + p.unit * 0.12, p.y, p.unit * 0.09, darkened('#6a7a44'), random, 6);
      }
      break;
    case 'snow':
      for (const x of spots(5)) {
        const p = view.project(x, 0, z);
        const w = p.unit * random.range(0.3, 0.5);
        ctx.fillStyle = css(mix(lit([245, 249, 255], light), [200, 210, 230], 0.15));
        ctx.beginPath();
        ctx.ellipse(p.x, p.y, w, p.unit * random.range(0.08, 0.13), 0, Math.PI, 0);
        ctx.fill();
      }
      break;
    case 'seaweed':
      for (const x of spots(7)) {
        const p = view.project(x, 0, z);
        const h = p.unit * random.range(0.16, 0.3);
        ctx.strokeStyle = css(mix(hex('#2f7a4a'), [10, 60, 80], 0.3));
        ctx.lineCap = 'round';
        ctx.lineWidth = Math.max(2, h * 0.045);
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        for (let s = 1; s <= 8; s++) ctx.lineTo(p.x + Math.sin(s * 1.3 + x) * h * 0.07, p.y - (h * s) / 8);
        ctx.stroke();
      }
      break;
    case 'vines': {
      const top = area.top;
      for (let k = 0; k < 14; k++) {
        const x = random.range(area.left, area.right);
        if (Math.abs(x - view.width / 2) < view.width * 0.22) continue;
        const len = height * random.range(0.12, 0.32);
        ctx.strokeStyle = css(darkened('#2f5a2a'));
        ctx.lineWidth = Math.max(1, height * 0.004);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.quadraticCurveTo(x + random.range(-20, 20), top + len * 0.5, x + random.range(-10, 10), top + len);
        ctx.stroke();
        ctx.fillStyle = css(darkened('#3f7a36'));
        for (let l = 0; l < 6; l++) {
          ctx.beginPath();
          ctx.ellipse(x + random.range(-8, 8), top + len * (l / 6), height * 0.012, height * 0.006, random.range(0, 3), 0, Math.PI * 2);
          ctx.fill();
        }
      }
      break;
    }
    case 'curtains': {
      const drape = (xa: number, xb: number): void => {
        const folds = 7;
        for (let k = 0; k < folds; k++) {
          const a = xa + ((xb - xa) * k) / folds;
          const b = xa + ((xb - xa) * (k + 1)) / folds;
          const g = ctx.createLinearGradient(a, 0, b, 0);
          g.addColorStop(0, '#3a0a14');
          g.addColorStop(0.5, '#a11a30');
          g.addColorStop(1, '#3a0a14');
          ctx.fillStyle = g;
          ctx.fillRect(a, area.top, b - a + 1, area.bottom - area.top);
        }
      };
      drape(area.left, view.width * 0.12);
      drape(view.width * 0.88, area.right);
      const g = ctx.createLinearGradient(0, area.top, 0, height * 0.1);
      g.addColorStop(0, '#5a0c18');
      g.addColorStop(1, '#8e1426');
      ctx.fillStyle = g;
      ctx.fillRect(area.left, area.top, area.right - area.left, height * 0.1 - area.top);
      ctx.fillStyle = '#c9a043';
      ctx.fillRect(area.left, height * 0.1, area.right - area.left, height * 0.008);
      break;
    }
    case 'none':
      break;
  }
}

function fern(view: View, x: number, base: number, h: number, color: Rgb, random: Random): void {
  const ctx = view.ctx;
  ctx.fillStyle = css(color);
  for (let f = 0; f < 4; f++) {
    const a = -Math.PI / 2 + random.range(-0.9, 0.9);
    const len = h * random.range(0.6, 1);
    for (let s = 2; s < 12; s++) {
      const t = s / 12;
      const px = x + Math.cos(a) * len * t + Math.cos(a) * len * 0.25 * t * t;
      const py = base + Math.sin(a) * len * t + len * 0.3 * t * t;
      const leaf = h * 0.07 * (1 - t * 0.7);
      ctx.beginPath();
      ctx.ellipse(px, py, leaf, leaf * 0.35, a + Math.PI / 2, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}
