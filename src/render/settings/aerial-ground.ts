import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import type { Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import type { Light } from '../light.ts';
import { createAerialLand, smooth, type AerialLand, type AerialLook } from './aerial-land.ts';
import { cellHash, hazeAt, paletteFor, type Palette } from './aerial-palette.ts';
import { paintBuildings, paintCrowns } from './aerial-standing.ts';
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
    // Fine pattern (crop rows, hedges, kerbs) fades out before it would alias.
    const fine = 1 - smooth(5, 14, z);
    const far = smooth(4, 30, z);
    let o = j * w * 4;
    // Every other column is sampled; the ones between take their neighbours' mean (a cheap, soft edge).
    for (let i = 0; i < w; i += 2, o += 8) {
      const x = x0 + dx * i;
      surfaceAt(land, look, palette, x, z, fine, far, px);
      const r = px[0]!;
      const g = px[1]!;
      const b = px[2]!;
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
    if (p.night) {
      // Street lamps: pools of warm light along the kerbs, every few steps down the street.
      const along = bu < 0.13 ? bv : bu;
      const across = bu < 0.13 ? bu : bv;
      const dx = ((along % 0.2) + 0.2) % 0.2 - 0.1;
      const dy = Math.min(Math.abs(across - 0.02), Math.abs(across - 0.11));
      const glow = Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / 0.05);
      if (glow > 0) blend(out, p.lamp, glow * glow);
    }
    return;
  }
  const hash = cellHash(Math.floor(x / 0.4), Math.floor(z / 0.4));
  set(out, hash % 5 === 0 ? p.lot : p.roofs[hash % p.roofs.length]!);
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
