import { journeyOf } from '../assets/craft-kinds.ts';
import type { Entity, ScenePlan, Shot } from '../plan/schema.ts';
import { createRandom } from '../util/random.ts';
import { stepsPerFrame, TARGETED_MOTIONS } from './actor-defaults.ts';
import { playedActions, simulateMembers, type PlayedAction } from './actor-motion.ts';
import { attachCarried, biteTargets } from './attachments.ts';
import { angleFraming, fillCameraTrack, fitFraming, frameShot, subjectOf } from './camera-track.ts';
import { castShot, type CastMember } from './cast.ts';
import { layoutShot, type ShotLayout, type WorldPoint } from './layout.ts';
import { needsPhysics, simulatePhysics } from './physics.ts';
import { loadPhysicsEngine } from './physics-engine.ts';
import { supportSurface } from '../assets/support-surfaces.ts';
import { settingGeometry } from './setting-geometry.ts';
import { createCameraTrack, type ActorTrack, type Simulation, type SimulationEvent } from './simulation.ts';
import { stageOf, supportStage, type Stage } from './stage.ts';
import { HEEL_LANE, HEEL_LEAD, sampleTrack } from './steering.ts';
import { frameCountOf, shotSpans } from './timeline.ts';
import { flyThrownBalls } from './thrown-balls.ts';
import { flyFlowerVisits } from './flower-visits.ts';
import { hopAcrossPads } from './pad-hops.ts';
import { isWreck, settleWreck, WRECK_BURIED, WRECK_COLOR, WRECK_MURK } from './wreck.ts';

/**
 * Loads the physics engine when some shot of the plan has something physical
 * to move: `simulate` needs it loaded then (it is loaded on demand, see
 * physics-engine.ts). Cheap when it is loaded already or not needed.
 */
export async function preparePhysics(plan: ScenePlan): Promise<void> {
  if (plan.shots.some((shot) => needsPhysics(castShot(shot)))) await loadPhysicsEngine();
}

/**
 * The simulate stage: turns a plan into per-frame tracks of every actor and
 * the camera, plus events. Pure and seeded: the same plan gives bit-identical
 * tracks.
 */
export function simulate(plan: ScenePlan): Simulation {
  const { fps } = plan.output;
  const frameCount = frameCountOf(plan.output);
  const aspect = plan.output.width / plan.output.height;
  const spans = shotSpans(plan);
  const random = createRandom(plan.seed).fork('simulate');
  const camera = createCameraTrack(frameCount);
  const actors: ActorTrack[] = [];
  const events: SimulationEvent[] = [];

  for (const span of spans) {
    const shot = plan.shots[span.shotIndex]!;
    const shotRandom = random.fork(shot.id);
    const length = span.endFrame - span.firstFrame;
    const geometry = settingGeometry(shot.setting.kind);
    const cast = castShot(shot);
    const layout = layoutShot(shot, cast, geometry, aspect, shotRandom.fork('layout'));
    const base = frameShot(shot, cast, layout, geometry, aspect);
    const stage = stageOf(base, aspect);
    const followed = followedEntities(shot, cast);
    const tracksById = new Map<string, ActorTrack[]>();
    const playedById = new Map<string, PlayedAction[]>();

    for (const entity of orderByDependency(shot.entities)) {
      const member = cast.get(entity.id)!;
      const actions = playedActions(entity, shot, length / fps);
      playedById.set(entity.id, actions);
      const starts = startPoints(member, actions, layout.members.get(entity.id)!, tracksById, stage, fps, span.firstFrame);
      const channels = simulateMembers({
        shot,
        member,
        actions,
        starts,
        anchor: layout.anchors.get(entity.id)!,
        scale: layout.scale.get(entity.id)!,
        fps,
        steps: stepsPerFrame(fps),
        length,
        firstFrame: span.firstFrame,
        geometry,
        stage: raisedSupport(entity, cast, layout, stage) ?? stage,
        followed: followed.has(entity.id),
        tracks: tracksById,
        random: shotRandom.fork(`motion:${entity.id}`),
      });
      const scale = layout.scale.get(entity.id)!;
      const wreck = isWreck(entity, geometry);
      if (wreck) channels.forEach((c, m) => settleWreck(c, member.width * scale, shotRandom.fork(`wreck:${entity.id}`).fork(m)));
      const tracks = channels.map((c, m): ActorTrack => ({
        key: `${shot.id}/${entity.id}#${m}`,
        shotIndex: span.shotIndex,
        entityId: entity.id,
        member: m,
        noun: entity.noun,
        category: entity.category,
        asset: entity.asset,
        color: entity.color ?? (wreck ? WRECK_COLOR : null),
        artFacing: member.orientation.facing,
        floats: member.placement === 'water-surface',
        grounded: !geometry.weightless && (member.placement === 'ground' || member.placement === 'floor' || member.placement === 'water-surface'),
        ...(wreck ? { hiddenBelow: WRECK_BURIED, murk: WRECK_MURK } : {}),
        firstFrame: span.firstFrame,
        length,
        size: member.size * scale,
        bounds: member.bounds,
        ...c,
      }));
      tracksById.set(entity.id, tracks);
    }

    attachCarried(shot, cast, tracksById, playedById, fps);
    flyThrownBalls(shot, tracksById, fps);
    flyFlowerVisits(shot, tracksById, fps);
    hopAcrossPads(shot, tracksById, fps);
    events.push(...biteTargets(shot, tracksById, playedById, fps));
    if (needsPhysics(cast)) {
      events.push(
        ...simulatePhysics({ shot, cast, layout, geometry, stage, tracks: tracksById, fps, firstFrame: span.firstFrame, length, random: shotRandom.fork('physics') }),
      );
    }
    events.push(...actionEvents(shot, tracksById, playedById, fps, span.firstFrame, length));
    events.push(...weatherEvents(shot, fps, span.firstFrame, length, shotRandom.fork('weather')));
    for (const entity of shot.entities) {
      const tracks = tracksById.get(entity.id) ?? [];
      for (const track of tracks) {
        actors.push(track);
        events.push({ frame: span.firstFrame, kind: 'enter', actors: [track.key] });
      }
    }
    const subjectId = subjectOf(shot);
    const shotTracks = [...tracksById.values()].flat();
    const framing = angleFraming(shot, fitFraming(shot, base, shotTracks, aspect), shotTracks);
    fillCameraTrack(camera, shot, span, fps, framing, subjectId ? (tracksById.get(subjectId) ?? []) : [], aspect, shotRandom.fork('camera'));
  }

  events.sort((a, b) => a.frame - b.frame || a.kind.localeCompare(b.kind));
  return { fps, frameCount, aspect, shots: spans, actors, camera, events };
}

/** Entities the camera follows, with those bound to them by chase, ride or carry: they may leave the framing. */
function followedEntities(shot: Shot, cast: ReadonlyMap<string, CastMember>): Set<string> {
  const subject = subjectOf(shot);
  const out = new Set<string>();
  if (!subject) return out;
  const member = cast.get(subject);
  const close = shot.camera.shot === 'close-up' || shot.camera.shot === 'medium';
  if (shot.camera.move !== 'track' && !(close && member?.travels)) return out;
  out.add(subject);
  for (const entity of shot.entities) {
    for (const action of entity.actions) {
      if (!action.target) continue;
      if (entity.id === subject) out.add(action.target);
      if (action.target === subject) out.add(entity.id);
    }
  }
  return out;
}

/** Simulates an entity after the ones it acts on or stands by. */
function orderByDependency(entities: readonly Entity[]): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const done = new Set<string>();
  const out: Entity[] = [];
  const visit = (entity: Entity, stack: Set<string>): void => {
    if (done.has(entity.id) || stack.has(entity.id)) return;
    stack.add(entity.id);
    // "Walking his dog" names the dog, which follows its walker: a target the motion does not steer by
    // waits for one that steers by this entity, so the follower comes after what it follows.
    const steersBack = (a: Entity['actions'][number]): boolean =>
      !TARGETED_MOTIONS.has(a.motion) && (byId.get(a.target ?? '')?.actions ?? []).some((b) => b.target === entity.id && TARGETED_MOTIONS.has(b.motion));
    const deps = entity.actions.filter((a) => a.motion !== 'carry' && !steersBack(a)).map((a) => a.target);
    if (entity.layout.relation) deps.push(entity.layout.relation.target, entity.layout.relation.secondTarget ?? undefined);
    for (const dep of deps) {
      const target = dep ? byId.get(dep) : undefined;
      if (target) visit(target, stack);
    }
    done.add(entity.id);
    out.push(entity);
  };
  for (const entity of entities) visit(entity, new Set());
  return out;
}

/** Chasers start behind their quarry, eaters beside their food. */
function startPoints(member: CastMember, actions: readonly PlayedAction[], points: readonly WorldPoint[], tracks: ReadonlyMap<string, ActorTrack[]>, stage: Stage, fps: number, firstFrame: number): WorldPoint[] {
  const first = actions[0];
  if (!first?.target || first.start > 0.05) return points.map((p) => ({ ...p }));
  const targets = tracks.get(first.target);
  if (!targets || targets.length === 0) return points.map((p) => ({ ...p }));
  return points.map((p, i) => {
    const target = sampleTrack(targets[i % targets.length]!, firstFrame, fps);
    const ahead = sampleTrack(targets[i % targets.length]!, firstFrame + fps * 0.5, fps);
    const contact = (member.width + target.width) / 2;
    switch (first.motion) {
      case 'chase':
      case 'follow': {
        const side = Math.sign(ahead.x - target.x) || Math.sign(target.facing) || 1;
        const relation = member.entity.layout.relation;
        // A dog being walked starts at heel, a little ahead of its walker (steering.ts atHeel).
        const heel = first.motion === 'follow' && relation?.kind === 'beside' && relation.target === first.target;
        const gap = first.motion === 'chase' ? contact * 1.3 + 0.05 : heel ? -HEEL_LEAD * contact : contact + 0.3;
        const [lo, hi] = stage.xRange(target.depth, member.width / 2);
        const x = target.x - side * gap;
        return { x: Math.min(hi + 0.6, Math.max(lo - 0.6, x)), y: p.y, depth: target.depth + (first.motion === 'chase' ? -0.04 : heel ? HEEL_LANE : 0.05) };
      }
      case 'eat':
      case 'drink': {
        const side = Math.sign(p.x - target.x) || 1;
        return { x: target.x + side * contact * 0.78, y: p.y, depth: target.depth - 0.01 };
      }
      default:
        return { ...p };
    }
  });
}

/** Lightning strikes of a storm (the renderer flashes at them; sound can thunder). */
function weatherEvents(shot: Shot, fps: number, firstFrame: number, length: number, random: ReturnType<typeof createRandom>): SimulationEvent[] {
  if (shot.setting.weather !== 'storm') return [];
  const out: SimulationEvent[] = [];
  const seconds = length / fps;
  for (let t = random.range(0.4, 1.4); t < seconds - 0.2; t += random.range(1.6, 3.4)) {
    out.push({ frame: firstFrame + Math.round(t * fps), kind: 'lightning', actors: [] });
  }
  return out;
}

/** Events that actions imply: a rocket lifts off, something bursts, a bird touches down. */
function actionEvents(shot: Shot, tracks: ReadonlyMap<string, ActorTrack[]>, played: ReadonlyMap<string, PlayedAction[]>, fps: number, firstFrame: number, length: number): SimulationEvent[] {
  const out: SimulationEvent[] = [];
  for (const entity of shot.entities) {
    const keys = (tracks.get(entity.id) ?? []).map((t) => t.key);
    for (const a of played.get(entity.id) ?? []) {
      const end = Math.min(a.end, length / fps);
      let at: number | null = null;
      let kind: SimulationEvent['kind'] | null = null;
      if (a.motion === 'launch' && journeyOf(entity.asset, entity.category) === 'vertical') [at, kind] = [a.start + 0.9 / shot.timeScale, 'launch'];
      else if (a.motion === 'explode') [at, kind] = [a.start + (end - a.start) * 0.45, 'explode'];
      // Coming down from the sky thumps; a train pulling in or a plane rolling out does not.
      else if (a.motion === 'land' && journeyOf(entity.asset, entity.category) === 'vertical') [at, kind] = [a.start + (end - a.start) * 0.75, 'land'];
      if (at === null || kind === null || at >= end) continue;
      const frame = firstFrame + Math.min(length - 1, Math.round(at * fps));
      out.push({ frame, kind, actors: keys });
    }
  }
  return out;
}

/**
 * The stage of an entity standing on a raised thing ("a hamster running on a
 * table"): the top of its support, so it turns at the edge instead of
 * running off into the air. Null for anything else.
 */
function raisedSupport(entity: Entity, cast: ReadonlyMap<string, CastMember>, layout: ShotLayout, stage: Stage): Stage | null {
  const relation = entity.layout.relation;
  if (relation?.kind !== 'on') return null;
  const self = layout.anchors.get(entity.id);
  const support = cast.get(relation.target);
  const at = layout.anchors.get(relation.target);
  if (!self || !support || !at || self.y < 0.05 || support.entity.count !== 1) return null;
  // Its seat or top (supportSurface): a couch's cushions end where the lamp beside it begins.
  const surface = supportSurface(support.entity.asset);
  const width = support.width * (layout.scale.get(relation.target) ?? 1);
  const centre = at.x + (surface.x - 0.5) * width;
  return supportStage(stage, centre - (surface.width * width) / 2, centre + (surface.width * width) / 2);
}
