import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ScenePlan } from '../plan/schema.ts';
import { project, type CameraPose, type ScreenPoint } from '../simulate/projection.ts';
import { shotAtFrame, type ActorTrack, type Simulation } from '../simulate/simulation.ts';
import { ArtCache } from './art-cache.ts';
import { prepareBackdrop, type Backdrop, type SceneryItem } from './backdrop.ts';
import { registerBundledFonts } from './fonts.ts';
import { drawTexts } from './text-overlay.ts';

/** Renders frames of one plan. A frame depends only on (plan, simulation, index). */
export interface FrameRenderer {
  readonly width: number;
  readonly height: number;
  readonly frameCount: number;
  /**
   * Draws frame `index` and returns its pixels: width × height × 4 bytes of
   * opaque RGBA. The buffer is owned by the caller.
   */
  renderFrame(index: number): Buffer;
}

/** Loads the art a plan needs and prepares each shot's backdrop; then frames are cheap. */
export async function createFrameRenderer(plan: ScenePlan, simulation: Simulation): Promise<FrameRenderer> {
  const { width, height } = plan.output;
  const font = registerBundledFonts();
  const backdrops: Backdrop[] = plan.shots.map((shot) => prepareBackdrop(shot, width, height, plan.seed));
  const art = new ArtCache();
  await art.preload([
    ...simulation.actors.map((a) => ({ asset: a.asset, color: a.color })),
    ...backdrops.flatMap((b) => b.scenery.map((s) => ({ asset: s.asset, color: null }))),
  ]);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const actorsByShot = plan.shots.map((_, i) => simulation.actors.filter((a) => a.shotIndex === i));
  const point: ScreenPoint = { x: 0, y: 0, unit: 0 };

  return {
    width,
    height,
    frameCount: simulation.frameCount,
    renderFrame(index) {
      if (!Number.isInteger(index) || index < 0 || index >= simulation.frameCount) {
        throw new RangeError(`frame ${index} is outside 0..${simulation.frameCount - 1}`);
      }
      const span = shotAtFrame(simulation, index);
      const shot = plan.shots[span.shotIndex]!;
      const backdrop = backdrops[span.shotIndex]!;
      const camera: CameraPose = {
        x: simulation.camera.x[index]!,
        y: simulation.camera.y[index]!,
        zoom: simulation.camera.zoom[index]!,
        rotation: simulation.camera.rotation[index]!,
      };
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.fillStyle = backdrop.palette.horizon;
      ctx.fillRect(0, 0, width, height);
      backdrop.drawBehind(ctx, camera);

      ctx.save();
      if (camera.rotation !== 0) {
        ctx.translate(width / 2, height / 2);
        ctx.rotate(camera.rotation);
        ctx.translate(-width / 2, -height / 2);
      }
      // Scenery and actors together, far to near.
      const drawables: Array<{ depth: number; draw: () => void }> = [];
      for (const item of backdrop.scenery) {
        drawables.push({ depth: item.depth, draw: () => drawScenery(ctx, art, item, camera, width, height, point) });
      }
      for (const actor of actorsByShot[span.shotIndex]!) {
        const i = index - actor.firstFrame;
        if (i < 0 || i >= actor.length) continue;
        drawables.push({ depth: actor.depth[i]!, draw: () => drawActor(ctx, art, actor, i, camera, width, height, point) });
      }
      drawables.sort((a, b) => b.depth - a.depth);
      for (const d of drawables) d.draw();
      ctx.restore();

      backdrop.drawFront(ctx, camera, index, simulation.fps);
      drawTexts(ctx, shot, (index - span.firstFrame) / simulation.fps, width, height, font);
      return canvas.data();
    },
  };
}

function drawScenery(
  ctx: SKRSContext2D,
  art: ArtCache,
  item: SceneryItem,
  camera: CameraPose,
  width: number,
  height: number,
  p: ScreenPoint,
): void {
  const image = art.get(item.asset, null);
  if (!image) return;
  project(item.x, 0, item.depth, camera, width, height, p);
  const size = item.height * p.unit;
  if (p.x + size < 0 || p.x - size > width) return;
  ctx.drawImage(image, p.x - size / 2, p.y - size * 0.96, size, size);
}

function drawActor(
  ctx: SKRSContext2D,
  art: ArtCache,
  actor: ActorTrack,
  i: number,
  camera: CameraPose,
  width: number,
  height: number,
  p: ScreenPoint,
): void {
  const image = art.get(actor.asset, actor.color);
  const opacity = actor.opacity[i]!;
  if (!image || opacity <= 0.001) return;
  const depth = actor.depth[i]!;
  const lift = actor.y[i]!;
  // Shadow on the ground under the actor, fainter the higher it is.
  project(actor.x[i]!, 0, depth, camera, width, height, p);
  const size = actor.baseHeight * p.unit;
  if (lift < 1.5) {
    const fade = Math.max(0, 1 - lift / 0.6) * 0.28 * opacity;
    if (fade > 0.01) {
      ctx.fillStyle = `rgba(0,0,0,${fade.toFixed(3)})`;
      ctx.beginPath();
      ctx.ellipse(p.x, p.y - size * 0.02, size * 0.38 * Math.abs(actor.scaleX[i]!), size * 0.07, 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  project(actor.x[i]!, lift, depth, camera, width, height, p);
  const sx = actor.scaleX[i]!;
  const sy = actor.scaleY[i]!;
  ctx.save();
  ctx.globalAlpha = opacity;
  // Pivot at the feet so squash keeps ground contact.
  ctx.translate(p.x, p.y);
  ctx.rotate(actor.rotation[i]!);
  // The art faces left: mirror it when the actor faces right.
  ctx.scale(sx * (actor.facing[i]! > 0 ? -1 : 1), sy);
  ctx.drawImage(image, -size / 2, -size * 0.96, size, size);
  ctx.restore();
}
