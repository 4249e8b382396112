import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlan, ScenePlanInput } from '../plan/schema.ts';
import { halfViewWidth } from '../simulate/projection.ts';
import { simulate } from '../simulate/simulate.ts';
import type { Simulation } from '../simulate/simulation.ts';

interface Pose {
  readonly x: number;
  readonly depth: number;
}

/** World units: closer than this counts as "starts where it ended". */
const TOLERANCE = 0.005;
const MAX_ROUNDS = 4;

/**
 * Places the actors of an extension segment where the previous segment left
 * them. The plan only says where an entity is anchored (layout.x, -1..1, and
 * depth), and the simulator decides the path around that anchor, so this
 * measures instead of guessing: simulate the previous segment to find each
 * entity's last position, then set the segment's anchors, simulate, and
 * correct by the remaining error a few times, keeping whichever plan (the
 * original included) starts closest. Entities placed by a relation ("on the
 * table") or moved by an action on another ("chasing the cat") follow their
 * target and are left alone. An anchor stays within the frame (layout.x is
 * -1..1), so a traveller that had crossed the whole frame starts a little
 * short of where it was.
 */
export function continueMotion(segment: ScenePlan, previous: ScenePlan): ScenePlan {
  const ends = endPoses(simulate(previous), previous.shots.length - 1);
  const shot = segment.shots[0];
  if (!shot) return segment;
  const movable = shot.entities.filter((e) => ends.has(e.id) && !e.layout.relation && !e.actions.some((a) => a.target)).map((e) => e.id);
  if (movable.length === 0) return segment;
  const errorOf = (plan: ScenePlan): number => {
    const starts = startPoses(simulate(plan));
    return Math.max(...movable.map((id) => Math.abs(ends.get(id)!.x - (starts.get(id)?.x ?? Number.POSITIVE_INFINITY))));
  };

  const aspect = segment.output.width / segment.output.height;
  const draft = JSON.parse(JSON.stringify(segment)) as ScenePlanInput;
  const entityOf = (id: string): NonNullable<ScenePlanInput['shots'][number]['entities']>[number] =>
    draft.shots[0]!.entities!.find((e) => e.id === id)!;
  for (const id of movable) {
    const end = ends.get(id)!;
    const entity = entityOf(id);
    entity.layout = { ...entity.layout!, depth: clamp(end.depth, 0, 1), x: clamp(end.x / slope(aspect, end.depth), -1, 1) };
  }

  // The plan as it came is a candidate too: pinning anchors can make things worse (it shifts the seeded layout of others).
  let best = segment;
  let bestError = errorOf(segment);
  for (let round = 0; round < MAX_ROUNDS && bestError >= TOLERANCE; round++) {
    const plan = parseScenePlan(draft);
    const starts = startPoses(simulate(plan));
    let worst = 0;
    for (const id of movable) {
      const start = starts.get(id);
      if (!start) continue;
      const error = ends.get(id)!.x - start.x;
      worst = Math.max(worst, Math.abs(error));
      const entity = entityOf(id);
      entity.layout = { ...entity.layout!, x: clamp((entity.layout!.x ?? 0) + error / slope(aspect, start.depth), -1, 1) };
    }
    if (worst < bestError) {
      best = plan;
      bestError = worst;
    }
    if (worst < TOLERANCE) break;
  }
  return best;
}

/** How far (world units) the anchor moves per unit of layout.x at a depth: the simulator's placement span. */
function slope(aspect: number, depth: number): number {
  return halfViewWidth(aspect, clamp(depth, 0, 1)) * 0.9;
}

function endPoses(simulation: Simulation, shotIndex: number): Map<string, Pose> {
  const poses = new Map<string, Pose>();
  for (const track of simulation.actors) {
    if (track.shotIndex !== shotIndex || track.member !== 0 || track.length === 0) continue;
    poses.set(track.entityId, { x: track.x[track.length - 1]!, depth: track.depth[track.length - 1]! });
  }
  return poses;
}

function startPoses(simulation: Simulation): Map<string, Pose> {
  const poses = new Map<string, Pose>();
  for (const track of simulation.actors) {
    if (track.shotIndex !== 0 || track.member !== 0 || track.length === 0) continue;
    poses.set(track.entityId, { x: track.x[0]!, depth: track.depth[0]! });
  }
  return poses;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
