import { createCanvas, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { artBounds, decodeImage } from '../assets/art-source.ts';
import { artOrientation } from '../assets/art-orientation.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { cameraAt, type CameraPose } from '../simulate/projection.ts';
import { shotAtFrame, type ActorTrack, type Simulation } from '../simulate/simulation.ts';
import { InvalidRequestError } from '../util/errors.ts';
import { maxPixels, type Part } from './actor-painter.ts';
import { DRAWN_PARTS } from '../assets/drawn-art.ts';
import { actorLight, SpriteCache, type Sprite } from './art/sprite-cache.ts';
import { createActorEffects, type ActorEffects } from './effects/actor-effects.ts';
import { createPyrotechnics, type Pyrotechnics } from './effects/fireworks.ts';
import { registerBundledFonts } from './fonts.ts';
import { placeFramings, prepareShotScene, SceneryMemo, SWAY_WIND, type ShotScene } from './shot-scene.ts';
import { createStylePass } from './styles/create-style.ts';
import type { StylePass } from './styles/style-pass.ts';
import { createTextOverlay, type TextOverlay } from './text-overlay.ts';
import { autumnLeafColor, isDeciduous } from './art/autumn-foliage.ts';

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

/** A shot made ready to draw: its scene, its sprites and its painters. */
interface PreparedShot {
  readonly scene: ShotScene;
  /** What is drawn each frame: actors that move and props that sway (the rest is painted once). */
  readonly actors: readonly ActorTrack[];
  readonly props: readonly number[];
  /** Still things whose body is painted once but whose part turns (windmill sails). */
  readonly partsOnly: readonly ActorTrack[];
  readonly sprites: ReadonlyMap<string, Sprite | null>;
  readonly waterlines: ReadonlyMap<string, number | null>;
  readonly parts: ReadonlyMap<string, Part>;
  readonly effects: ActorEffects;
  /** Fireworks and sparklers: drawn as light, not sprites. */
  readonly pyrotechnics: Pyrotechnics;
  readonly texts: TextOverlay;
}

/** Shots kept prepared at once: frames come in order, so two bound memory without rework. */
const KEEP_SHOTS = 2;

/**
 * Prepares a plan's frames: decodes art and the reference plate, then
 * prepares each shot (layers, sprites) on first use. Frames are then cheap:
 * a few bitmap draws, the actors, the weather and the style pass.
 */
export async function createFrameRenderer(plan: ScenePlan, simulation: Simulation): Promise<FrameRenderer> {
  const { width, height } = plan.output;
  const font = registerBundledFonts();
  const style: StylePass = createStylePass(plan.style.name, plan.style.strength, width, height, plan.seed);
  const raster = new Map<string, Image | null>();
  const plate = plan.reference ? loadPlate(plan.reference.image) : null;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  // Plain bilinear sampling: sprites are mip-mapped already, and better filters cost twice as much per frame.
  ctx.imageSmoothingQuality = 'low';
  const prepared = new Map<number, PreparedShot>();
  let lastSprites: SpriteCache | null = null;
  const scenery = new SceneryMemo();
  const framings = placeFramings(plan, simulation);
  const strikes = (shotIndex: number): number[] => {
    const span = simulation.shots[shotIndex]!;
    return simulation.events.filter((e) => e.kind === 'lightning' && e.frame >= span.firstFrame && e.frame < span.endFrame).map((e) => (e.frame - span.firstFrame) / simulation.fps);
  };

  const prepare = (shotIndex: number): PreparedShot => {
    const existing = prepared.get(shotIndex);
    if (existing) return existing;
    if (prepared.size >= KEEP_SHOTS) prepared.delete(prepared.keys().next().value!);
    const span = simulation.shots[shotIndex]!;
    const cache = new SpriteCache(style, raster, lastSprites);
    const { views: placeViews, keepScenery } = framings[shotIndex]!;
    const scene = prepareShotScene({ plan, simulation, span, style, plate, strikes: strikes(shotIndex), sprites: cache, scenery, keepScenery, placeViews });
    const poses = Array.from({ length: span.endFrame - span.firstFrame }, (_, i) => cameraAt(simulation.camera, span.firstFrame + i));
    const light = actorLight(scene.light.ambient);
    const actors = simulation.actors.filter((a) => a.shotIndex === shotIndex);
    const sprites = new Map<string, Sprite | null>();
    const waterlines = new Map<string, number | null>();
    const parts = new Map<string, Part>();
    const pyrotechnics = createPyrotechnics({ plan, simulation, span, night: scene.light.night });
    for (const a of actors) {
      if (pyrotechnics.has(a)) {
        sprites.set(a.key, null);
        waterlines.set(a.key, null);
        continue;
      }
      const pixels = maxPixels(a, poses, span.firstFrame, width, height);
      // In autumn a broadleaf tree the prompt names turns like the wood around it, unless its colour was said.
      const autumn = !a.color && scene.shot.setting.season === 'autumn' && isDeciduous(a.asset) ? autumnLeafColor(a.key) : null;
      sprites.set(a.key, cache.get({ asset: a.asset, color: a.color ?? autumn, light, maxPixels: pixels }));
      waterlines.set(a.key, artOrientation(a.asset, a.category).waterline);
      const part = DRAWN_PARTS[a.asset];
      const partSprite = part ? cache.get({ asset: part.part, color: null, light, maxPixels: pixels * part.size }) : null;
      if (part && partSprite) parts.set(a.key, { sprite: partSprite, hubX: part.hubX, hubY: part.hubY, size: part.size, spin: part.spin, flow: part.flow ?? 0 });
    }
    const shot = plan.shots[shotIndex]!;
    const live = bakeStatic(scene, actors, sprites, waterlines, parts, pyrotechnics);
    const result: PreparedShot = {
      scene,
      actors: live.actors,
      props: live.props,
      partsOnly: live.partsOnly,
      sprites,
      waterlines,
      parts,
      effects: createActorEffects(shot, actors, simulation, scene.geometry, width, height, font),
      pyrotechnics,
      texts: createTextOverlay(shot, width, height, font),
    };
    prepared.set(shotIndex, result);
    cache.letGoOfPrevious();
    lastSprites = cache;
    return result;
  };
  const camera: CameraPose = cameraAt(simulation.camera, 0);

  return {
    width,
    height,
    frameCount: simulation.frameCount,
    renderFrame(index) {
      if (!Number.isInteger(index) || index < 0 || index >= simulation.frameCount) {
        throw new RangeError(`frame ${index} is outside 0..${simulation.frameCount - 1}`);
      }
      const span = shotAtFrame(simulation, index);
      const shot = prepare(span.shotIndex);
      const { scene } = shot;
      cameraAt(simulation.camera, index, camera);
      const seconds = (index - span.firstFrame) / simulation.fps;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.globalCompositeOperation = 'source-over';
      scene.drawBack(ctx, camera, seconds);

      // Props and actors together, far to near, in the camera's roll.
      ctx.save();
      if (camera.rotation !== 0) {
        ctx.translate(width / 2, height / 2);
        ctx.rotate(camera.rotation);
        ctx.translate(-width / 2, -height / 2);
      }
      const items: Array<{ depth: number; draw: () => void }> = [];
      for (const k of shot.props) {
        const prop = scene.props[k]!;
        items.push({ depth: prop.depth, draw: () => scene.painter.drawProp(ctx, prop, scene.propSprites[k]!, camera, seconds, scene.wind, artBounds(prop.asset)) });
      }
      for (const actor of shot.actors) {
        const i = index - actor.firstFrame;
        if (i < 0 || i >= actor.length) continue;
        if (shot.pyrotechnics.has(actor)) {
          items.push({ depth: shot.pyrotechnics.depth(actor, i), draw: () => shot.pyrotechnics.draw(ctx, actor, i, camera, seconds) });
          continue;
        }
        items.push({ depth: actor.depth[i]!, draw: () => scene.painter.drawActor(ctx, actor, i, camera, shot.sprites.get(actor.key)!, seconds, shot.waterlines.get(actor.key)!, shot.parts.get(actor.key) ?? null) });
      }
      for (const actor of shot.partsOnly) {
        items.push({ depth: actor.depth[0]!, draw: () => scene.painter.drawActor(ctx, actor, 0, camera, shot.sprites.get(actor.key)!, seconds, null, shot.parts.get(actor.key)!, true) });
      }
      items.sort((a, b) => b.depth - a.depth);
      for (const item of items) item.draw();
      shot.effects.draw(ctx, camera, index, seconds);
      ctx.restore();
      scene.drawFrontStatic(ctx, camera);
      scene.drawFront(ctx, camera, seconds);
      style.apply?.(ctx, index);
      shot.texts.draw(ctx, seconds);
      return canvas.data();
    },
  };
}

/**
 * When the camera does not travel, whatever does not move — props in calm
 * air, actors that hold perfectly still (a house, a tree, a parked car) — is
 * painted once: into the backdrop when it stands behind every moving actor,
 * into a front layer when it stands before them all. Only the rest is drawn
 * per frame.
 */
function bakeStatic(
  scene: ShotScene,
  actors: readonly ActorTrack[],
  sprites: ReadonlyMap<string, Sprite | null>,
  waterlines: ReadonlyMap<string, number | null>,
  parts: ReadonlyMap<string, Part>,
  pyrotechnics: Pyrotechnics,
): { actors: ActorTrack[]; props: number[]; partsOnly: ActorTrack[] } {
  const allProps = scene.props.map((_, k) => k);
  if (!scene.rigid) return { actors: [...actors], props: allProps, partsOnly: [] };
  // Something still but for a turning part (a windmill) has its body painted once and only the part drawn live.
  // Only what is there, unchanged, for the whole shot may be painted once.
  const span = scene.span;
  const holds = (a: ActorTrack): boolean => !pyrotechnics.has(a) && a.firstFrame <= span.firstFrame && a.firstFrame + a.length >= span.endFrame && motionless(a);
  const turning = actors.filter((a) => parts.has(a.key) && holds(a));
  const moving = actors.filter((a) => !holds(a));
  let near = Infinity;
  let far = -Infinity;
  for (const a of [...moving, ...turning]) {
    for (let i = 0; i < a.length; i++) {
      const depth = pyrotechnics.has(a) ? pyrotechnics.depth(a, i) : a.depth[i]!;
      near = Math.min(near, depth);
      far = Math.max(far, depth);
    }
  }
  // Plants swaying in the wind are drawn live too: still things keep their order with them.
  for (const prop of scene.props) {
    if (!(prop.sways && scene.wind >= SWAY_WIND)) continue;
    near = Math.min(near, prop.depth);
    far = Math.max(far, prop.depth);
  }
  type Item = { depth: number; draw: (ctx: SKRSContext2D, camera: CameraPose) => void; actor?: ActorTrack; prop?: number };
  const still: Item[] = [];
  for (const k of allProps) {
    const prop = scene.props[k]!;
    if (prop.sways && scene.wind >= SWAY_WIND) continue;
    still.push({ depth: prop.depth, prop: k, draw: (ctx, cam) => scene.painter.drawProp(ctx, prop, scene.propSprites[k]!, cam, 0, scene.wind, artBounds(prop.asset)) });
  }
  for (const a of actors) {
    if (moving.includes(a)) continue;
    // A turning thing's body sits just behind its own part.
    const depth = a.depth[0]! + (turning.includes(a) ? 0.02 : 0);
    still.push({ depth, actor: a, draw: (ctx, cam) => scene.painter.drawActor(ctx, a, 0, cam, sprites.get(a.key)!, 0, waterlines.get(a.key)!) });
  }
  const behind = still.filter((s) => s.depth > far + 0.01).sort((a, b) => b.depth - a.depth);
  // A layer over the actors costs a full-frame draw whenever the camera moves: worth it only for many things.
  const before = still.filter((s) => !behind.includes(s) && s.depth < near - 0.01).sort((a, b) => b.depth - a.depth);
  if (!scene.still && before.length < 6) before.length = 0;
  const baked = new Set<Item>();
  if (behind.length > 0 && scene.bake('back', (ctx, cam) => behind.forEach((s) => s.draw(ctx, cam)))) for (const s of behind) baked.add(s);
  if (before.length > 0 && scene.bake('front', (ctx, cam) => before.forEach((s) => s.draw(ctx, cam)))) for (const s of before) baked.add(s);
  const isBaked = (a: ActorTrack): boolean => still.some((s) => s.actor === a && baked.has(s));
  return {
    actors: actors.filter((a) => !isBaked(a)),
    props: allProps.filter((k) => !still.some((s) => s.prop === k && baked.has(s))),
    partsOnly: turning.filter(isBaked),
  };
}

/** Whether an actor holds perfectly still for its whole track. */
function motionless(a: ActorTrack): boolean {
  for (const channel of [a.x, a.y, a.depth, a.scaleX, a.scaleY, a.rotation, a.opacity, a.facing, a.pivot]) {
    const first = channel[0]!;
    for (let i = 1; i < channel.length; i++) if (Math.abs(channel[i]! - first) > 1e-5) return false;
  }
  return true;
}

/** Decodes the plan's reference image; a missing or unreadable file is bad input. */
function loadPlate(path: string): Image {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InvalidRequestError(`cannot read reference image ${path}: ${(error as Error).message}`, 'reference');
  }
  const image = decodeImage(bytes);
  if (!image.width || !image.height) throw new InvalidRequestError(`reference image ${path} is not a PNG, JPEG, WebP or SVG image`, 'reference');
  return image;
}
