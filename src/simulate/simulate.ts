import type { Entity, ScenePlan, Shot } from '../plan/schema.ts';
import type { Motion, Placement } from '../plan/vocabulary.ts';
import { createRandom, type Random } from '../util/random.ts';
import { baseHeightOf, MOTION_SPEED, motionAt } from './actor-defaults.ts';
import { fillCameraTrack } from './camera-track.ts';
import { motionPose } from './motion-pose.ts';
import { halfViewWidth } from './projection.ts';
import { createChannels, type ActorTrack, type CameraTrack, type Simulation, type SimulationEvent } from './simulation.ts';
import { frameCountOf, shotSpans } from './timeline.ts';

/** Where an entity's group is centred at the start of its shot. */
interface Anchor {
  x: number;
  y: number;
  depth: number;
  /** Travel direction: 1 right, -1 left. */
  direction: 1 | -1;
}

/**
 * The simulate stage: turns a plan into tracks. Pure and seeded: the same plan
 * gives bit-identical tracks.
 */
export function simulate(plan: ScenePlan): Simulation {
  const { fps } = plan.output;
  const frameCount = frameCountOf(plan.output);
  const aspect = plan.output.width / plan.output.height;
  const spans = shotSpans(plan);
  const random = createRandom(plan.seed).fork('simulate');
  const camera: CameraTrack = {
    x: new Float32Array(frameCount),
    y: new Float32Array(frameCount),
    zoom: new Float32Array(frameCount).fill(1),
    rotation: new Float32Array(frameCount),
  };
  const actors: ActorTrack[] = [];
  const events: SimulationEvent[] = [];

  spans.forEach((span) => {
    const shot = plan.shots[span.shotIndex]!;
    const shotRandom = random.fork(shot.id);
    const anchors = placeEntities(shot, aspect, shotRandom.fork('layout'));
    const tracksById = new Map<string, ActorTrack[]>();
    // Entities that act on another (chase, ride) are simulated after their target.
    for (const entity of orderByDependency(shot.entities)) {
      const tracks: ActorTrack[] = [];
      for (let member = 0; member < entity.count; member++) {
        const track = simulateActor(plan, shot, entity, member, span.firstFrame, span.endFrame, anchors, tracksById, shotRandom.fork(`${entity.id}#${member}`), aspect);
        tracks.push(track);
        events.push({ frame: span.firstFrame, kind: 'enter', actors: [track.key] });
      }
      tracksById.set(entity.id, tracks);
      actors.push(...tracks);
    }
    const targetId = shot.camera.target ?? shot.entities[0]?.id ?? null;
    const target = targetId ? (tracksById.get(targetId)?.[0] ?? null) : null;
    fillCameraTrack(camera, shot, span, fps, target, shotRandom.fork('camera'));
  });

  events.sort((a, b) => a.frame - b.frame);
  return { fps, frameCount, aspect, shots: spans, actors, camera, events };
}

function orderByDependency(entities: readonly Entity[]): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const done = new Set<string>();
  const out: Entity[] = [];
  const visit = (entity: Entity, stack: Set<string>): void => {
    if (done.has(entity.id) || stack.has(entity.id)) return;
    stack.add(entity.id);
    for (const dep of dependencies(entity)) {
      const target = byId.get(dep);
      if (target) visit(target, stack);
    }
    done.add(entity.id);
    out.push(entity);
  };
  for (const entity of entities) visit(entity, new Set());
  return out;
}

function dependencies(entity: Entity): string[] {
  const deps = entity.actions.map((a) => a.target).filter((t): t is string => Boolean(t));
  if (entity.layout.relation) deps.push(entity.layout.relation.target);
  return deps;
}

const PLACEMENT_HEIGHT: Record<Placement, [number, number]> = {
  ground: [0, 0],
  floor: [0, 0],
  air: [0.3, 0.5],
  sky: [0.55, 0.7],
  'water-surface': [0, 0],
  underwater: [0.15, 0.45],
};

function placeEntities(shot: Shot, aspect: number, random: Random): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const n = shot.entities.length;
  shot.entities.forEach((entity, index) => {
    const [lo, hi] = PLACEMENT_HEIGHT[entity.layout.placement];
    const depth = entity.layout.placement === 'sky' ? Math.max(entity.layout.depth, 0.7) : entity.layout.depth;
    const half = halfViewWidth(aspect, depth) * 0.9;
    const spread = n > 1 ? (index / (n - 1) - 0.5) * 1.1 : 0;
    const x = entity.layout.x !== null ? entity.layout.x * half : spread * half + random.range(-0.05, 0.05);
    anchors.set(entity.id, { x, y: random.range(lo, hi), depth, direction: random.chance(0.5) ? 1 : -1 });
  });
  // Relations move an anchor next to (or onto) its target's.
  for (const entity of shot.entities) {
    const relation = entity.layout.relation;
    const self = anchors.get(entity.id);
    const target = relation ? anchors.get(relation.target) : undefined;
    if (!relation || !self || !target) continue;
    const other = shot.entities.find((e) => e.id === relation.target)!;
    const gap = (baseHeightOf(other) + baseHeightOf(entity)) * 0.6;
    switch (relation.kind) {
      case 'on':
        Object.assign(self, { x: target.x, y: target.y + baseHeightOf(other) * 0.85, depth: target.depth - 0.001 });
        break;
      case 'under':
      case 'inside':
        Object.assign(self, { x: target.x, y: target.y, depth: target.depth + 0.002 });
        break;
      case 'above':
      case 'over':
        Object.assign(self, { x: target.x, y: target.y + baseHeightOf(other) * 1.6, depth: target.depth });
        break;
      case 'below':
        Object.assign(self, { x: target.x, y: Math.max(0, target.y - baseHeightOf(entity) * 1.2), depth: target.depth });
        break;
      case 'left-of':
        Object.assign(self, { x: target.x - gap, depth: target.depth });
        break;
      case 'right-of':
        Object.assign(self, { x: target.x + gap, depth: target.depth });
        break;
      case 'beside':
      case 'near':
        Object.assign(self, { x: target.x + (self.x <= target.x ? -gap : gap), depth: target.depth });
        break;
      case 'in-front-of':
        Object.assign(self, { x: target.x + gap * 0.3, depth: Math.max(0, target.depth - 0.15) });
        break;
      case 'behind':
        Object.assign(self, { x: target.x - gap * 0.2, depth: Math.min(1, target.depth + 0.25) });
        break;
      case 'between': {
        const second = relation.secondTarget ? anchors.get(relation.secondTarget) : undefined;
        if (second) Object.assign(self, { x: (target.x + second.x) / 2, depth: (target.depth + second.depth) / 2 });
        break;
      }
      default:
        break;
    }
  }
  return anchors;
}

function simulateActor(
  plan: ScenePlan,
  shot: Shot,
  entity: Entity,
  member: number,
  firstFrame: number,
  endFrame: number,
  anchors: Map<string, Anchor>,
  tracksById: Map<string, ActorTrack[]>,
  random: Random,
  aspect: number,
): ActorTrack {
  const { fps } = plan.output;
  const length = endFrame - firstFrame;
  const channels = createChannels(length);
  const anchor = anchors.get(entity.id)!;
  const height = baseHeightOf(entity);
  const duration = length / fps;
  const phase = random.next();
  // Group members stand apart; flocks and scatters spread in depth and height too.
  const spacing = height * (entity.layout.arrangement === 'row' ? 1.1 : 0.9);
  const centred = member - (entity.count - 1) / 2;
  const scatter = entity.layout.arrangement !== 'row';
  const offsetX = centred * spacing + (scatter ? random.range(-0.5, 0.5) * spacing : 0);
  const offsetDepth = scatter ? random.range(-0.08, 0.12) : 0;
  const offsetY = scatter && anchor.y > 0 ? random.range(-0.08, 0.08) : 0;
  const depth = clamp(anchor.depth + offsetDepth, 0, 1);
  const sizeJitter = entity.count > 1 ? random.range(0.88, 1.1) : 1;
  const tracking = shot.camera.move === 'track';
  const half = halfViewWidth(aspect, depth) * 0.85;

  let facing: 1 | -1 = anchor.direction;
  let prevX = Number.NaN;
  for (let i = 0; i < length; i++) {
    const seconds = i / fps;
    const t = seconds * shot.timeScale;
    const action = motionAt(entity, seconds);
    const motion: Motion = action?.motion ?? 'idle';
    const targetTracks = action?.target ? tracksById.get(action.target) : undefined;
    const target = targetTracks?.[member % targetTracks.length];
    let speed = MOTION_SPEED[motion] ?? 0;
    // Without a tracking camera, keep travellers in view: the whole path fits the frame.
    if (!tracking && speed > 0) speed = Math.min(speed, (half * 1.6) / Math.max(duration * shot.timeScale, 0.001));
    const pose = motionPose(motion, t, { speed, height: height * sizeJitter, duration: duration * shot.timeScale, phase });
    const start = anchor.x + offsetX - anchor.direction * speed * duration * shot.timeScale * 0.5;
    let x = start + anchor.direction * pose.travel;
    let y = anchor.y + offsetY + pose.lift;
    let d = depth;

    if (target) {
      const ti = clamp(firstFrame + i - target.firstFrame, 0, target.length - 1);
      const tx = target.x[ti]!;
      const ty = target.y[ti]!;
      switch (motion) {
        case 'chase':
        case 'follow': {
          // Pursue from behind the target's direction of travel, closing the gap over time.
          const tDir = target.facing[ti]! as number;
          const gap = (motion === 'chase' ? 0.5 - 0.3 * Math.min(1, seconds / duration) : 0.35) * (height + target.baseHeight);
          x = tx - tDir * gap * 1.6 + offsetX * 0.3;
          d = target.depth[ti]! + 0.02;
          break;
        }
        case 'flee':
          x = tx + Math.sign(tx - start || 1) * (0.3 + pose.travel);
          break;
        case 'ride':
        case 'carry':
          x = tx;
          y = ty + target.baseHeight * target.scaleY[ti]! * 0.55;
          d = target.depth[ti]! - 0.001;
          break;
        case 'orbit':
        case 'circle': {
          const angle = (t / 4 + phase) * Math.PI * 2;
          const radius = target.baseHeight * 1.3;
          x = tx + Math.cos(angle) * radius;
          y = ty + target.baseHeight * 0.5 + Math.sin(angle) * radius * 0.5;
          d = target.depth[ti]! + Math.sin(angle) * 0.05;
          break;
        }
        case 'watch':
        case 'eat':
        case 'drink':
          facing = tx >= x ? 1 : -1;
          break;
        default:
          break;
      }
    } else if (motion === 'orbit' || motion === 'circle') {
      const angle = (t / 5 + phase) * Math.PI * 2;
      x = anchor.x + Math.cos(angle) * half * 0.5;
      y = anchor.y + 0.2 + Math.sin(angle) * 0.12;
    }

    if (!Number.isNaN(prevX) && Math.abs(x - prevX) > 1e-5) facing = x > prevX ? 1 : -1;
    prevX = x;
    channels.x[i] = x;
    channels.y[i] = Math.max(entity.layout.placement === 'underwater' ? -0.1 : 0, y);
    channels.depth[i] = clamp(d, 0, 1);
    channels.scaleX[i] = pose.scaleX * sizeJitter;
    channels.scaleY[i] = pose.scaleY * sizeJitter;
    channels.rotation[i] = pose.rotation;
    channels.opacity[i] = pose.opacity;
    channels.facing[i] = facing;
  }
  // Static actors keep the facing they were given; travellers set it as they move.
  if (channels.facing.length > 1) channels.facing[0] = channels.facing[1]!;

  return {
    key: `${shot.id}/${entity.id}#${member}`,
    shotIndex: plan.shots.indexOf(shot),
    entityId: entity.id,
    member,
    asset: entity.asset,
    color: entity.color,
    firstFrame,
    length,
    baseHeight: height,
    ...channels,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
