import type { View } from '../layer.ts';

/** The tiles' colours: the classic lit disco floor. */
const TILE_COLORS = ['#ff3fb4', '#3fd8ff', '#ffe04a', '#7cff5a', '#ff8a3a', '#a66bff'];
/** Side of a tile and the dark grout between tiles (world units). */
const TILE = 0.34;
const GROUT = 0.025;
/** How far the floor runs either side of the middle (world units): the room's walls beyond stay dark. */
const HALF_WIDTH = 2.6;

/**
 * A disco's dance floor: squares of coloured glass lit from below, a few
 * bright, most glowing dimly, laid in world space so they foreshorten. They
 * glow, so the room's dim light does not darken them. Painted once per shot.
 */
export function paintDanceFloor(view: View, zNear: number, zFar: number, pick: () => number): void {
  const { ctx } = view;
  const zEnd = Math.min(zFar, 8);
  for (let z = zNear - (zNear % TILE); z < zEnd; z += TILE) {
    for (let x = -HALF_WIDTH; x < HALF_WIDTH - 1e-6; x += TILE) {
      const a = view.project(x + GROUT, 0, Math.max(zNear, z + GROUT));
      const b = view.project(x + TILE - GROUT, 0, Math.max(zNear, z + GROUT));
      const c = view.project(x + TILE - GROUT, 0, z + TILE - GROUT);
      const d = view.project(x + GROUT, 0, z + TILE - GROUT);
      const color = TILE_COLORS[Math.floor(pick() * TILE_COLORS.length)]!;
      // Most tiles glow dimly; one in four is lit up.
      ctx.globalAlpha = pick() < 0.25 ? 0.75 : 0.24;
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.lineTo(c.x, c.y);
      ctx.lineTo(d.x, d.y);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}
