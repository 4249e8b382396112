import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlan, ScenePlanInput } from '../plan/schema.ts';
import { simulate } from '../simulate/simulate.ts';
import type { Simulation } from '../simulate/simulation.ts';

interface Pose {
  readonly x: number;
  readonly depth: number;
}

/** World units: closer than this counts as "starts where it ended". */
const TOLERANCE = 0.005;
/** Anchors tried per entity before refining around the best (layout.x runs from -1 to 1). */
const GRID = 21;
const REFINE_STEPS = 8;
/** Simulations one search may spend (each is a few to a few tens of milliseconds). */
const BUDGET = 120;

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/**
 * Places the actors of an extension segment where the previous segment left
 * them. The plan only says where an entity is anchored (layout.x, -1..1, and
 * depth); the simulator decides the path around that anchor (a traveller
 * may enter from either side, heading for the middle), so this measures
 * instead of modelling the simulator: simulate the previous segment to find
 * where each entity ended, then search each entity's anchor (a coarse grid,
 * then a finer look around the best) for the one whose simulated first frame
 * is closest, keeping the plan as given if nothing does better; travellers
 * that cannot be placed that way start their action one frame late, which
 * makes them start at their anchor. Entities
 * placed by a relation ("on the table") or moved by an action on another
 * ("chasing the cat") follow their target and are left alone.
 */
export function continueMotion(segment: ScenePlan, previous: ScenePlan): ScenePlan {
  const ends = endPoses(simulate(previous), previous.shots.length - 1);
  const shot = segment.shots[0];
  if (!shot) return segment;
  const movable = shot.entities.filter((e) => ends.has(e.id) && !e.layout.relation && !e.actions.some((a) => a.target)).map((e) => e.id);
  if (movable.length === 0) return segment;
  const placed = searchAnchors(segment, movable, ends);
  if (placed.error < GOOD_ENOUGH) return placed.plan;
  // A traveller whose action starts with the shot enters already under way, half its path away from
  // its anchor, on a side the simulator picks; one whose action starts a frame later starts at its
  // anchor. Try that: a one-frame pause is invisible, a jump across the frame is not.
  const delayed = searchAnchors(delayActions(segment, movable), movable, ends);
  return delayed.error < placed.error ? delayed.plan : placed.plan;
}

/** Below this (world units) the first search is kept. */
const GOOD_ENOUGH = 0.02;

/** The segment with every action of `ids` that starts at 0 starting one frame later. */
function delayActions(segment: ScenePlan, ids: readonly string[]): ScenePlan {
  const draft = JSON.parse(JSON.stringify(segment)) as ScenePlanInput;
  const frame = 1 / segment.output.fps;
  for (const entity of draft.shots[0]!.entities ?? []) {
    if (!ids.includes(entity.id)) continue;
    entity.actions = (entity.actions ?? []).map((a) => ((a.start ?? 0) === 0 ? { ...a, start: frame } : a));
  }
  return parseScenePlan(draft);
}

/** Searches the anchors of `movable` for the plan whose first frame is closest to where each ended. */
function searchAnchors(segment: ScenePlan, movable: readonly string[], ends: ReadonlyMap<string, Pose>): { plan: ScenePlan; error: number } {
  let spent = 0;
  const errorOf = (plan: ScenePlan): number => {
    spent++;
    const starts = startPoses(simulate(plan));
    return Math.max(...movable.map((id) => Math.abs(ends.get(id)!.x - (starts.get(id)?.x ?? Number.POSITIVE_INFINITY))));
  };
  let best = segment;
  let bestError = errorOf(segment);

  // Depth carries over as it was at the end; x is searched.
  const draft = JSON.parse(JSON.stringify(segment)) as ScenePlanInput;
  const entityOf = (id: string): EntityDraft => draft.shots[0]!.entities!.find((e) => e.id === id)!;
  for (const id of movable) entityOf(id).layout = { ...entityOf(id).layout!, depth: clamp(ends.get(id)!.depth, 0, 1), x: 0 };
  const tryX = (id: string, x: number): number => {
    const entity = entityOf(id);
    entity.layout = { ...entity.layout!, x: clamp(x, -1, 1) };
    const plan = parseScenePlan(draft);
    const error = errorOf(plan);
    if (error < bestError) {
      best = plan;
      bestError = error;
    }
    return error;
  };

  const sweeps = movable.length > 1 ? 2 : 1;
  for (let sweep = 0; sweep < sweeps && bestError >= TOLERANCE; sweep++) {
    for (const id of movable) {
      if (bestError < TOLERANCE || spent + GRID + REFINE_STEPS * 2 > BUDGET) break;
      // Coarse: the whole range. Fine: shrinking steps around the best, each side tried.
      let centre = 0;
      let centreError = Number.POSITIVE_INFINITY;
      for (let i = 0; i < GRID; i++) {
        const x = -1 + (2 * i) / (GRID - 1);
        const error = tryX(id, x);
        if (error < centreError) [centre, centreError] = [x, error];
      }
      let step = 1 / (GRID - 1);
      for (let i = 0; i < REFINE_STEPS && centreError >= TOLERANCE; i++, step /= 2) {
        for (const x of [centre - step, centre + step]) {
          const error = tryX(id, x);
          if (error < centreError) [centre, centreError] = [x, error];
        }
      }
      entityOf(id).layout = { ...entityOf(id).layout!, x: clamp(centre, -1, 1) };
    }
  }
  return { plan: best, error: bestError };
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
