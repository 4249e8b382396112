import type { Canvas } from '@napi-rs/canvas';
import { depthToZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, hex, mix } from '../color.ts';
import type { Layer, View } from '../layer.ts';
import { lit, type Light } from '../light.ts';
import { groundRow } from './ground-rows.ts';
import type { SettingRecipe } from './recipes.ts';
import { scatterGroundArcs } from './shapes.ts';

/** Paints a body of water over its span of depths: colour deepening with distance, the scenery mirrored in it, its shoreline. */
export function paintWater(view: View, recipe: SettingRecipe, span: readonly [number, number], light: Light, random: Random, mirrored: readonly { layer: Layer; baseRow: number }[]): void {
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
  scatterGroundArcs(view, random, {
    count: 220,
    depth: (u) => zNear * Math.pow(Math.min(zFar, 80) / Math.max(zNear, 0.6), u) + (zNear < 0.6 ? 0.6 : 0),
    width: [0.08, 0.25],
    lift: 0.01 * water.waves,
    lineWidth: 0.006,
    minLineWidth: 0.6,
  });
  ctx.restore();
  // A bright shore line where water meets land.
  if (span[0] > 0) {
    const y = groundRow(view, zNear);
    ctx.fillStyle = css(mix(shallow, [255, 255, 255], 0.6), 0.7);
    ctx.fillRect(area.left, y - Math.max(1, view.height * 0.003), area.right - area.left, Math.max(1.5, view.height * 0.005));
  }
}

/** Mirrors a layer in the water below its base, in slices that waves shift sideways. */
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
