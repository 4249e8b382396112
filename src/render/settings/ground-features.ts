import { createNoise2D } from 'simplex-noise';
import { depthToZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { distant, lit, type Light } from '../light.ts';
import { groundZ } from './ground-rows.ts';
import type { SettingRecipe } from './recipes.ts';

/** Depths between which the road setting's road runs across the view (where travellers go by). */
export const ROAD_DEPTHS: readonly [number, number] = [0.1, 0.6];

/** Paints one of a setting's ground features (paths, roads, fields, rugs, lava, ...) on the ground plane. */
export function paintFeature(view: View, feature: SettingRecipe['ground']['features'][number], recipe: SettingRecipe, light: Light, random: Random): void {
  const { ctx, area } = view;
  const zNear = Math.max(0.4, groundZ(view, area.bottom));
  const zFar = Math.min(80, groundZ(view, Math.max(area.top, view.horizon) + 1));
  const noise = createNoise2D(() => random.next());
  switch (feature) {
    case 'path': {
      const centre = (z: number): number => 0.9 * noise(z * 0.12, 0.5) + 0.25 * Math.sin(z * 0.9);
      strip(view, centre, 0.32, zNear, Math.min(zFar, 30), lit(mix(hex(recipe.ground.near), [196, 170, 120], 0.7), light), light);
      break;
    }
    case 'road': {
      // A country road across the view where the traffic drives, and a lane off it into the distance.
      const asphalt = lit([70, 72, 78], light);
      const paint = css(lit([245, 236, 190], light));
      const near = depthToZ(ROAD_DEPTHS[0]);
      const far = depthToZ(ROAD_DEPTHS[1]);
      const branch = (z: number): number => 0.15 * Math.sin(z * 0.08) + 0.6;
      strip(view, branch, 0.7, far, Math.min(zFar, 80), asphalt, light);
      const top = view.project(0, 0, far).y;
      const bottom = view.project(0, 0, near).y;
      ctx.fillStyle = css(asphalt);
      ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
      // Verges: a pale edge line either side.
      ctx.fillStyle = paint;
      for (const y of [top, bottom]) ctx.fillRect(area.left, y - Math.max(1, view.height * 0.002), area.right - area.left, Math.max(1.5, view.height * 0.004));
      // Dashes down the middle of the road across, and of the lane into the distance.
      const mid = depthToZ((ROAD_DEPTHS[0] + ROAD_DEPTHS[1]) / 2);
      for (let x = -12; x < 12; x += 0.9) {
        const a = view.project(x, 0, mid);
        ctx.fillRect(a.x, a.y - a.unit * 0.006, a.unit * 0.45, Math.max(1, a.unit * 0.012));
      }
      for (let z = far + 0.6; z < Math.min(zFar, 60); z += 0.9) {
        const a = view.project(branch(z) - 0.02, 0, z);
        const b = view.project(branch(z + 0.45) + 0.02, 0, z + 0.45);
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(a.x + 0.04 * a.unit, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.lineTo(b.x - 0.04 * b.unit, b.y);
        ctx.closePath();
        ctx.fill();
      }
      break;
    }
    case 'street': {
      // A kerb and pavement in front of the shopfronts; lane markings across.
      const kerbZ = depthToZ(1.2);
      const pavement = lit([150, 146, 140], light);
      const yk = view.project(0, 0, kerbZ).y;
      ctx.fillStyle = css(pavement);
      ctx.fillRect(area.left, Math.max(view.horizon, area.top), area.right - area.left, yk - Math.max(view.horizon, area.top));
      ctx.fillStyle = css(scale(pavement, 1.15));
      ctx.fillRect(area.left, yk - 2, area.right - area.left, Math.max(2, view.height * 0.006));
      ctx.fillStyle = css(lit([235, 230, 210], light), 0.85);
      const lane = depthToZ(0.55);
      for (let x = -10; x < 10; x += 0.7) {
        const a = view.project(x, 0, lane);
        ctx.fillRect(a.x, a.y - a.unit * 0.006, a.unit * 0.35, Math.max(1, a.unit * 0.012));
      }
      // A zebra crossing.
      const cx = random.range(-0.8, 0.8);
      for (let k = 0; k < 7; k++) {
        const z0 = depthToZ(0.1 + k * 0.14);
        const a = view.project(cx - 0.35, 0, z0);
        const b = view.project(cx + 0.35, 0, z0);
        const c = view.project(cx + 0.35, 0, z0 + 0.14);
        const d = view.project(cx - 0.35, 0, z0 + 0.14);
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.lineTo(c.x, c.y);
        ctx.lineTo(d.x, d.y);
        ctx.closePath();
        ctx.fill();
      }
      break;
    }
    case 'rows':
    case 'tulips': {
      const colors: Rgb[] = feature === 'tulips' ? [[230, 60, 80], [250, 200, 60], [240, 120, 170], [250, 250, 245]] : [scale(lit(hex(recipe.ground.near), light), 0.82), mix(lit(hex(recipe.ground.near), light), [230, 220, 120], 0.25)];
      const step = 0.3;
      for (let x = -14, k = 0; x < 14; x += step, k++) {
        const color = colors[k % colors.length]!;
        const a = view.project(x, 0, Math.max(zNear, 1.5));
        const b = view.project(x + step * 0.6, 0, Math.max(zNear, 1.5));
        const far = Math.min(zFar, 40);
        const c = view.project(x + step * 0.6, 0, far);
        const d = view.project(x, 0, far);
        ctx.fillStyle = css(distant(color, light, 0.1), 0.7);
        ctx.beginPath();
        ctx.moveTo(a.x, area.bottom + 10);
        ctx.lineTo(b.x + (b.x - c.x) * 0.5, area.bottom + 10);
        ctx.lineTo(c.x, c.y);
        ctx.lineTo(d.x, d.y);
        ctx.closePath();
        ctx.fill();
      }
      break;
    }
    case 'pitch': {
      // A marked-out pitch: mown stripes, touchlines near and far, a halfway line and a centre circle.
      const near = depthToZ(0.05);
      const far = depthToZ(1.05);
      const quad = (xa: number, xb: number, za: number, zb: number): void => {
        const pts = [view.project(xa, 0, za), view.project(xb, 0, za), view.project(xb, 0, zb), view.project(xa, 0, zb)];
        ctx.beginPath();
        ctx.moveTo(pts[0]!.x, pts[0]!.y);
        for (const p of pts.slice(1)) ctx.lineTo(p.x, p.y);
        ctx.closePath();
        ctx.fill();
      };
      ctx.fillStyle = css(scale(lit(hex(recipe.ground.near), light), 1.1), 0.5);
      for (let x = -12; x < 12; x += 1.2) quad(x, x + 0.6, near, far);
      ctx.fillStyle = css(lit([245, 245, 240], light), 0.9);
      const line = 0.025;
      const half = 2.6;
      for (const z of [near, far]) quad(-half, half, z, z + line * z);
      for (const x of [-half, 0, half]) quad(x - line, x + line, near, far);
      const centre = (near + far) / 2;
      const radius = 0.45;
      ctx.strokeStyle = css(lit([245, 245, 240], light), 0.9);
      ctx.lineWidth = Math.max(1, view.project(0, 0, centre).unit * line * 1.4);
      ctx.beginPath();
      for (let k = 0; k <= 48; k++) {
        const a = (k / 48) * Math.PI * 2;
        const p = view.project(radius * Math.cos(a), 0, centre + radius * Math.sin(a));
        if (k === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
      ctx.stroke();
      break;
    }
    case 'flowers':
    case 'leaves': {
      const colors: Rgb[] = feature === 'flowers' ? [[255, 255, 255], [255, 220, 80], [240, 110, 150], [170, 120, 230]] : [[168, 110, 52], [150, 82, 44], [190, 150, 70]];
      const count = feature === 'flowers' ? 420 : 160;
      for (let i = 0; i < count; i++) {
        const z = zNear * Math.pow(Math.min(10, zFar) / zNear, Math.pow(random.next(), 1.4));
        const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
        const p = view.project(x, 0, z);
        const r = p.unit * (feature === 'flowers' ? 0.012 : 0.016) * random.range(0.7, 1.3);
        if (r < 0.6) continue;
        ctx.fillStyle = css(lit(random.pick(colors), light), feature === 'flowers' ? 0.9 : 0.55);
        ctx.beginPath();
        ctx.ellipse(p.x, p.y - r, r, r * 0.7, random.range(0, 3), 0, Math.PI * 2);
        ctx.fill();
      }
      break;
    }
    case 'dock': {
      // Planks across the near ground, posts along the water's edge.
      const wood = lit([138, 104, 72], light);
      const edge = depthToZ(0.28);
      ctx.fillStyle = css(wood);
      const ye = view.project(0, 0, edge).y;
      ctx.fillRect(area.left, ye, area.right - area.left, area.bottom - ye);
      ctx.strokeStyle = css(scale(wood, 0.7));
      ctx.lineWidth = Math.max(1, view.height / 500);
      for (let z = zNear; z < edge; z += 0.1) {
        const y = view.project(0, 0, z).y;
        ctx.beginPath();
        ctx.moveTo(area.left, y);
        ctx.lineTo(area.right, y);
        ctx.stroke();
      }
      break;
    }
    case 'lava': {
      ctx.lineCap = 'round';
      for (let k = 0; k < 14; k++) {
        let z = zNear * random.range(1.2, 4);
        let x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
        ctx.strokeStyle = `rgba(255,${Math.round(random.range(80, 150))},30,${(0.35 + 0.35 * light.night).toFixed(2)})`;
        ctx.beginPath();
        let p = view.project(x, 0, z);
        ctx.moveTo(p.x, p.y);
        ctx.lineWidth = Math.max(1, p.unit * 0.006);
        for (let s = 0; s < 8; s++) {
          x += random.range(-0.3, 0.3);
          z *= random.range(1.02, 1.12);
          p = view.project(x, 0, z);
          ctx.lineTo(p.x, p.y);
        }
        ctx.stroke();
      }
      break;
    }
    case 'tracks': {
      ctx.fillStyle = 'rgba(160,175,200,0.45)';
      let x = random.range(-0.8, 0.8);
      for (let z = zNear + 0.2; z < Math.min(zFar, 12); z *= 1.07) {
        x += 0.06 * Math.sin(z * 3);
        const p = view.project(x + (Math.round(z * 10) % 2 ? 0.04 : -0.04), 0, z);
        ctx.beginPath();
        ctx.ellipse(p.x, p.y, p.unit * 0.02, p.unit * 0.008, 0, 0, Math.PI * 2);
        ctx.fill();
      }
      break;
    }
    case 'rug': {
      const p = view.project(0, 0, depthToZ(0.45));
      ctx.fillStyle = css(lit([160, 60, 60], light), 0.85);
      ctx.beginPath();
      ctx.ellipse(p.x, p.y, p.unit * 0.9, p.unit * 0.9 * (view.ref.y / depthToZ(0.45)), 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = css(lit([230, 200, 120], light), 0.8);
      ctx.lineWidth = Math.max(1, p.unit * 0.02);
      ctx.beginPath();
      ctx.ellipse(p.x, p.y, p.unit * 0.8, p.unit * 0.8 * (view.ref.y / depthToZ(0.45)), 0, 0, Math.PI * 2);
      ctx.stroke();
      break;
    }
  }
}

/** A band on the ground following a centre line (world x at distance z) of a given width. */
function strip(view: View, centre: (z: number) => number, width: number, zNear: number, zFar: number, color: Rgb, light: Light): void {
  const ctx = view.ctx;
  const left: Array<[number, number]> = [];
  const right: Array<[number, number]> = [];
  for (let i = 0; i <= 60; i++) {
    const z = zNear * Math.pow(zFar / zNear, i / 60);
    const w = width / 2;
    const a = view.project(centre(z) - w, 0, z);
    const b = view.project(centre(z) + w, 0, z);
    left.push([a.x, a.y]);
    right.push([b.x, b.y]);
  }
  const g = ctx.createLinearGradient(0, left[left.length - 1]![1], 0, left[0]![1]);
  g.addColorStop(0, css(distant(color, light, 0.8)));
  g.addColorStop(1, css(color));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(left[0]![0], left[0]![1] + 20);
  for (const [x, y] of left) ctx.lineTo(x, y);
  for (const [x, y] of right.reverse()) ctx.lineTo(x, y);
  ctx.lineTo(right[right.length - 1]![0], right[right.length - 1]![1] + 20);
  ctx.closePath();
  ctx.fill();
}
