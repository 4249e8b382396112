import { depthToZ } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, type Rgb } from '../color.ts';
import type { Layer, View } from '../layer.ts';
import { distant, lit, type Light } from '../light.ts';
import type { SettingRecipe } from './recipes.ts';
import { paintDanceFloor } from './dance-floor.ts';
import { paintFeature } from './ground-features.ts';
import { groundZ } from './ground-rows.ts';
import { grassTuft, scatterGroundArcs } from './shapes.ts';
import { paintWater } from './water-painter.ts';

/**
 * Paints the ground plane as the reference camera sees it: a distance-graded
 * surface with world-space texture (so it foreshortens), its features (paths,
 * roads, crop rows, flowers, a dock, lava cracks), and water with the sky and
 * distant scenery mirrored in it.
 */
export function paintGround(view: View, recipe: SettingRecipe, geometry: SettingGeometry, light: Light, random: Random, mirrored: readonly { layer: Layer; baseRow: number }[]): void {
  const { ctx, area } = view;
  // Indoors the floor ends at the back wall: the wall's skirting, cabinets and oven stand on it, not under it.
  const wallRow = geometry.backWall !== null && recipe.room ? view.project(0, 0, depthToZ(geometry.backWall)).y : -Infinity;
  const top = Math.max(area.top, view.horizon, Math.floor(wallRow));
  if (top >= area.bottom) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, top, area.right - area.left, area.bottom - top);
  ctx.clip();
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
  ctx.restore();
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
    scatterGroundArcs(view, random, { count: 90, depth: (u) => zNear * Math.pow(zFar / zNear, u), width: [0.3, 0.8], lift: 0.015, lineWidth: 0.008, minLineWidth: 0.5 });
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
  } else if (kind === 'dancefloor') {
    paintDanceFloor(view, zNear, zFar, () => random.next());
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
