import type RAPIER from '@dimforge/rapier2d-deterministic-compat';
import type { Shot } from '../plan/schema.ts';
import type { Random } from '../util/random.ts';
import { stepsPerFrame } from './actor-defaults.ts';
import { isDominoRow, type CastMember } from './cast.ts';
import { physicsEngine } from './physics-engine.ts';
import type { ShotLayout } from './layout.ts';
import type { SettingGeometry } from './setting-geometry.ts';
import type { Stage } from './stage.ts';
import type { ActorTrack, SimulationEvent } from './simulation.ts';

/**
 * Rigid-body physics with Rapier's deterministic 2D build: falling, bouncing,
 * rolling, stacking and dominoes, in side view at each actor's depth. Bodies
 * only meet others in the same depth band. It steps at a fixed multiple of
 * the frame rate and writes the bodies' poses into their actors' tracks;
 * collisions become events for the sound track and the labels.
 */

/** World gravity in world units per second squared (a person is about 0.45 units, 1.7 m). */
export const GRAVITY = 2.6;


/** A shot's physical setup. */
export interface PhysicsScene {
  readonly shot: Shot;
  readonly cast: ReadonlyMap<string, CastMember>;
  readonly layout: ShotLayout;
  readonly geometry: SettingGeometry;
  readonly stage: Stage;
  readonly tracks: ReadonlyMap<string, readonly ActorTrack[]>;
  readonly fps: number;
  readonly firstFrame: number;
  readonly length: number;
  readonly random: Random;
}

interface Body {
  readonly track: ActorTrack;
  readonly body: RAPIER.RigidBody;
  readonly halfHeight: number;
  readonly halfWidth: number;
  /** Motion-clock second it is let go (until then it holds still). */
  readonly release: number;
  readonly kind: 'fall' | 'bounce' | 'roll' | 'domino';
  landed: boolean;
  squash: number;
  lastHit: number;
}

const BANDS = 16;

function bandOf(depth: number): number {
  return Math.max(0, Math.min(BANDS - 1, Math.floor(depth * 8)));
}

/** Collision groups: membership in the band, contact with the bands either side. */
function groupsFor(depth: number): number {
  const band = bandOf(depth);
  const filter = (1 << band) | (band > 0 ? 1 << (band - 1) : 0) | (band < BANDS - 1 ? 1 << (band + 1) : 0);
  return ((1 << band) << 16) | filter;
}

/** Whether a shot has anything for the physics engine to move. */
export function needsPhysics(cast: ReadonlyMap<string, CastMember>): boolean {
  return [...cast.values()].some((m) => m.physical);
}

/** Runs the shot's physics, overwriting the physical actors' channels; returns the collisions. */
export function simulatePhysics(scene: PhysicsScene): SimulationEvent[] {
  const rapier = physicsEngine();
  const { shot, fps, length, firstFrame, geometry } = scene;
  const steps = stepsPerFrame(fps);
  const gravity = geometry.weightless ? 0 : -GRAVITY;
  const world = new rapier.World({ x: 0, y: gravity });
  world.timestep = (1 / (fps * steps)) * shot.timeScale;
  const owners = new Map<number, string>();
  const events: SimulationEvent[] = [];
  try {
    if (geometry.floor !== 'none') {
      const ground = world.createCollider(rapier.ColliderDesc.cuboid(1000, 1).setTranslation(0, -1).setFriction(0.9).setRestitution(0.5));
      owners.set(ground.handle, 'ground');
    }
    addStaticColliders(world, scene, owners);
    const bodies = addBodies(world, scene, owners);
    if (bodies.length === 0) return events;
    const queue = new rapier.EventQueue(true);
    const byHandle = new Map<number, Body>();
    for (const b of bodies) for (let c = 0; c < b.body.numColliders(); c++) byHandle.set(b.body.collider(c).handle, b);
    const speedBefore = new Map<Body, number>();
    for (let i = 0; i < length; i++) {
      for (const b of bodies) record(b, i);
      for (let s = 0; s < steps; s++) {
        const t = ((i + s / steps) / fps) * shot.timeScale;
        for (const b of bodies) {
          if (b.body.isKinematic() && t >= b.release) {
            b.body.setBodyType(rapier.RigidBodyType.Dynamic, true);
            kick(b, scene);
          }
          const v = b.body.linvel();
          speedBefore.set(b, Math.hypot(v.x, v.y));
        }
        world.step(queue);
        queue.drainCollisionEvents((h1, h2, started) => {
          if (!started) return;
          const a = byHandle.get(h1);
          const b = byHandle.get(h2);
          const hit = a ?? b;
          if (!hit) return;
          const strength = Math.max(speedBefore.get(a!) ?? 0, speedBefore.get(b!) ?? 0);
          if (strength < 0.08 || t - hit.lastHit < 0.06) return;
          hit.lastHit = t;
          const other = a && b ? (hit === a ? b : a) : null;
          const otherKey = other ? other.track.key : (owners.get(hit === a ? h2 : h1) ?? 'ground');
          const kind = other ? 'collision' : !hit.landed && hit.kind === 'fall' ? 'land' : 'bounce';
          hit.landed = true;
          hit.squash = Math.min(0.3, strength * 0.12);
          if (other) other.squash = Math.min(0.2, strength * 0.08);
          events.push({ frame: firstFrame + Math.min(length - 1, i + 1), kind, actors: [hit.track.key, otherKey], strength: round3(strength) });
        });
        queue.drainContactForceEvents(() => undefined);
        for (const b of bodies) b.squash *= Math.exp(-world.timestep * 18);
      }
    }
    queue.free();
    return dedupe(events);
  } finally {
    world.free();
  }
}

/** Grounded things that do not move become walls, steps and shelves for the bodies. */
function addStaticColliders(world: RAPIER.World, scene: PhysicsScene, owners: Map<number, string>): void {
  const rapier = physicsEngine();
  for (const member of scene.cast.values()) {
    if (member.physical || member.travels) continue;
    const tracks = scene.tracks.get(member.entity.id) ?? [];
    for (const track of tracks) {
      const scale = scene.layout.scale.get(member.entity.id) ?? 1;
      const w = member.width * scale;
      const h = member.height * scale;
      const x = track.x[0]!;
      const y = track.y[0]!;
      const groups = groupsFor(track.depth[0]!);
      if (member.entity.asset === 'drawn:stairs') {
        // Seven steps rising to the right, as drawn.
        const stepW = w / 6;
        for (let k = 0; k < 6; k++) {
          const top = (h * (k + 1)) / 6;
          const c = world.createCollider(
            rapier.ColliderDesc.cuboid(stepW / 2, top / 2).setTranslation(x - w / 2 + stepW * (k + 0.5), y + top / 2).setCollisionGroups(groups).setFriction(0.8).setRestitution(0.4),
          );
          owners.set(c.handle, track.key);
        }
        continue;
      }
      if (y > 0.02 || h < 0.04) continue;
      // Trees and posts are trunks, tables are tops; anything else is a box.
      const trunk = member.entity.category === 'plant' ? 0.18 : 1;
      const c = world.createCollider(
        rapier.ColliderDesc.cuboid((w * trunk) / 2, h / 2).setTranslation(x, y + h / 2).setCollisionGroups(groups).setFriction(0.7).setRestitution(0.5),
      );
      owners.set(c.handle, track.key);
    }
  }
}

function addBodies(world: RAPIER.World, scene: PhysicsScene, owners: Map<number, string>): Body[] {
  const rapier = physicsEngine();
  const bodies: Body[] = [];
  for (const member of scene.cast.values()) {
    if (!member.physical) continue;
    const tracks = scene.tracks.get(member.entity.id) ?? [];
    const scale = scene.layout.scale.get(member.entity.id) ?? 1;
    const domino = isDominoRow(member);
    const motion = domino ? 'domino' : member.motions.has('bounce') ? 'bounce' : member.motions.has('roll') ? 'roll' : 'fall';
    const start = member.entity.actions[0]?.start ?? 0;
    tracks.forEach((track, index) => {
      const rnd = scene.random.fork(track.key);
      const w = member.width * scale * (track.scaleX[0] ?? 1);
      const h = member.height * scale * (track.scaleY[0] ?? 1);
      const round = Math.abs(w / h - 1) < 0.3 && motion !== 'domino';
      const { x, y, release } = startOf(scene, member, track, index, motion, w, h, rnd, start);
      const desc = rapier.RigidBodyDesc.kinematicPositionBased().setTranslation(x, y + h / 2).setCcdEnabled(true).setAngularDamping(motion === 'roll' || motion === 'domino' ? 0.02 : 0.3);
      if (motion === 'fall') desc.setRotation(rnd.range(-0.4, 0.4));
      const body = world.createRigidBody(desc);
      const shape = round ? rapier.ColliderDesc.ball(Math.min(w, h) / 2) : rapier.ColliderDesc.cuboid(w / 2, h / 2);
      const restitution = motion === 'bounce' ? 0.8 : motion === 'roll' ? 0.25 : motion === 'domino' ? 0.05 : 0.35;
      const collider = world.createCollider(
        shape
          .setRestitution(restitution)
          .setFriction(motion === 'domino' ? 0.12 : 0.8)
          .setDensity(1)
          .setCollisionGroups(groupsFor(track.depth[0]!))
          .setActiveEvents(rapier.ActiveEvents.COLLISION_EVENTS),
        body,
      );
      owners.set(collider.handle, track.key);
      bodies.push({ track, body, halfHeight: h / 2, halfWidth: w / 2, release, kind: motion, landed: false, squash: 0, lastHit: -1 });
    });
  }
  return bodies;
}

/** Where a body starts and when it is let go. */
function startOf(scene: PhysicsScene, member: CastMember, track: ActorTrack, index: number, motion: Body['kind'], w: number, h: number, rnd: Random, start: number) {
  const depth = track.depth[0]!;
  const [lo, hi] = scene.stage.xRange(depth, w / 2);
  const count = member.entity.count;
  const relation = member.entity.layout.relation;
  const holder = relation ? scene.tracks.get(relation.target)?.[0] : undefined;
  const stairs = [...scene.cast.values()].find((m) => m.entity.asset === 'drawn:stairs');
  if (motion === 'domino') {
    const anchor = scene.layout.anchors.get(member.entity.id)!;
    const spacing = Math.min(h * 0.78, (hi - lo) / Math.max(1, count - 1));
    return { x: anchor.x + (index - (count - 1) / 2) * spacing, y: 0, release: start };
  }
  if (stairs && motion !== 'fall') {
    // Start at the top of the stairs and come down them.
    const st = scene.tracks.get(stairs.entity.id)![0]!;
    const sw = stairs.width * (scene.layout.scale.get(stairs.entity.id) ?? 1);
    const sh = stairs.height * (scene.layout.scale.get(stairs.entity.id) ?? 1);
    return { x: st.x[0]! + sw * 0.42, y: st.y[0]! + sh + h * 0.6, release: start + index * 0.5 };
  }
  if (motion === 'fall') {
    // From a tree's canopy when hanging from one, else from near the top of the frame; one after another.
    const fromHolder = holder && (relation!.kind === 'on' || relation!.kind === 'under' || relation!.kind === 'below' || relation!.kind === 'above');
    const hw = holder ? holder.size * (holder.bounds.right - holder.bounds.left) * 0.35 : 0;
    const x = fromHolder ? holder!.x[0]! + rnd.range(-hw, hw) : Math.min(hi, Math.max(lo, track.x[0]!));
    const top = scene.stage.yTop(depth, h);
    const y = fromHolder ? holder!.y[0]! + holder!.size * (holder!.bounds.bottom - holder!.bounds.top) * rnd.range(0.5, 0.8) : Math.min(top, Math.max(track.y[0]!, top * rnd.range(0.7, 0.95)));
    return { x, y, release: start + index * rnd.range(0.45, 0.75) + (count > 1 ? rnd.range(0, 0.25) : 0.2) };
  }
  const x = Math.min(hi, Math.max(lo, track.x[0]!));
  if (motion === 'bounce') return { x, y: Math.max(track.y[0]!, h * 2.2), release: start + index * 0.3 };
  return { x, y: track.y[0]!, release: start };
}

/** The push that starts a body's motion when it is let go. */
function kick(b: Body, scene: PhysicsScene): void {
  const dir = b.track.x[0]! > 0 ? -1 : 1;
  if (b.kind === 'domino') {
    // Only the first (leftmost) domino of a row is tipped, towards the others; the rest fall by contact.
    if (b.track.member === 0) {
      // A flick at the top, hard enough to carry it over its edge and into the next (about 6 rad/s about the pivot).
      const a = b.halfWidth;
      const h = b.halfHeight;
      const inertia = (b.body.mass() * 4 * (a * a + h * h)) / 3;
      const push = (inertia * 6) / (2 * h);
      const p = b.body.translation();
      b.body.applyImpulseAtPoint({ x: push, y: 0 }, { x: p.x, y: p.y + h }, true);
    }
    return;
  }
  const rnd = scene.random.fork(`kick:${b.track.key}`);
  if (b.kind === 'roll') {
    b.body.setLinvel({ x: dir * rnd.range(0.45, 0.6), y: 0 }, true);
    b.body.setAngvel((-dir * 0.5) / Math.max(0.02, b.halfHeight), true);
  } else if (b.kind === 'bounce') {
    b.body.setLinvel({ x: dir * rnd.range(0.12, 0.22), y: 0 }, true);
  } else {
    b.body.setAngvel(rnd.range(-1.5, 1.5), true);
  }
}

function record(b: Body, i: number): void {
  const p = b.body.translation();
  const track = b.track;
  track.x[i] = p.x;
  track.y[i] = p.y - b.halfHeight;
  track.rotation[i] = -b.body.rotation();
  track.pivot[i] = 1;
  const squash = b.squash;
  track.scaleY[i] = (track.scaleY[0] ?? 1) * (1 - squash);
  track.scaleX[i] = (track.scaleX[0] ?? 1) * (1 + squash * 0.6);
  track.opacity[i] = 1;
}

/** One event per pair and frame. */
function dedupe(events: SimulationEvent[]): SimulationEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.frame}|${[...e.actors].sort().join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
