import { depthToZ, type CameraPose } from './projection.ts';

/**
 * The part of the world a shot's framing shows: actors that should stay in
 * frame are held inside it, and travellers turn around at its edges.
 */
export interface Stage {
  /** Left and right x a thing of half-width `half` may reach at a depth. */
  xRange(depth: number, half: number): [number, number];
  /** Highest foot height at a depth for a thing `height` tall to stay in frame. */
  yTop(depth: number, height: number): number;
  /** Visible width at a depth. */
  width(depth: number): number;
}

/** The stage a camera pose frames, with a margin (fraction of the frame height). */
export function stageOf(camera: CameraPose, aspect: number, margin = 0.04): Stage {
  const edge = (depth: number): [number, number] => {
    const dz = Math.max(0.05, depthToZ(depth) - camera.z);
    const left = camera.x + (-aspect / 2 / camera.zoom + camera.pan) * dz;
    const right = camera.x + (aspect / 2 / camera.zoom + camera.pan) * dz;
    return [left, right];
  };
  return {
    xRange(depth, half) {
      const [left, right] = edge(depth);
      const m = margin * Math.max(0.05, depthToZ(depth) - camera.z) / camera.zoom;
      const lo = left + half + m;
      const hi = right - half - m;
      return lo <= hi ? [lo, hi] : [(left + right) / 2, (left + right) / 2];
    },
    yTop(depth, height) {
      const dz = Math.max(0.05, depthToZ(depth) - camera.z);
      return camera.y + ((0.5 - margin) / camera.zoom + camera.tilt) * dz - height;
    },
    width(depth) {
      const [left, right] = edge(depth);
      return right - left;
    },
  };
}

/**
 * The stage of something standing on a raised support (a hamster on a
 * table): it travels along the support's top and turns at its edges rather
 * than running off into the air. The support spans `left`..`right` in world x.
 */
export function supportStage(stage: Stage, left: number, right: number): Stage {
  return {
    xRange(depth, half) {
      const [lo, hi] = stage.xRange(depth, half);
      const top: [number, number] = left + half <= right - half ? [left + half, right - half] : [(left + right) / 2, (left + right) / 2];
      // The support may stand partly out of frame: keep to the part of its top the camera shows.
      const from = Math.max(lo, top[0]);
      const to = Math.min(hi, top[1]);
      return from <= to ? [from, to] : top;
    },
    yTop: (depth, height) => stage.yTop(depth, height),
    width: (depth) => Math.min(stage.width(depth), right - left),
  };
}
