import type { View } from '../layer.ts';

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
