import { createCanvas, Image } from '@napi-rs/canvas';
import { drawnArtSvg } from './drawn-art.ts';
import { LEGS_TOP, STRIDE_POSES, type StrideGait } from './drawn-stride.ts';
import { STRIDE_REST_TABLE } from './stride-rest-table.ts';

/**
 * Where in a stride a drawn walker's legs look most like its still art, so a
 * walk can begin there and a stop can finish its step there: the still
 * drawing and the first (or last) stride pose then differ by little, instead
 * of the legs jumping apart in one frame. Found by looking: each pose's leg
 * rows are rasterised small and compared with the still art's.
 *
 * The answers only change when the art does, so they are measured ahead of
 * time (`npm run stride-rest` writes stride-rest-table.ts; a test checks the
 * table against a fresh measurement) and the simulation rasterises nothing.
 */

/** Small enough to be quick, large enough that a leg's few units of travel show. */
const SIDE = 48;

/** The point of the stride (a pose's cycle, k / STRIDE_POSES) nearest the still art; 0 for art whose legs do not move. */
export function strideRest(asset: string, gait: StrideGait): number {
  return (STRIDE_REST_TABLE[asset]?.[gait] ?? 0) / STRIDE_POSES;
}

/** Measures the pose index (0..STRIDE_POSES-1) whose legs are nearest the still art's: what the table holds. */
export function measureStrideRest(asset: string, gait: StrideGait): number {
  const still = legRows(drawnArtSvg(asset, SIDE));
  if (!still) return 0;
  let best = 0;
  let bestDiff = Infinity;
  for (let k = 0; k < STRIDE_POSES; k++) {
    const pose = legRows(drawnArtSvg(asset, SIDE, { gait, cycle: k / STRIDE_POSES }));
    if (!pose) return 0;
    let diff = 0;
    for (let i = 0; i < pose.length; i++) diff += Math.abs(pose[i]! - still[i]!);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = k;
    }
  }
  return best;
}

/** The alpha of the rows below LEGS_TOP, where poses differ: the legs' silhouette. */
function legRows(svg: string | null): Uint8Array | null {
  if (!svg) return null;
  const image = new Image();
  image.src = Buffer.from(svg);
  const canvas = createCanvas(SIDE, SIDE);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const top = Math.floor(SIDE * LEGS_TOP);
  const data = ctx.getImageData(0, top, SIDE, SIDE - top).data;
  const alpha = new Uint8Array(data.length / 4);
  for (let i = 0; i < alpha.length; i++) alpha[i] = data[i * 4 + 3]!;
  return alpha;
}
