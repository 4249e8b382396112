import type { Canvas } from '@napi-rs/canvas';
import { createNoise2D } from 'simplex-noise';
import { depthToZ } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { Layer, View } from '../layer.ts';
import { distant, lit, type Light } from '../light.ts';
import type { SettingRecipe } from './recipes.ts';
import { grassTuft } from './shapes.ts';

/**
 * Paints the ground plane as the reference camera sees it: a distance-graded
 * surface with world-space texture (so it foreshortens), its features (paths,
 * roads, crop rows, flowers, a dock, lava cracks), and water with the sky and
 * distant scenery mirrored in it.
 */
export function paintGround(view: View, recipe: SettingRecipe, geometry: SettingGeometry, light: Light, random: Random, mirrored: readonly { layer: Layer; baseRow: number }[]): void {
  const { ctx, area } = view;
  const top = Math.max(area.top, view.horizon);
  if (top >= area.bottom) return;
  const rowZ = (row: number): number => groundZ(view, row);
  const near = lit(hex(recipe.ground.near), light);
  const far = hex(recipe.ground.far);
  if (recipe.ground.texture !== 'none') {
    const g = ctx.createLinearGradient(0, top, 0, area.bottom);
    for (const t of [0, 0.02, 0.06, 0.15, 0.35, 0.7, 1]) {
      const row = top + (area.bottom - top) * t;
      const z = rowZ(row);
      const k = Math.min(1, (z - 1) / 12);
      g.addColorStop(t, css(distant(mix(near, lit(far, light), Math.min(1, k * 1.4)), light, Math.min(1, (z - 1) / 40))));
    }
    ctx.fillStyle = g;
    ctx.fillRect(area.left, top, area.right - area.left, area.bottom - top);
    texture(view, recipe, light, random.fork('texture'), rowZ);
    for (const feature of recipe.ground.features) paintFeature(view, feature, recipe, light, random.fork(feature));
  }
  if (geometry.water && recipe.water) paintWater(view, recipe, geometry.water, light, random.fork('water'), mirrored);
}

/** Distance of the ground seen at a reference row. */
export function groundZ(view: View, row: number): number {
  const H = view.height;
  const v = ((row - H / 2) / (H * view.ref.zoom) - view.ref.tilt) / view.ref.y;
  return v <= 1e-6 ? 1e6 : view.ref.z + 1 / v;
}

/** Reference row of the ground at distance z. */
export function groundRow(view: View, z: number): number {
  return view.project(0, 0, z).y;
}

function texture(view: View, recipe: SettingRecipe, light: Light, random: Random, rowZ: (row: number) => number): void {
  const { ctx, area } = view;
  const top = Math.max(area.top, view.horizon);
  const zNear = Math.max(0.4, rowZ(area.bottom));
  const zFar = Math.min(60, rowZ(top + 2));
  const kind = recipe.ground.texture;
  const base = lit(hex(recipe.ground.near), light);
  const patches = 260;
  // Mottled patches in world space: they flatten and shrink with distance.
  for (let i = 0; i < patches; i++) {
    const z = zNear * Math.pow(zFar / zNear, random.next());
    const xl = view.worldX(area.left, z);
    const xr = view.worldX(area.right, z);
    const x = random.range(xl, xr);
    const p = view.project(x, 0, z);
    const rw = p.unit * random.range(0.15, 0.5);
    const rh = rw * (view.ref.y / Math.max(0.3, z)) * 0.9;
    const dark = random.chance(0.5);
    const tint = kind === 'snow' ? (dark ? [200, 215, 235] : [255, 255, 255]) : dark ? scale(base, 0.8) : mix(base, [255, 250, 220], 0.15);
    ctx.fillStyle = css(distant(tint as Rgb, light, Math.min(1, z / 40)), 0.18);
    ctx.beginPath();
    ctx.ellipse(p.x, p.y, rw, Math.max(0.5, rh), 0, 0, Math.PI * 2);
    ctx.fill();
  }
  if (kind === 'grass') {
    const blade = mix(scale(base, 0.75), lit([40, 90, 30], light), 0.2);
    const tip = mix(base, lit([200, 230, 120], light), 0.25);
    const count = Math.round(((area.right - area.left) / view.height) * 700);
    for (let i = 0; i < count; i++) {
      const z = zNear * Math.pow(Math.min(12, zFar) / zNear, Math.pow(random.next(), 1.6));
      const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
      const p = view.project(x, 0, z);
      // Short tufts: the ground is a plane that shears with camera moves, and tall blades would lie down.
      const h = p.unit * random.range(0.018, 0.034);
      if (h < 1.5) continue;
      grassTuft(ctx, p.x, p.y, h, random.chance(0.5) ? blade : tip, random, 4);
    }
  } else if (kind === 'sand' || kind === 'seabed') {
    ctx.strokeStyle = css(scale(base, 0.88), 0.5);
    for (let i = 0; i < 90; i++) {
      const z = zNear * Math.pow(zFar / zNear, random.next());
      const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
      const p = view.project(x, 0, z);
      const w = p.unit * random.range(0.3, 0.8);
      ctx.lineWidth = Math.max(0.5, p.unit * 0.008);
      ctx.beginPath();
      ctx.moveTo(p.x - w, p.y);
      ctx.quadraticCurveTo(p.x, p.y - p.unit * 0.015, p.x + w, p.y);
      ctx.stroke();
    }
  } else if (kind === 'wood' || kind === 'stage') {
    // Floorboards run away from the camera and converge.
    ctx.strokeStyle = css(scale(base, 0.7), 0.6);
    ctx.lineWidth = Math.max(1, view.height / 500);
    const zMax = Math.min(zFar, 8);
    for (let bx = -12; bx <= 12; bx += kind === 'stage' ? 0.16 : 0.12) {
      const a = view.project(bx, 0, zNear);
      const b = view.project(bx, 0, zMax);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    for (let z = zNear; z < zMax; z += 0.45) {
      const y = view.project(0, 0, z).y;
      ctx.strokeStyle = css(scale(base, 0.8), 0.25);
      ctx.beginPath();
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
      ctx.stroke();
    }
  } else if (kind === 'tile') {
    ctx.strokeStyle = css(scale(base, 0.8), 0.7);
    ctx.lineWidth = Math.max(1, view.height / 600);
    for (let bx = -12; bx <= 12; bx += 0.25) {
      const a = view.project(bx, 0, zNear);
      const b = view.project(bx, 0, Math.min(zFar, 8));
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    for (let z = zNear; z < Math.min(zFar, 8); z *= 1.12) {
      const y = view.project(0, 0, z).y;
      ctx.beginPath();
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
      ctx.stroke();
    }
  } else if (kind === 'asphalt' || kind === 'rock' || kind === 'dirt') {
    for (let i = 0; i < 500; i++) {
      const z = zNear * Math.pow(Math.min(20, zFar) / zNear, random.next());
      const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
      const p = view.project(x, 0, z);
      const r = Math.max(0.5, p.unit * random.range(0.004, 0.012));
      ctx.fillStyle = random.chance(0.5) ? 'rgba(0,0,0,0.18)' : 'rgba(255,255,255,0.12)';
      ctx.fillRect(p.x, p.y, r, r * 0.6);
    }
  } else if (kind === 'snow') {
    for (let i = 0; i < 260; i++) {
      const z = zNear * Math.pow(Math.min(15, zFar) / zNear, random.next());
      const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
      const p = view.project(x, 0, z);
      ctx.fillStyle = 'rgba(255,255,255,0.9)';
      const r = Math.max(0.5, p.unit * 0.004);
      ctx.fillRect(p.x, p.y, r, r);
    }
  }
}

function paintFeature(view: View, feature: SettingRecipe['ground']['features'][number], recipe: SettingRecipe, light: Light, random: Random): void {
  const { ctx, area } = view;
  const zNear = Math.max(0.4, groundZ(view, area.bottom));
  const zFar = Math.min(80, groundZ(view, Math.max(area.top, view.horizon) + 1));
  const noise = createNoise2D(() => random.next());
  switch (feature) {
    case 'path':
    case 'road': {
      const road = feature === 'road';
      const width = road ? 0.9 : 0.32;
      const centre = (z: number): number => (road ? 0.15 * Math.sin(z * 0.08) : 0.9 * noise(z * 0.12, 0.5) + 0.25 * Math.sin(z * 0.9));
      const color = road ? lit([70, 72, 78], light) : lit(mix(hex(recipe.ground.near), [196, 170, 120], 0.7), light);
      strip(view, centre, width, zNear, Math.min(zFar, road ? 80 : 30), color, light);
      if (road) {
        // Dashed centre line.
        ctx.fillStyle = css(lit([245, 236, 190], light));
        for (let z = zNear; z < Math.min(zFar, 60); z += 0.9) {
          const a = view.project(centre(z) - 0.02, 0, z);
          const b = view.project(centre(z + 0.45) + 0.02, 0, z + 0.45);
          ctx.beginPath();
          ctx.moveTo(a.x, a.y);
          ctx.lineTo(a.x + (0.04 * a.unit), a.y);
          ctx.lineTo(b.x, b.y);
          ctx.lineTo(b.x - 0.04 * b.unit, b.y);
          ctx.closePath();
          ctx.fill();
        }
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

function paintWater(view: View, recipe: SettingRecipe, span: readonly [number, number], light: Light, random: Random, mirrored: readonly { layer: Layer; baseRow: number }[]): void {
  const { ctx, area } = view;
  const water = recipe.water!;
  const zNear = depthToZ(span[0]);
  const zFar = depthToZ(span[1]);
  const top = Math.max(area.top, view.horizon, groundRow(view, zFar));
  const bottom = Math.min(area.bottom, zNear <= view.ref.z + 0.05 ? area.bottom : groundRow(view, zNear));
  if (bottom <= top) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, top, area.right - area.left, bottom - top);
  ctx.clip();
  const deep = lit(hex(water.deep), light);
  const shallow = lit(hex(water.color), light);
  const g = ctx.createLinearGradient(0, top, 0, bottom);
  g.addColorStop(0, css(mix(shallow, light.skyHorizon, 0.55)));
  g.addColorStop(0.25, css(mix(shallow, light.skyHorizon, 0.2)));
  g.addColorStop(1, css(deep));
  ctx.fillStyle = g;
  ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
  // Mirror images of the sky and scenery, rippled in horizontal slices and fading towards the viewer.
  for (const { layer, baseRow } of mirrored) mirror(view, layer, baseRow, top, bottom, random, water.waves);
  const fade = ctx.createLinearGradient(0, top, 0, bottom);
  fade.addColorStop(0, css(deep, 0.05));
  fade.addColorStop(1, css(deep, 0.75));
  ctx.fillStyle = fade;
  ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
  // Static ripple lines; moving glints are drawn per frame.
  ctx.strokeStyle = css(mix(shallow, [255, 255, 255], 0.45), 0.35);
  for (let i = 0; i < 220; i++) {
    const z = zNear * Math.pow(Math.min(zFar, 80) / Math.max(zNear, 0.6), random.next()) + (zNear < 0.6 ? 0.6 : 0);
    const x = random.range(view.worldX(area.left, z), view.worldX(area.right, z));
    const p = view.project(x, 0, z);
    const w = p.unit * random.range(0.08, 0.25);
    ctx.lineWidth = Math.max(0.6, p.unit * 0.006);
    ctx.beginPath();
    ctx.moveTo(p.x - w, p.y);
    ctx.quadraticCurveTo(p.x, p.y - p.unit * 0.01 * water.waves, p.x + w, p.y);
    ctx.stroke();
  }
  ctx.restore();
  // A bright shore line where water meets land.
  if (span[0] > 0) {
    const y = groundRow(view, zNear);
    ctx.fillStyle = css(mix(shallow, [255, 255, 255], 0.6), 0.7);
    ctx.fillRect(area.left, y - Math.max(1, view.height * 0.003), area.right - area.left, Math.max(1.5, view.height * 0.005));
  }
}

function mirror(view: View, layer: Layer, baseRow: number, top: number, bottom: number, random: Random, waves: number): void {
  const { ctx } = view;
  const src: Canvas = layer.canvas;
  const slices = 48;
  const sliceH = (bottom - top) / slices;
  for (let s = 0; s < slices; s++) {
    const y0 = top + s * sliceH;
    // The reflected row: mirrored about the layer's base.
    const mirroredRow = 2 * baseRow - (y0 + sliceH / 2);
    const srcY = (mirroredRow - layer.originY) * layer.density;
    if (srcY < 0 || srcY >= src.height) continue;
    const shift = (random.next() - 0.5) * view.height * 0.006 * waves * (1 + s / slices);
    ctx.globalAlpha = 0.55 * (1 - (s / slices) * 0.6);
    ctx.drawImage(src, 0, srcY, src.width, Math.max(1, sliceH * layer.density), layer.originX + shift, y0, src.width / layer.density, sliceH + 0.5);
  }
  ctx.globalAlpha = 1;
}
