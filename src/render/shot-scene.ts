import type { Canvas, Image, SKRSContext2D } from '@napi-rs/canvas';
import type { ScenePlan, Shot } from '../plan/schema.ts';
import { cameraAt, depthToZ, worldXAt, type CameraPose } from '../simulate/projection.ts';
import { settingGeometry, type SettingGeometry } from '../simulate/setting-geometry.ts';
import type { ShotSpan, Simulation } from '../simulate/simulation.ts';
import { createRandom } from '../util/random.ts';
import { blurInPlace } from './blur.ts';
import { releaseScratch } from './frame-memory.ts';
import { isCelestial, skyBody } from '../assets/art-traits.ts';
import { ActorPainter } from './actor-painter.ts';
import type { Sprite, SpriteCache } from './art/sprite-cache.ts';
import { createWeather, type PlacedEffect } from './effects/weather.ts';
import { capArea, intersect, isEmpty, layerArea } from './layer-extents.ts';
import { anchorAffine, createLayer, drawLayer, type Layer, type LayerAnchor, type Rect } from './layer.ts';
import { forgetLayerContent } from './layer-content.ts';
import { indoorLight, lightFor, type Light } from './light.ts';
import { FOREGROUND_Z, paintForeground } from './settings/foreground-painter.ts';
import { aerialRecipe } from './settings/aerial-recipe.ts';
import { aerialLook } from './settings/aerial-land.ts';
import { paintAerialGround } from './settings/aerial-ground.ts';
import { paintGround } from './settings/ground-painter.ts';
import { recipeFor, type SettingRecipe } from './settings/recipes.ts';
import { paintRidge } from './settings/ridge-painter.ts';
import { paintRoomWall } from './settings/room-painter.ts';
import { placeProps, type Prop } from './settings/scenery.ts';
import { paintSky } from './settings/sky-painter.ts';
import type { StylePass } from './styles/style-pass.ts';

/**
 * Everything static about one shot, prepared once: its light, the painted
 * layers (sky, distant ridges, ground with water, foreground) as the shot's
 * reference camera sees them, the props standing in the world, and the
 * moving weather. Frames only move and blend these.
 */
export interface ShotScene {
  readonly shot: Shot;
  readonly span: ShotSpan;
  readonly light: Light;
  readonly recipe: SettingRecipe;
  readonly geometry: SettingGeometry;
  /** The shot's props and their sprites. */
  readonly props: readonly Prop[];
  readonly propSprites: readonly (Sprite | null)[];
  /**
   * The camera only turns or zooms in this shot (no travel, so no parallax):
   * the whole backdrop is one picture and static things can be painted once.
   */
  readonly rigid: boolean;
  /** The camera does not move at all in this shot. */
  readonly still: boolean;
  /**
   * Paints into the backdrop (behind everything that moves) or into a layer
   * drawn over the actors, once; rigid shots only (false otherwise). `draw`
   * gets a context and the camera to draw with.
   */
  bake(where: 'back' | 'front', draw: (ctx: SKRSContext2D, camera: CameraPose) => void): boolean;
  /** Draws what was baked in front of the actors. */
  drawFrontStatic(ctx: SKRSContext2D, camera: CameraPose): void;
  /** Wind strength 0..1 (sways plants, blows leaves). */
  readonly wind: number;
  /** Draws actors and props for this shot's light and ground. */
  readonly painter: ActorPainter;
  /** Draws everything behind the actors. */
  drawBack(ctx: SKRSContext2D, camera: CameraPose, seconds: number): void;
  /** Draws weather and the foreground over the actors. */
  drawFront(ctx: SKRSContext2D, camera: CameraPose, seconds: number): void;
}

/** Options for preparing a shot. */
export interface ShotSceneOptions {
  readonly plan: ScenePlan;
  readonly simulation: Simulation;
  readonly span: ShotSpan;
  readonly style: StylePass;
  /** The plan's reference image, decoded: it replaces sky, ridges and ground. */
  readonly plate: Image | null;
  /** Shot-relative times of lightning strikes. */
  readonly strikes: readonly number[];
  /** Where the shot's sprites come from. */
  readonly sprites: SpriteCache;
  /** Scenery painted for an earlier shot, reused when this shot is in the same place and framed alike. */
  readonly scenery?: SceneryMemo;
  /** Whether a later shot may reuse this shot's scenery (else the memo lets go of it). */
  readonly keepScenery?: boolean;
  /**
   * Every camera pose of the shots in this shot's place that are framed alike
   * (this shot's included): the scenery is painted to serve them all.
   */
  readonly placeViews?: readonly CameraPose[];
}

/** The painted, restyled layers of a shot's scenery (never drawn into after painting). */
interface PaintedScenery {
  readonly back: readonly Layer[];
  readonly foreground: Layer | null;
  readonly groundCovers: boolean;
}

/** Holds one shot's painted scenery for the next shot in the same place. */
export class SceneryMemo {
  private key: string | null = null;
  private value: PaintedScenery | null = null;

  /** The scenery remembered under exactly this key, or null. */
  recall(key: string): PaintedScenery | null {
    return key === this.key ? this.value : null;
  }

  remember(key: string, value: PaintedScenery): void {
    this.key = key;
    this.value = value;
  }

  forget(): void {
    this.key = null;
    this.value = null;
  }
}

/** For each shot: the views its scenery is painted for, and whether a later shot will reuse that scenery. */
export interface PlaceFraming {
  readonly views: readonly CameraPose[] | undefined;
  readonly keepScenery: boolean;
}

/** Widest zoom ratio between shots that share painted scenery: beyond it the wider view would get soft. */
const SHARED_ZOOM_RATIO = 1.35;

/**
 * Groups the shots that see the same place from the same distance (a cut to
 * the fox, then to the rabbit, in one meadow): their scenery is painted once,
 * wide enough for all of their views, and each view maps it exactly (turning,
 * zooming and sliding the camera move the painted planes affinely; only a
 * dolly or a roll does not). A shot framed otherwise is painted on its own,
 * from the same place's random stream.
 */
export function placeFramings(plan: ScenePlan, simulation: Simulation): PlaceFraming[] {
  const shotPoses = simulation.shots.map((span) => Array.from({ length: span.endFrame - span.firstFrame }, (_, i) => cameraAt(simulation.camera, span.firstFrame + i)));
  const groupOf = shotPoses.map((poses, k) => {
    const z = poses[0]!.z;
    if (!poses.every((p) => Math.abs(p.z - z) < 1e-6 && p.rotation === 0)) return `shot ${k}`;
    return JSON.stringify([placeOf(plan, plan.shots[k]!), z.toFixed(5)]);
  });
  for (const group of new Set(groupOf)) {
    const zooms = shotPoses.filter((_, j) => groupOf[j] === group).flatMap((poses) => poses.map((p) => p.zoom));
    if (Math.max(...zooms) > Math.min(...zooms) * SHARED_ZOOM_RATIO) groupOf.forEach((g, j) => g === group && (groupOf[j] = `shot ${j}`));
  }
  return shotPoses.map((_, k) => {
    const members = groupOf.flatMap((g, j) => (g === groupOf[k] ? [j] : []));
    return {
      views: members.length > 1 ? members.flatMap((j) => shotPoses[j]!) : undefined,
      keepScenery: members.some((j) => j > k),
    };
  });
}

/**
 * The place a shot is in: the first shot of the plan in the same kind of
 * setting. Scenery is drawn from the place's own random stream, so a story
 * that stays in the snowy meadow keeps the same trees and hills from shot to
 * shot (in new light if the hour changes), as a film's cuts would.
 */
export function placeOf(plan: ScenePlan, shot: Shot): string {
  return (plan.shots.find((s) => s.setting.kind === shot.setting.kind) ?? shot).id;
}

const WIND: Record<string, number> = { clear: 0.12, cloudy: 0.25, fog: 0.05, rain: 0.4, storm: 0.9, snow: 0.3, wind: 0.8 };

/** Plants sway only in a noticeable wind (a still prop can be baked into the backdrop). */
export const SWAY_WIND = 0.25;

/** Prepares a shot's scene. */
export function prepareShotScene(options: ShotSceneOptions): ShotScene {
  const { plan, simulation, span, style } = options;
  const { width, height } = plan.output;
  const shot = plan.shots[span.shotIndex]!;
  const random = createRandom(plan.seed).fork(`scene:${placeOf(plan, shot)}`);
  const setting = shot.setting;
  // Seen from a drone, the land is painted from above (its water too: no waterline ripples); rooms, space and the sea floor keep their usual scenery.
  const aerial = shot.camera.shot === 'aerial' ? aerialLook(setting.kind) : null;
  const recipe = aerial ? aerialRecipe(recipeFor(setting)) : recipeFor(setting);
  const outside = lightFor(setting.timeOfDay, setting.weather, setting.season);
  const light = recipe.sky === 'room' ? indoorLight(outside, setting.kind === 'stage' || setting.kind === 'club' ? setting.kind : 'room') : recipe.sky === 'cave' ? indoorLight(outside, 'cave') : outside;
  const geometry = settingGeometry(setting.kind);
  const side: -1 | 1 = light.body && light.body.across < 0.5 ? -1 : 1;
  const poses = Array.from({ length: span.endFrame - span.firstFrame }, (_, i) => cameraAt(simulation.camera, span.firstFrame + i));
  // Scenery is painted for every view of the place the shots framed alike see, so each of them can use it.
  const viewed = options.placeViews && options.placeViews.length > 0 ? options.placeViews : poses;
  // The shot's own reference view (flattened backdrops are drawn in it, so a still camera blits them 1:1)
  // and the one the place's scenery is painted for.
  const ref = referenceCamera(poses);
  const paintRef = viewed === poses ? ref : referenceCamera(viewed);
  const still = poses.every((p) => samePose(p, poses[0]!));
  const rigid = poses.every((p) => Math.abs(p.x - poses[0]!.x) < 1e-6 && Math.abs(p.y - poses[0]!.y) < 1e-6 && Math.abs(p.z - poses[0]!.z) < 1e-6);
  const maxZoom = Math.max(...viewed.map((p) => p.zoom));
  const density = Math.min(1.5, Math.max(1, maxZoom / paintRef.zoom));
  // Long camera travels need wide layers: past about three frames of pixels they get coarser, not cropped.
  const budget = width * height * 5;
  const make = (anchor: LayerAnchor, clip: Partial<Rect> = {}): { layer: Layer; view: ReturnType<typeof createLayer>['view'] } | null => {
    let area = layerArea(anchor, paintRef, viewed, width, height);
    area = intersect(area, { left: clip.left ?? -1e9, top: clip.top ?? -1e9, right: clip.right ?? 1e9, bottom: clip.bottom ?? 1e9 });
    area = capArea(area, width * 14, height * 6, width / 2, height / 2);
    if (isEmpty(area)) return null;
    return createLayer(anchor, area, fitDensity(area, density, budget), paintRef, width, height);
  };
  const actors = simulation.actors.filter((a) => a.shotIndex === span.shotIndex);
  const horizon = height / 2 + height * paintRef.zoom * paintRef.tilt;
  const brought = {
    planet: actors.some((a) => isCelestial(a.asset) && skyBody(a.asset) !== 'moon' && !/^emoji:(2b50|1f31f|1f320|2604)$/.test(a.asset)),
    body: actors.some((a) => skyBody(a.asset) === (light.body?.kind ?? 'none')),
  };
  const dof = shot.camera.shot === 'close-up' ? 0.006 : shot.camera.shot === 'medium' ? 0.003 : 0;

  const paint = (): PaintedScenery => {
    // Whether the ground hides everything below the horizon: then the sky need not be drawn there.
    let groundCovers = false;
    let wallCovers = false;
    const back: Layer[] = [];
    const mirrored: Array<{ layer: Layer; baseRow: number }> = [];

    if (options.plate) {
      const sky = make({ kind: 'sky' });
      if (sky) {
        coverFit(sky.view.ctx, options.plate, sky.view.area, width, height);
        back.push(sky.layer);
      }
    } else {
      const sky = make({ kind: 'sky' }, recipe.sky === 'open' ? { bottom: horizon + height * 0.25 } : {});
      if (sky) {
        paintSky(sky.view, recipe, light, random.fork('sky'), brought);
        back.push(sky.layer);
        mirrored.push({ layer: sky.layer, baseRow: horizon });
      }
      recipe.ridges.forEach((ridge, k) => {
        const top = groundRow0(paintRef, ridge.z, ridge.height * 1.15, height);
        const base = groundRow0(paintRef, ridge.z, 0, height);
        const layer = make({ kind: 'plane', z: ridge.z }, { top: top - height * 0.05, bottom: base + height * 0.03 });
        if (!layer) return;
        paintRidge(layer.view, ridge, light, random.fork(`ridge${k}`), side);
        back.push(layer.layer);
        mirrored.push({ layer: layer.layer, baseRow: base });
      });
      if (recipe.room && geometry.backWall !== null) {
        const z = depthToZ(geometry.backWall);
        const floor = groundRow0(paintRef, z, 0, height);
        const wall = make({ kind: 'plane', z }, { bottom: floor + 3 });
        if (wall) {
          paintRoomWall(wall.view, recipe, z, light, random.fork('room'));
          back.push(wall.layer);
          // The wall hides all sky below the horizon (the floor starts at its foot, see paintGround).
          wallCovers = true;
        }
      }
      if (geometry.floor !== 'none' || recipe.water) {
        const ground = make({ kind: 'ground' }, { top: horizon - 1 });
        if (ground) {
          if (aerial) paintAerialGround(ground.view, recipe, geometry, aerial, light, random.fork('ground'));
          else paintGround(ground.view, recipe, geometry, light, random.fork('ground'), mirrored);
          back.push(ground.layer);
          groundCovers = wallCovers || rowOpaque(ground.layer.canvas, Math.ceil(3 * ground.layer.density));
        }
      }
    }
    back.forEach((layer, k) => {
      // Depth of field: the far layers of closer shots go soft (the ground keeps its detail near the subject).
      if (dof > 0 && layer.anchor.kind !== 'ground' && k < back.length) blurInPlace(layer.canvas, height * dof * layer.density);
      if (style.prepare) {
        style.prepare(layer.canvas, 'layer');
        releaseScratch();
      }
      settle(layer.canvas);
    });

    let foreground: Layer | null = null;
    if (recipe.foreground !== 'none' && !options.plate) {
      const clip = recipe.foreground === 'vines' ? { bottom: height * 0.45 } : recipe.foreground === 'curtains' ? {} : { top: height * 0.55 };
      const fg = make({ kind: 'plane', z: FOREGROUND_Z }, clip);
      if (fg) {
        paintForeground(fg.view, recipe, light, random.fork('foreground'), side);
        blurInPlace(fg.layer.canvas, height * 0.004 * fg.layer.density);
        if (style.prepare) {
          style.prepare(fg.layer.canvas, 'foreground');
          releaseScratch();
        }
        foreground = fg.layer;
      }
    }
    return { back, foreground, groundCovers };
  };
  // A later shot in the same place, framed the same way, shows the very same scenery: paint it once.
  const sceneryKey = JSON.stringify({ place: placeOf(plan, shot), setting, plate: plan.reference?.image ?? null, style: plan.style, dof, brought, width, height, viewed });
  const painted = options.scenery?.recall(sceneryKey) ?? paint();
  if (options.keepScenery) options.scenery?.remember(sceneryKey, painted);
  else options.scenery?.forget();
  const { foreground, groundCovers } = painted;
  const back = [...painted.back];

  const props = options.plate ? [] : shotProps(plan, simulation, span);
  const wind = WIND[setting.weather] ?? 0.1;
  const painter = new ActorPainter(geometry, light.shadow, width, height);
  const propSprites = props.map((p) => {
    const nearest = Math.max(...poses.map((c) => (height * c.zoom) / Math.max(0.1, depthToZ(p.depth) - c.z)));
    return options.sprites.get({ asset: p.asset, color: p.color, light: light.ambient, maxPixels: p.size * nearest, scenery: true });
  });
  const weather: PlacedEffect[] = createWeather({ shot, recipe: aerial ? { ...recipe, water: null } : recipe, light, geometry, width, height, wind, side, strikes: options.strikes, random: random.fork('weather'), restyle: style.prepare ? (c) => restyleSoft(style, c) : undefined, still: still ? poses[0]! : null });
  // Clouds drift between the sky and everything in front of it, so the sky is kept apart. When the camera
  // only turns or zooms, every layer moves alike: they are flattened into two backdrops and let go.
  let skyLayers = back.length > 0 && back[0]!.anchor.kind === 'sky' ? back.slice(0, 1) : [];
  let restLayers = back.slice(skyLayers.length);
  const flatArea = rigid ? layerArea({ kind: 'sky' }, ref, poses, width, height) : null;
  const flatDensity = flatArea ? fitDensity(flatArea, density, budget) : 1;
  const skyBackdrop = flatArea ? flatten(skyLayers, flatArea, flatDensity, paintRef, ref, width, height) : null;
  let restBackdrop = flatArea ? flatten(restLayers, flatArea, flatDensity, paintRef, ref, width, height) : null;
  let frontStatic: Layer | null = null;
  if (skyBackdrop || skyLayers.length === 0) skyLayers = [];
  if (restBackdrop || restLayers.length === 0) restLayers = [];
  back.length = 0;
  const inSky = weather.filter((e) => e.place === 'sky');
  const behind = weather.filter((e) => e.place === 'back');
  const front = weather.filter((e) => e.place === 'front');

  return {
    shot,
    span,
    light,
    recipe,
    geometry,
    props,
    propSprites,
    rigid,
    still,
    bake(where, draw) {
      if (!flatArea) return false;
      let layer = where === 'back' ? restBackdrop : frontStatic;
      if (!layer) {
        layer = createLayer({ kind: 'sky' }, flatArea, flatDensity, ref, width, height).layer;
        if (where === 'back') restBackdrop = layer;
        else frontStatic = layer;
      }
      // Draw as the reference camera sees it, into the layer's pixels.
      const lctx = layer.canvas.getContext('2d');
      lctx.save();
      lctx.setTransform(layer.density, 0, 0, layer.density, -layer.originX * layer.density, -layer.originY * layer.density);
      draw(lctx, ref);
      lctx.restore();
      forgetLayerContent(layer.canvas);
      return true;
    },
    drawFrontStatic(ctx, camera) {
      if (frontStatic) drawLayer(ctx, frontStatic, ref, camera, width, height);
    },
    wind,
    painter,
    drawBack(ctx, camera, seconds) {
      // A scaled full-frame draw costs Skia several milliseconds: skip the part of the sky the ground covers.
      const skyBottom = groundCovers && camera.rotation === 0 ? Math.ceil(height / 2 + height * camera.zoom * camera.tilt) + 2 : height;
      const clipped = skyBottom > 0 && skyBottom < height;
      if (clipped) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(0, 0, width, skyBottom);
        ctx.clip();
      }
      // Clear, then draw over: Skia's 'copy' of a scaled or shifted bitmap costs ~1.3 ms a frame more at 720p
      // than a flat fill plus a normal draw.
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, width, height);
      if (skyBackdrop) drawLayer(ctx, skyBackdrop, ref, camera, width, height);
      for (const layer of skyLayers) drawLayer(ctx, layer, paintRef, camera, width, height);
      if (clipped) ctx.restore();
      for (const effect of inSky) effect.draw(ctx, camera, seconds);
      if (restBackdrop) drawLayer(ctx, restBackdrop, ref, camera, width, height);
      else for (const layer of restLayers) drawLayer(ctx, layer, paintRef, camera, width, height);
      for (const effect of behind) effect.draw(ctx, camera, seconds);
    },
    drawFront(ctx, camera, seconds) {
      for (const effect of front) effect.draw(ctx, camera, seconds);
      if (foreground) {
        if (wind > 0.3 && recipe.foreground !== 'curtains' && recipe.foreground !== 'rocks' && recipe.foreground !== 'snow') {
          // Wind bends the foreground plants from their roots.
          const bend = Math.sin(seconds * 1.3) * 0.03 * wind + wind * 0.02;
          ctx.save();
          ctx.transform(1, 0, -bend, 1, bend * height, 0);
          drawLayer(ctx, foreground, paintRef, camera, width, height);
          ctx.restore();
        } else drawLayer(ctx, foreground, paintRef, camera, width, height);
      }
    },
  };
}

/**
 * The props a shot places (the same for the renderer and the labels): a
 * recipe's scenery kept clear of the actors' paths, within what the camera sees.
 */
export function shotProps(plan: ScenePlan, simulation: Simulation, span: ShotSpan): Prop[] {
  const { width, height } = plan.output;
  const shot = plan.shots[span.shotIndex]!;
  if (plan.reference) return [];
  const aerial = shot.camera.shot === 'aerial' && aerialLook(shot.setting.kind) !== null;
  const recipe = aerial ? aerialRecipe(recipeFor(shot.setting)) : recipeFor(shot.setting);
  const geometry = settingGeometry(shot.setting.kind);
  const actors = simulation.actors.filter((a) => a.shotIndex === span.shotIndex);
  const poses = Array.from({ length: span.endFrame - span.firstFrame }, (_, i) => cameraAt(simulation.camera, span.firstFrame + i));
  const visible = (depth: number): [number, number] => {
    const z = depthToZ(depth);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < poses.length; i += Math.max(1, Math.floor(poses.length / 8))) {
      lo = Math.min(lo, worldXAt(0, z, poses[i]!, width, height));
      hi = Math.max(hi, worldXAt(width, z, poses[i]!, width, height));
    }
    return [lo, hi];
  };
  return placeProps(recipe, geometry, actors, visible, createRandom(plan.seed).fork(`scene:${placeOf(plan, shot)}`).fork('props'), shot.camera.shot === 'aerial');
}

/** The camera the layers are painted for: the closest framing of the shot (sharpest), centred on its travel. */
function referenceCamera(poses: readonly CameraPose[]): CameraPose {
  let best = poses[0]!;
  for (const p of poses) if (p.zoom > best.zoom + 1e-6) best = p;
  return { ...best, rotation: 0 };
}

function samePose(a: CameraPose, b: CameraPose): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.z - b.z) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-6 && Math.abs(a.pan - b.pan) < 1e-6 && Math.abs(a.tilt - b.tilt) < 1e-6 && Math.abs(a.rotation - b.rotation) < 1e-6;
}

/** Reference-screen row of height y on the plane at distance z. */
function groundRow0(ref: CameraPose, z: number, y: number, height: number): number {
  const dz = Math.max(0.05, z - ref.z);
  return height / 2 - height * ref.zoom * ((y - ref.y) / dz - ref.tilt);
}

/**
 * Without camera travel every layer maps to the screen the same way (as the
 * sky does): flatten them into one bitmap of the reference view, drawn with a
 * single transform per frame.
 */
function flatten(layers: readonly Layer[], area: Rect, density: number, paintRef: CameraPose, ref: CameraPose, width: number, height: number): Layer | null {
  if (layers.length === 0) return null;
  const { layer } = createLayer({ kind: 'sky' }, area, density, ref, width, height);
  const ctx = layer.canvas.getContext('2d');
  for (const source of layers) {
    // From the source's pixels, through the view it was painted for, to this shot's reference view.
    const m = anchorAffine(source.anchor, paintRef, ref, width, height) ?? { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    const k = density / source.density;
    const { originX: ox, originY: oy } = source;
    ctx.setTransform(m.a * k, m.b * k, m.c * k, m.d * k, density * (m.a * ox + m.c * oy + m.e - area.left), density * (m.b * ox + m.d * oy + m.f - area.top));
    ctx.drawImage(source.canvas, 0, 0);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  settle(layer.canvas);
  return layer;
}

/** The density a layer of this area can afford within the pixel budget. */
function fitDensity(area: Rect, density: number, budget: number): number {
  const pixels = (area.right - area.left) * (area.bottom - area.top) * density * density;
  return pixels > budget ? Math.max(0.3, density * Math.sqrt(budget / pixels)) : density;
}

/** Whether a row of a bitmap is opaque all the way across. */
function rowOpaque(canvas: Canvas, row: number): boolean {
  if (row >= canvas.height) return false;
  const data = canvas.getContext('2d').getImageData(0, row, canvas.width, 1).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 250) return false;
  return true;
}

/** Restyles a soft bitmap (a cloud) the way layers are: its reach is the frame's, and it may be filtered small. */
function restyleSoft(style: StylePass, canvas: Canvas): void {
  style.prepare?.(canvas, 'layer');
  releaseScratch();
}

/**
 * Skia records drawing commands and rasterises lazily; reading one pixel makes
 * it rasterise a finished layer now, so its long list of painted shapes is not
 * kept around (or replayed) later.
 */
function settle(canvas: Canvas): void {
  canvas.getContext('2d').getImageData(0, 0, 1, 1);
}

/** Draws an image to cover the frame (cropping the overflow), into a reference-space layer. */
function coverFit(ctx: SKRSContext2D, image: Image, area: Rect, width: number, height: number): void {
  const scale = Math.max((area.right - area.left) / image.width, (area.bottom - area.top) / image.height, width / image.width, height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const cx = (area.left + area.right) / 2;
  const cy = (area.top + area.bottom) / 2;
  ctx.drawImage(image, cx - w / 2, cy - h / 2, w, h);
}

