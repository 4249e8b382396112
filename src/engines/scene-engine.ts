import type { ScenePlan } from '../plan/schema.ts';
import { releaseFrames } from '../render/frame-memory.ts';
import { createFrameRenderer } from '../render/frame-renderer.ts';
import { buildLabels } from '../render/labels.ts';
import { preparePhysics, simulate } from '../simulate/simulate.ts';
import { throwIfAborted } from '../util/errors.ts';
import type { Engine, FrameSource } from './engine.ts';

/**
 * The default engine: simulate the plan (tracks, physics, camera), then draw
 * each frame with Skia. It also offers per-frame labels (boxes, visibility,
 * captions) computed from the same simulation.
 */
export const sceneEngine: Engine = {
  id: 'scene',
  async open(plan: ScenePlan, options = {}): Promise<FrameSource> {
    throwIfAborted(options.signal);
    await preparePhysics(plan);
    const simulation = simulate(plan);
    throwIfAborted(options.signal);
    const renderer = await createFrameRenderer(plan, simulation);
    let rendered = 0;
    return {
      width: renderer.width,
      height: renderer.height,
      fps: plan.output.fps,
      frameCount: renderer.frameCount,
      renderFrame: (index) => {
        const released = releaseFrames(++rendered);
        return released ? released.then(() => renderer.renderFrame(index)) : renderer.renderFrame(index);
      },
      labels: () => buildLabels(plan, simulation),
      close: () => undefined,
    };
  },
};
