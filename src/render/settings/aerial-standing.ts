import { Path2D } from '@napi-rs/canvas';
import type { Random } from '../../util/random.ts';
import { css, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import type { AerialLand } from './aerial-land.ts';
import { cellHash, hazeAt, type Palette } from './aerial-palette.ts';
import { groundZ } from './ground-rows.ts';

/**
 * What stands on the land a drone looks down on, painted over the surface
 * once per shot: buildings (the walls facing the camera, then their roofs)
 * and tree crowns with their shadows, both far to near so nearer ones overlap.
 */

/** Buildings near enough to stand up: walls facing the camera, then roofs, far to near. */
export function paintBuildings(view: View, land: AerialLand, p: Palette, light: Light, random: Random): void {
  const { ctx, area } = view;
  const zNear = Math.max(view.ref.z + 0.3, groundZ(view, area.bottom));
  const zFar = Math.min(22, groundZ(view, Math.max(area.top, view.horizon + 4)));
  const village = land.look.terrain === 'village';
  const cell = village ? 0.6 : 0.4;
  for (let cz = Math.floor(zFar / cell); cz >= Math.floor(zNear / cell) - 1; cz--) {
    const xl = Math.floor(view.worldX(area.left, cz * cell) / cell) - 1;
    const xr = Math.ceil(view.worldX(area.right, cz * cell) / cell) + 1;
    // Outer columns first, so walls on the camera's side overlap the ones further out.
    // At night, lit windows in the walls facing the camera; filled per row so nearer buildings hide them.
    const windows = new Path2D();
    const cols = Array.from({ length: xr - xl + 1 }, (_, k) => xl + k).sort((a, b) => Math.abs((b + 0.5) * cell - view.ref.x) - Math.abs((a + 0.5) * cell - view.ref.x));
    for (const cx of cols) {
      const hash = cellHash(cx * (village ? 7 : 1), cz * (village ? 5 : 1));
      let x0 = cx * cell;
      let z0 = cz * cell;
      let x1 = x0 + cell;
      let z1 = z0 + cell;
      if (village) {
        if (hash % 9 !== 0) continue;
        const s = 0.14 + (hash % 5) * 0.02;
        x0 += 0.2;
        z0 += 0.2;
        x1 = x0 + s * 1.4;
        z1 = z0 + s;
      } else {
        if (hash % 5 === 0) continue;
        x0 += 0.025;
        z0 += 0.025;
        x1 -= 0.025;
        z1 -= 0.025;
      }
      const mid = [(x0 + x1) / 2, (z0 + z1) / 2] as const;
      if (land.water(mid[0], mid[1]) < 0.1 || land.road(mid[0], mid[1]) < 0.1) continue;
      if (!village) {
        const bu = ((mid[0] % 0.8) + 0.8) % 0.8;
        const bv = ((mid[1] % 0.8) + 0.8) % 0.8;
        if (bu < 0.13 || bv < 0.13) continue;
      }
      const tall = village ? 0.1 : 0.08 + ((hash >> 3) % 7) * 0.05 * random.range(0.8, 1.2);
      const roof = village ? p.roofs[hash % p.roofs.length]! : p.roofs[hash % p.roofs.length]!;
      const fade = hazeAt(mid[1], p);
      const shade = (c: Rgb, k: number): string => css(mix(scale(c, k), p.haze, fade));
      const wall = village ? lit([226, 214, 196], light) : mix(roof, [200, 200, 205], 0.3);
      // Front wall (facing the camera), the side wall turned towards the frame centre, then the roof.
      quad(ctx, view, [x0, 0, z0], [x1, 0, z0], [x1, tall, z0], [x0, tall, z0], shade(wall, 0.8));
      if (mid[0] > view.ref.x) quad(ctx, view, [x0, 0, z0], [x0, 0, z1], [x0, tall, z1], [x0, tall, z0], shade(wall, 0.62));
      else quad(ctx, view, [x1, 0, z0], [x1, 0, z1], [x1, tall, z1], [x1, tall, z0], shade(wall, 0.62));
      quad(ctx, view, [x0, tall, z0], [x1, tall, z0], [x1, tall, z1], [x0, tall, z1], shade(roof, 1));
      if (p.night) litWindows(windows, view, x0, x1, z0, tall, hash);
    }
    ctx.fillStyle = css(mix(p.lamp, p.haze, 0.5 * hazeAt(cz * cell, p)));
    ctx.fill(windows);
  }
}

/** Some of the windows of a wall facing the camera (an upright plane: its windows project to plain rectangles). */
function litWindows(path: Path2D, view: View, x0: number, x1: number, z: number, tall: number, seed: number): void {
  const corner = view.project(x0, 0, z);
  const unit = corner.unit;
  if (unit * 0.012 < 0.8) return;
  let k = 0;
  for (let y = 0.02; y + 0.02 < tall; y += 0.04) {
    for (let x = x0 + 0.02; x + 0.02 < x1; x += 0.045) {
      k++;
      if (cellHash(seed, k) % 5 > 1) continue;
      const a = view.project(x, y + 0.018, z);
      path.rect(a.x, a.y, 0.022 * unit, 0.018 * unit);
    }
  }
}

/**
 * Tree crowns seen from above, far to near: a shadow on the ground, the crown,
 * a lit cap. Each row of trees is filled as a few batched paths (one per
 * shade), not tree by tree: thousands of crowns cost a few hundred fills.
 */
export function paintCrowns(view: View, land: AerialLand, p: Palette, light: Light, random: Random): void {
  const { ctx, area } = view;
  const step = 0.2;
  const zNear = Math.max(view.ref.z + 0.3, groundZ(view, area.bottom + 40));
  // Beyond where a crown is a couple of pixels across, the painted canopy colour carries the forest.
  const unitAt = (z: number): number => view.project(0, 0, z).unit;
  let zFar = zNear;
  while (zFar < 40 && unitAt(zFar) * 0.11 > 3.2) zFar += 0.5;
  zFar = Math.min(zFar, groundZ(view, Math.max(area.top, view.horizon + 3)));
  const sunSide = light.body ? (light.body.across < 0.5 ? -1 : 1) : 1;
  const shades = p.crowns.length;
  const newBatch = (): { shadow: Path2D; crowns: Path2D[]; caps: Path2D[] } => ({ shadow: new Path2D(), crowns: p.crowns.map(() => new Path2D()), caps: p.crowns.map(() => new Path2D()) });
  let paths = newBatch();
  let rowFade = -1;
  const flush = (): void => {
    if (rowFade < 0) return;
    ctx.fillStyle = css(mix(scale(p.canopy, 0.55), p.haze, rowFade), 0.55);
    ctx.fill(paths.shadow);
    for (let k = 0; k < shades; k++) {
      ctx.fillStyle = css(mix(p.crowns[k]!, p.haze, rowFade));
      ctx.fill(paths.crowns[k]!);
      ctx.fillStyle = css(mix(mix(p.crowns[k]!, [235, 245, 170], 0.3), p.haze, rowFade), 0.75);
      ctx.fill(paths.caps[k]!);
    }
  };
  for (let z = zFar; z >= zNear; z -= step * random.range(0.75, 1.0)) {
    // One batch per row of trees: each row overlaps the rows behind it, drawn before.
    flush();
    paths = newBatch();
    rowFade = hazeAt(z, p);
    const xl = view.worldX(area.left, z) - 0.3;
    const xr = view.worldX(area.right, z) + 0.3;
    for (let x = xl + random.range(0, step); x < xr; x += step * random.range(0.7, 1.05)) {
      const zz = z + random.range(-0.06, 0.06);
      const cover = land.trees(x, zz);
      const pick = random.next();
      const shade = Math.floor(random.next() * shades);
      const size = random.range(0.09, 0.14);
      if (cover <= 0 || pick > cover) continue;
      const radius = size * (land.look.terrain === 'pines' ? 0.8 : 1);
      const top = view.project(x, radius * 1.6, zz);
      const foot = view.project(x, 0, zz);
      const r = radius * top.unit;
      if (r < 0.8) continue;
      const squash = 0.75 + 0.25 * Math.min(1, view.ref.y / Math.max(0.5, zz - view.ref.z));
      paths.shadow.ellipse(foot.x - sunSide * r * 0.5, foot.y, r * 1.05, r * 0.5 * squash, 0, 0, Math.PI * 2);
      paths.shadow.closePath();
      paths.crowns[shade]!.ellipse(top.x, top.y, r, r * squash, 0, 0, Math.PI * 2);
      paths.crowns[shade]!.closePath();
      if (r > 2.5) {
        paths.caps[shade]!.ellipse(top.x + sunSide * r * 0.28, top.y - r * 0.25 * squash, r * 0.52, r * 0.48 * squash, 0, 0, Math.PI * 2);
        paths.caps[shade]!.closePath();
      }
    }
  }
  flush();
}

function quad(ctx: View['ctx'], view: View, a: readonly number[], b: readonly number[], c: readonly number[], d: readonly number[], fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  for (const [k, pt] of [a, b, c, d].entries()) {
    const s = view.project(pt[0]!, pt[1]!, pt[2]!);
    if (k === 0) ctx.moveTo(s.x, s.y);
    else ctx.lineTo(s.x, s.y);
  }
  ctx.closePath();
  ctx.fill();
}
