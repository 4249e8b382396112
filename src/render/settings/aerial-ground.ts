import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import { css, hex, mix, scale, shiftHsl, type Rgb } from '../color.ts';
import { Path2D } from '@napi-rs/canvas';
import type { View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import { createAerialLand, smooth, type AerialLand, type AerialLook } from './aerial-land.ts';
import { groundZ } from './ground-rows.ts';
import type { SettingRecipe } from './recipes.ts';

/**
 * Paints the ground as a drone sees it, once per shot, into the ground layer:
 * the surface pixel by pixel from the place's land (patchwork fields, forest
 * floor, a winding river with its banks, the sea beyond a shore, streets),
 * fading into haze towards the horizon; then, near enough to show, the
 * things standing on it seen from above: tree crowns and their shadows,
 * roofs and the walls facing the camera.
 */
export function paintAerialGround(view: View, recipe: SettingRecipe, geometry: SettingGeometry, look: AerialLook, light: Light, random: Random): void {
  const land = createAerialLand(look, geometry, random.fork('land'));
  const palette = paletteFor(recipe, look, light);
  paintSurface(view, land, palette);
  if (look.terrain === 'city' || look.terrain === 'village') paintBuildings(view, land, palette, light, random.fork('buildings'));
  if (look.trees > 0) paintCrowns(view, land, palette, light, random.fork('crowns'));
}

interface Palette {
  readonly ground: Rgb;
  readonly groundFar: Rgb;
  readonly canopy: Rgb;
  readonly crowns: readonly Rgb[];
  readonly fields: readonly Rgb[];
  readonly bank: Rgb;
  readonly shallow: Rgb;
  readonly deep: Rgb;
  readonly foam: Rgb;
  readonly street: Rgb;
  readonly marking: Rgb;
  readonly lot: Rgb;
  readonly roofs: readonly Rgb[];
  readonly haze: Rgb;
  readonly hazeReach: number;
}

function paletteFor(recipe: SettingRecipe, look: AerialLook, light: Light): Palette {
  const L = (c: string | Rgb): Rgb => lit(typeof c === 'string' ? hex(c) : c, light);
  const terrainGround: Partial<Record<AerialLook['terrain'], string>> = { snow: '#eef3f8', rock: '#7f7a70', lava: '#3d2e28', city: '#8f8c86' };
  const ground = L(recipe.ground.texture === 'snow' ? '#eef3f8' : (terrainGround[look.terrain] ?? recipe.ground.near));
  const snowy = recipe.ground.texture === 'snow' || look.terrain === 'snow';
  const crownBase = recipe.canopy ? hex(recipe.canopy) : look.terrain === 'pines' ? [45, 80, 68] as Rgb : [58, 110, 52] as Rgb;
  const crowns = [0, 1, 2, 3, 4].map((k) => L(shiftHsl(crownBase, (k - 2) * 0.018, 0.05 * (k % 2), (k - 2) * 0.035)));
  const water = recipe.water ?? { color: '#4d8fb0', deep: '#356f92' };
  const wheat = snowy ? '#e4e9ef' : '#cdb65c';
  return {
    ground,
    groundFar: L(recipe.ground.texture === 'snow' ? '#f7fafd' : (terrainGround[look.terrain] ?? recipe.ground.far)),
    canopy: L(scale(crownBase, 0.62)),
    crowns,
    fields: (snowy ? ['#eef3f8', '#e2e8ef', '#f5f7fa', '#d9e0e8'] : ['#7fae4d', wheat, '#9a7b4f', '#a9c25a', '#5f8f38', '#d6c67e', '#8b6c44']).map(L),
    bank: L(snowy ? '#dfe6ee' : look.terrain === 'sand' ? '#f1dcaa' : '#b9a57a'),
    shallow: L(look.water === 'sea' ? '#5cc3d6' : water.color),
    deep: L(water.deep),
    foam: L([245, 250, 255]),
    street: L('#56585e'),
    marking: L('#f0e7bd'),
    lot: L(look.terrain === 'village' ? recipe.ground.near : '#a19d95'),
    roofs: (look.terrain === 'village' ? ['#b4553a', '#9c4a34', '#c26a45', '#8d8a86'] : ['#8e9096', '#b0aca4', '#6f7379', '#c9c4ba', '#a5603f', '#7d8a94']).map(L),
    haze: mix(light.haze, light.skyHorizon, 0.6),
    hazeReach: 38 / (1 + 2 * light.hazeAmount),
  };
}

/** How much a point at distance z has faded into the haze (0 clear .. 1 gone). */
function hazeAt(z: number, palette: Palette): number {
  return 1 - Math.exp(-Math.max(0, z - 2.5) / palette.hazeReach);
}

/** The surface, pixel by pixel: a ground plane sampled from the land model. */
function paintSurface(view: View, land: AerialLand, palette: Palette): void {
  const { ctx, area } = view;
  const canvas = ctx.canvas;
  const w = canvas.width;
  const h = canvas.height;
  const density = w / Math.max(1e-6, area.right - area.left);
  const first = Math.max(0, Math.ceil((view.horizon - area.top) * density));
  if (first >= h) return;
  const rows = h - first;
  const image = ctx.createImageData(w, rows);
  const data = image.data;
  const look = land.look;
  const px: number[] = [0, 0, 0];
  for (let j = 0; j < rows; j++) {
    const sy = area.top + (first + j + 0.5) / density;
    const z = groundZ(view, sy);
    if (z > 5e5) continue;
    const x0 = view.worldX(area.left + 0.5 / density, z);
    const dx = (view.worldX(area.left + 1.5 / density, z) - x0);
    const haze = hazeAt(z, palette);
    // Fine pattern (crop rows, hedges, grain) fades out before it would alias.
    const fine = 1 - smooth(5, 14, z);
    const grain = 10 * (1 - smooth(3, 10, z));
    const far = smooth(4, 30, z);
    let o = j * w * 4;
    // Every other column is sampled; the ones between take their neighbours' mean (a cheap, soft edge).
    for (let i = 0; i < w; i += 2, o += 8) {
      const x = x0 + dx * i;
      surfaceAt(land, look, palette, x, z, fine, far, px);
      let r = px[0]!;
      let g = px[1]!;
      let b = px[2]!;
      if (grain > 0) {
        const n = ((((i * 73856093) ^ ((first + j) * 19349663)) >>> 0) % 97) / 97 - 0.5;
        r += n * grain;
        g += n * grain;
        b += n * grain * 0.8;
      }
      data[o] = r + (palette.haze[0] - r) * haze;
      data[o + 1] = g + (palette.haze[1] - g) * haze;
      data[o + 2] = b + (palette.haze[2] - b) * haze;
      data[o + 3] = 255;
    }
    const row = j * w * 4;
    for (let i = 1; i < w; i += 2) {
      const q = row + i * 4;
      const next = i + 1 < w ? q + 4 : q - 4;
      data[q] = (data[q - 4]! + data[next]!) >> 1;
      data[q + 1] = (data[q - 3]! + data[next + 1]!) >> 1;
      data[q + 2] = (data[q - 2]! + data[next + 2]!) >> 1;
      data[q + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, first);
}

const LAVA: Rgb = [255, 120, 30];

/** The colour of the surface at a ground point. */
function surfaceAt(land: AerialLand, look: AerialLook, p: Palette, x: number, z: number, fine: number, far: number, out: number[]): void {
  const wet = land.water(x, z);
  if (wet < 0) {
    // Water: shallow at the edge, deep in the middle, a line of foam on a sea's shore.
    const depth = smooth(0, look.water === 'sea' ? 1.2 : 0.25, -wet);
    setMix(out, p.shallow, p.deep, depth);
    const ripple = land.noise(x * 2.2, z * 6) * 0.06 * (1 - far);
    scaleInto(out, 1 + ripple);
    // Out on open water the wind raises scattered white caps.
    if (look.water === 'sea' && -wet > 0.6) {
      const cap = land.noise(x * 3.1 + 17, z * 4.3);
      if (cap > 0.72) blend(out, p.foam, 0.55 * smooth(0.72, 0.95, cap) * (1 - far));
    }
    if (land.shore) {
      // Lines of surf running in parallel to the shore, broken up, fading out to sea; a line of foam on the sand's edge.
      const crest = Math.sin(-wet * 9 + land.noise(x * 0.8, z * 0.8) * 2.5);
      const surf = smooth(0.93, 0.99, crest) * (1 - smooth(0.3, 1.6, -wet)) * (0.5 + 0.5 * land.noise(x * 2, z * 2 + 9));
      if (surf > 0) blend(out, p.foam, 0.7 * surf * (1 - far));
      if (wet > -0.05) blend(out, p.foam, 0.75 * (1 + wet / 0.05));
    }
    return;
  }
  const road = land.road(x, z);
  if (road < 0) {
    set(out, p.street);
    if (land.roadMarking(x, z)) set(out, p.marking);
    return;
  }
  const n = land.noise(x * 0.6, z * 0.6);
  switch (look.terrain) {
    case 'fields':
    case 'village':
      fieldsAt(p, x, z, fine, n, out);
      break;
    case 'city':
      cityAt(p, x, z, fine, out);
      break;
    case 'sand':
      setMix(out, p.ground, p.groundFar, far);
      // Wind-laid ripples and dune shade.
      scaleInto(out, 1 + 0.07 * Math.sin(x * 1.4 + z * 0.7 + n * 2) + 0.04 * n);
      break;
    case 'lava': {
      setMix(out, p.ground, p.groundFar, 0.5 + 0.5 * n);
      const crack = Math.abs(land.noise(x * 1.3 + 40, z * 1.3));
      if (crack < 0.05) blend(out, LAVA, 1 - crack / 0.05);
      break;
    }
    case 'rock':
      setMix(out, p.ground, p.fields[4]!, smooth(-0.2, 0.4, n));
      scaleInto(out, 1 + 0.1 * land.noise(x * 2.5, z * 2.5));
      break;
    default:
      setMix(out, p.ground, p.groundFar, 0.5 + 0.5 * n);
      scaleInto(out, 1 + 0.06 * land.noise(x * 2.8, z * 2.8));
  }
  if (wet < 0.08) blend(out, p.bank, 1 - wet / 0.08);
  else if (road < 0.03) blend(out, p.bank, 0.5);
  const cover = land.trees(x, z, wet);
  if (cover > 0) {
    // Far off, where no crowns are drawn, the canopy is a dappled mass of tree tops.
    blend(out, p.canopy, Math.min(1, cover * 1.2));
    scaleInto(out, 1 + 0.22 * far * land.noise(x * 9, z * 9));
  }
}

/** Patchwork fields in a slanting grid, each its own crop, with rows and hedges. */
function fieldsAt(p: Palette, x: number, z: number, fine: number, n: number, out: number[]): void {
  const u = x * 0.94 + z * 0.34;
  const v = -x * 0.34 + z * 0.94;
  const cu = Math.floor(u / 0.95);
  const cv = Math.floor(v / 0.62);
  const hash = cellHash(cu, cv);
  set(out, p.fields[hash % p.fields.length]!);
  const fu = u / 0.95 - cu;
  const fv = v / 0.62 - cv;
  const along = hash & 8 ? fu : fv;
  scaleInto(out, 1 + 0.08 * fine * Math.sin(along * 70) + 0.05 * n);
  // Hedges between fields.
  const edge = Math.min(fu, fv, 1 - fu, 1 - fv);
  if (edge < 0.035) blend(out, p.canopy, 0.7 * fine + 0.2);
}

/** Street grid and lots; each lot's roof colour is drawn from its cell. */
function cityAt(p: Palette, x: number, z: number, fine: number, out: number[]): void {
  const bu = ((x % 0.8) + 0.8) % 0.8;
  const bv = ((z % 0.8) + 0.8) % 0.8;
  if (bu < 0.13 || bv < 0.13) {
    set(out, p.street);
    // A pale kerb along each street.
    if (bu < 0.015 || bv < 0.015 || (bu > 0.115 && bu < 0.13) || (bv > 0.115 && bv < 0.13)) setMix(out, p.street, p.lot, 0.3 + 0.4 * fine);
    return;
  }
  const hash = cellHash(Math.floor(x / 0.4), Math.floor(z / 0.4));
  set(out, hash % 5 === 0 ? p.lot : p.roofs[hash % p.roofs.length]!);
}

/** Buildings near enough to stand up: walls facing the camera, then roofs, far to near. */
function paintBuildings(view: View, land: AerialLand, p: Palette, light: Light, random: Random): void {
  const { ctx, area } = view;
  const zNear = Math.max(view.ref.z + 0.3, groundZ(view, area.bottom));
  const zFar = Math.min(22, groundZ(view, Math.max(area.top, view.horizon + 4)));
  const village = land.look.terrain === 'village';
  const cell = village ? 0.6 : 0.4;
  for (let cz = Math.floor(zFar / cell); cz >= Math.floor(zNear / cell) - 1; cz--) {
    const xl = Math.floor(view.worldX(area.left, cz * cell) / cell) - 1;
    const xr = Math.ceil(view.worldX(area.right, cz * cell) / cell) + 1;
    // Outer columns first, so walls on the camera's side overlap the ones further out.
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
    }
  }
}

/**
 * Tree crowns seen from above, far to near: a shadow on the ground, the crown,
 * a lit cap. Each row of trees is filled as a few batched paths (one per
 * shade), not tree by tree: thousands of crowns cost a few hundred fills.
 */
function paintCrowns(view: View, land: AerialLand, p: Palette, light: Light, random: Random): void {
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

function cellHash(a: number, b: number): number {
  let h = (Math.imul(a, 374761393) + Math.imul(b, 668265263)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}

/** out = a mixed towards b by t. */
function setMix(out: number[], a: Rgb, b: Rgb, t: number): void {
  out[0] = a[0] + (b[0] - a[0]) * t;
  out[1] = a[1] + (b[1] - a[1]) * t;
  out[2] = a[2] + (b[2] - a[2]) * t;
}
/** out mixed towards c by t. */
function blend(out: number[], c: Rgb, t: number): void {
  out[0] = out[0]! + (c[0] - out[0]!) * t;
  out[1] = out[1]! + (c[1] - out[1]!) * t;
  out[2] = out[2]! + (c[2] - out[2]!) * t;
}
function set(out: number[], c: Rgb): void {
  out[0] = c[0];
  out[1] = c[1];
  out[2] = c[2];
}
function scaleInto(out: number[], k: number): void {
  out[0]! *= k;
  out[1]! *= k;
  out[2]! *= k;
}
